package com.pilotstatus.embed.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.chat.media.MediaUrls;
import com.pilotstatus.embed.chat.testing.ChatClient;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.LiveClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Media in the inbox's fragments over real HTTP against the sandbox (issue 18): each received kind renders in the
 * thread with a signed same-origin URL and the list shows "📷 Photo"; the signed URL serves the file without a bearer
 * and with nosniff, a {@code sandbox} CSP and the right disposition, while a forged, altered or expired one is 404;
 * an HTML or SVG file a contact sends cannot act as a page; an agent's upload comes back as a bubble (once per
 * Idempotency-Key) and a disallowed or oversized file is refused with the error shape before the platform is asked.
 * The browser side (picker, drop, paste, progress, retry) is {@code MediaIT}.
 */
class MediaRoutesTest {

  private static final String HOST = "http://app.acme.test:8090";
  private static final Pattern MEDIA_URL = Pattern.compile("(/media/med_[0-9a-f]+\\?exp=[0-9]+&amp;sig=[A-Za-z0-9_-]+)");
  static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ChatStack stack;
  private static String token;
  private static ChatClient client;

  @BeforeAll
  static void start() {
    stack = ChatStack.start();
    token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900);
    client = new ChatClient(stack.chatUrl()).as(token, HOST);
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  // ---------------------------------------------------------------- received media in the thread

  @Test
  void each_received_kind_renders_in_the_thread_with_a_signed_url() {
    Contact ana = Contact.writing("Ana Media", "Oi");
    for (String kind : List.of("image", "document", "voice", "audio", "video", "sticker")) {
      stack.inboundWith(ChatStack.DEMO_NUMBER, ana.from, "Ana Media", Map.of("media", Map.of("kind", kind)));
    }
    stack.inboundWith(ChatStack.DEMO_NUMBER, ana.from, "Ana Media", Map.of("location",
        Map.of("latitude", -23.5613, "longitude", -46.6565, "name", "MASP")));

    String html = client.get("/fragments/conversations/" + ana.conversationId).body();

    assertThat(html).contains("class=\"media media-image\"", "target=\"_blank\"", "rel=\"noopener noreferrer\"",
        "aria-label=\"Open the photo full size\"", "data-action=\"view-photo\"", "<img src=\"/media/med_",
        "class=\"media media-card media-document\"", "download=\"invoice-4821.pdf\"", " B · PDF</span>",
        "aria-label=\"Download invoice-4821.pdf", "<audio controls", "Voice message",
        "<video class=\"media media-video\" controls", "poster=\"/media/med_", "class=\"media media-sticker\"",
        "href=\"https://www.openstreetmap.org/?mlat=-23.561300&amp;mlon=-46.656500#map=17/-23.561300/-46.656500\"",
        "<span class=\"card-title\">MASP</span>");
    assertThat(MEDIA_URL.matcher(html).results().count()).isGreaterThanOrEqualTo(7);
  }

  @Test
  void list_preview_names_the_kind_and_keeps_the_caption() {
    Contact bia = Contact.writing("Bia Preview", "Oi");
    stack.inboundWith(ChatStack.DEMO_NUMBER, bia.from, "Bia Preview", Map.of("media", Map.of("kind", "image")));
    Contact caio = Contact.writing("Caio Caption", "Oi");
    stack.inboundWith(ChatStack.DEMO_NUMBER, caio.from, "Caio Caption",
        Map.of("media", Map.of("kind", "image"), "text", "Olha a etiqueta"));

    String en = listOnceItShows(client, "Bia%20Preview", "📷");
    String pt = listOnceItShows(new ChatClient(stack.chatUrl()).as(token, HOST).header("X-PS-Locale", "pt"),
        "Bia%20Preview", "📷");
    String captioned = listOnceItShows(client, "Caio%20Caption", "📷");

    assertThat(en).contains("📷 Photo");
    assertThat(pt).contains("📷 Foto");
    assertThat(captioned).contains("📷 Olha a etiqueta");
  }

  @Test
  void media_texts_follow_the_viewers_locale() {
    Contact davi = Contact.writing("Davi Locale", "Oi");
    stack.inboundWith(ChatStack.DEMO_NUMBER, davi.from, "Davi Locale", Map.of("media", Map.of("kind", "image")));
    stack.inboundWith(ChatStack.DEMO_NUMBER, davi.from, "Davi Locale", Map.of("media", Map.of("kind", "document")));

    String pt = new ChatClient(stack.chatUrl()).as(token, HOST).header("X-PS-Locale", "pt")
        .get("/fragments/conversations/" + davi.conversationId).body();
    String es = new ChatClient(stack.chatUrl()).as(token, HOST).header("X-PS-Locale", "es")
        .get("/fragments/conversations/" + davi.conversationId).body();

    assertThat(pt).contains("Abrir a foto em tamanho real", "Baixar invoice-4821.pdf",
        "Anexar foto ou documento", "Fotos: JPEG, PNG ou WebP até 5 MB", "Fechar a foto",
        "Não enviado: este arquivo passa do limite", "Não enviado: este tipo de arquivo",
        "Não enviado: o plano deste número não inclui fotos e documentos");
    assertThat(es).contains("Abrir la foto en tamaño completo", "Descargar invoice-4821.pdf",
        "Adjuntar foto o documento", "Suelta el archivo para adjuntarlo", "Cerrar la foto",
        "No enviado: este archivo supera el límite", "No enviado: este tipo de archivo",
        "No enviado: el plan de este número no incluye fotos ni documentos");
  }

  // ---------------------------------------------------------------- serving by signed URL

  @Test
  void signed_url_serves_the_file_without_a_bearer_so_it_cannot_act_as_a_page() {
    String url = mediaUrlOf(receive("image", null));

    HttpResponse<byte[]> file = fetch(url);

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(file.headers().firstValue("Content-Security-Policy")).hasValue("sandbox; default-src 'none'");
    assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
  }

  @Test
  void a_document_is_served_as_an_attachment() {
    HttpResponse<byte[]> file = fetch(mediaUrlOf(receive("document", null)));

    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"invoice-4821.pdf\"; filename*=UTF-8''invoice-4821.pdf");
  }

  @Test
  void svg_and_html_sent_by_a_contact_are_served_sandboxed_never_as_pages_of_the_chat_origin() {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"parent.postMessage('pwned','*')\"><script>"
        + "alert(document.domain)</script></svg>";
    String html = "<html><script>top.location='https://evil.example'</script></html>";
    String svgUrl = mediaUrlOf(receive("image", Map.of("mimeType", "image/svg+xml", "fileName", "cat.svg",
        "dataBase64", base64(svg))));
    String htmlUrl = mediaUrlOf(receive("document", Map.of("mimeType", "text/html", "fileName", "invoice.html",
        "dataBase64", base64(html))));

    HttpResponse<byte[]> svgFile = fetch(svgUrl);
    HttpResponse<byte[]> htmlFile = fetch(htmlUrl);

    assertThat(svgFile.headers().firstValue("Content-Security-Policy")).hasValue("sandbox; default-src 'none'");
    assertThat(svgFile.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(htmlFile.headers().firstValue("Content-Security-Policy")).hasValue("sandbox; default-src 'none'");
    assertThat(htmlFile.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        d -> assertThat(d).startsWith("attachment;"));
  }

  @Test
  void forged_altered_or_expired_signed_urls_are_404() {
    String url = mediaUrlOf(receive("image", null));
    String otherMedia = mediaUrlOf(receive("image", null)).replaceAll("\\?.*", "");
    String query = url.substring(url.indexOf('?'));
    String mediaId = url.substring("/media/".length(), url.indexOf('?'));
    MediaUrls past = new MediaUrls(stack.serviceCredential(),
        Clock.fixed(Instant.now().minus(Duration.ofMinutes(40)), ZoneOffset.UTC));
    MediaUrls foreignKey = new MediaUrls("another-credential-of-16+", Clock.systemUTC());

    assertThat(fetch(url).statusCode()).isEqualTo(200);
    assertThat(fetch(url.replaceAll("sig=.", "sig=A")).statusCode()).isEqualTo(404);
    assertThat(fetch(otherMedia + query).statusCode()).isEqualTo(404);
    assertThat(fetch(url.replaceAll("exp=[0-9]+", "exp=99999999999")).statusCode()).isEqualTo(404);
    assertThat(fetch(past.url(mediaId)).statusCode()).isEqualTo(404);
    assertThat(fetch(foreignKey.url(mediaId)).statusCode()).isEqualTo(404);
    assertThat(fetch("/media/" + mediaId).statusCode()).isEqualTo(404);
  }

  @Test
  void another_numbers_conversation_issues_no_media_url() {
    String[] other = stack.otherNumberWithConversation();

    assertThat(client.get("/fragments/conversations/" + other[1]).statusCode()).isEqualTo(404);
  }

  @Test
  void a_fresh_url_is_signed_only_for_the_sessions_bearer_and_scope() throws Exception {
    String url = mediaUrlOf(receive("image", null));
    String mediaId = url.substring("/media/".length(), url.indexOf('?'));
    String otherNumber = stack.createNumber("Media line", "+5511955556666");
    JsonNode otherPhoto = stack.inboundWith(otherNumber, "+5511944446666", "Otto Other",
        Map.of("media", Map.of("kind", "image")));
    String otherMedia = otherPhoto.at("/media/id").asText();

    HttpResponse<String> fresh = client.get("/media/" + mediaId + "/url");
    String freshUrl = JSON.readTree(fresh.body()).get("url").asText();
    HttpResponse<String> foreign = client.get("/media/" + otherMedia + "/url");
    HttpResponse<String> missing = client.get("/media/med_00000000000000000000/url");
    HttpResponse<String> bad = client.get("/media/not%20an%20id/url");
    HttpResponse<String> noBearer = new ChatClient(stack.chatUrl()).get("/media/" + mediaId + "/url");

    assertThat(fresh.statusCode()).isEqualTo(200);
    assertThat(fresh.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(freshUrl).startsWith("/media/" + mediaId + "?exp=");
    assertThat(fetch(freshUrl).statusCode()).isEqualTo(200);
    assertThat(otherMedia).startsWith("med_");
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(foreign.headers().firstValue("X-PS-State")).hasValue("not-found");
    assertThat(foreign.body()).doesNotContain(otherMedia + "?exp");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(bad.statusCode()).isEqualTo(404);
    assertThat(noBearer.statusCode()).isEqualTo(401);
  }

  // ---------------------------------------------------------------- sending

  @Test
  void upload_comes_back_as_the_sent_bubble_with_its_caption_once_per_key() {
    Contact eva = Contact.writing("Eva Upload", "Manda a foto?");
    String key = UUID.randomUUID().toString();

    HttpResponse<String> sent = upload(eva.conversationId, key, PNG, "image/png", "shelf%20%C3%A1.png", "Aqui%20est%C3%A1");
    HttpResponse<String> retried = upload(eva.conversationId, key, PNG, "image/png", "shelf%20%C3%A1.png",
        "Aqui%20est%C3%A1");

    assertThat(sent.statusCode()).isEqualTo(201);
    assertThat(sent.body()).contains("class=\"bubble out has-media media-image\"", "<img src=\"/media/med_",
        "Aqui está");
    assertThat(retried.statusCode()).isEqualTo(201);
    JsonNode messages = stack.platformMessages(token, eva.conversationId).get("data");
    assertThat(messages).hasSize(2);
    assertThat(messages.get(1).at("/media/fileName").asText()).isEqualTo("shelf á.png");
  }

  @Test
  void a_type_that_may_not_be_sent_is_415_before_the_platform_is_asked() {
    Contact fabio = Contact.writing("Fabio Type", "Oi");

    HttpResponse<String> refused = upload(fabio.conversationId, UUID.randomUUID().toString(),
        "<html></html>".getBytes(StandardCharsets.UTF_8), "text/html", "page.html", null);

    assertThat(refused.statusCode()).isEqualTo(415);
    assertThat(refused.headers().firstValue("X-PS-State")).hasValue("media-refused");
    assertThat(refused.body()).contains("\"code\":\"unsupported_media_type\"");
  }

  @Test
  void an_oversized_image_is_413_and_a_disguised_one_is_the_platforms_415() {
    Contact gil = Contact.writing("Gil Size", "Oi");
    byte[] big = new byte[5 * 1024 * 1024 + 1];

    HttpResponse<String> tooBig = upload(gil.conversationId, UUID.randomUUID().toString(), big, "image/png", "big.png",
        null);
    HttpResponse<String> disguised = upload(gil.conversationId, UUID.randomUUID().toString(),
        "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "image/png", "cat.png", null);

    assertThat(tooBig.statusCode()).isEqualTo(413);
    assertThat(tooBig.body()).contains("\"code\":\"payload_too_large\"");
    assertThat(disguised.statusCode()).isEqualTo(415);
    assertThat(disguised.headers().firstValue("X-PS-State")).hasValue("media-refused");
    assertThat(stack.platformMessages(token, gil.conversationId).get("data")).hasSize(1);
  }

  @Test
  void a_number_without_media_in_its_plan_is_the_platforms_402_as_a_media_refusal() {
    Contact ines = Contact.writing("Ines Plan", "Oi");
    stack.setMediaSubscription(ChatStack.DEMO_NUMBER, false);
    HttpResponse<String> refused;
    try {
      refused = upload(ines.conversationId, UUID.randomUUID().toString(), PNG, "image/png", "a.png", null);
    } finally {
      stack.setMediaSubscription(ChatStack.DEMO_NUMBER, true);
    }

    assertThat(refused.statusCode()).isEqualTo(402);
    assertThat(refused.headers().firstValue("X-PS-State")).hasValue("media-refused");
    assertThat(refused.body()).contains("\"code\":\"SUBSCRIPTION_REQUIRED_FOR_MEDIA\"");
    assertThat(stack.platformMessages(token, ines.conversationId).get("data")).hasSize(1);
  }

  // ---------------------------------------------------------------- live

  @Test
  void inbound_media_arrives_live_with_its_player() throws Exception {
    Contact hana = Contact.writing("Hana Live", "Oi");
    client.get("/fragments/conversations/" + hana.conversationId);
    try (LiveClient live = LiveClient.open(stack.chatPort(), token, HOST, null, 0, true)) {
      assertThat(live.status()).isEqualTo(200);

      stack.inboundWith(ChatStack.DEMO_NUMBER, hana.from, "Hana Live", Map.of("media", Map.of("kind", "voice")));

      LiveClient.Event message = live.await(e -> e.name().equals("message") && e.data().contains("media-voice"), 10);
      assertThat(message.data()).contains("<audio controls", "/media/med_");
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The list rows matching {@code query} once they show {@code text}: the inbox follows the platform's feed. */
  private static String listOnceItShows(ChatClient as, String query, String text) {
    long deadline = System.currentTimeMillis() + 5000;
    String body;
    do {
      body = as.get("/fragments/conversations?q=" + query).body();
    } while (!body.contains(text) && System.currentTimeMillis() < deadline && pause());
    return body;
  }

  private static boolean pause() {
    try {
      Thread.sleep(100);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private record Contact(String from, String conversationId) {
    static Contact writing(String name, String text) {
      String from = "+55119" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
      JsonNode first = stack.inbound(ChatStack.DEMO_NUMBER, from, name, text);
      return new Contact(from, first.get("conversationId").asText());
    }
  }

  /** A contact sends a file of {@code kind} (extra media fields may give its bytes); returns its conversation's id. */
  private static String receive(String kind, Map<String, String> extra) {
    Contact c = Contact.writing("Contact " + kind, "Oi");
    Map<String, Object> media = new java.util.HashMap<>(Map.of("kind", kind));
    if (extra != null) {
      media.putAll(extra);
    }
    stack.inboundWith(ChatStack.DEMO_NUMBER, c.from, "Contact " + kind, Map.of("media", media));
    return c.conversationId;
  }

  /** The first signed media URL in the conversation's thread (the file of its last message). */
  private static String mediaUrlOf(String conversationId) {
    Matcher m = MEDIA_URL.matcher(client.get("/fragments/conversations/" + conversationId).body());
    assertThat(m.find()).as("a media URL in the thread").isTrue();
    return m.group(1).replace("&amp;", "&");
  }

  /** A plain GET, as an {@code <img>} or a new tab would make it: no bearer, no parent origin. */
  private static HttpResponse<byte[]> fetch(String path) {
    try {
      return client.http().send(HttpRequest.newBuilder(URI.create(stack.chatUrl() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> upload(String conversationId, String key, byte[] bytes, String type,
                                             String encodedName, String encodedCaption) {
    HttpRequest.Builder b = client.builder("/fragments/conversations/" + conversationId + "/media")
        .header("Idempotency-Key", key).header("Content-Type", type).header("X-PS-File-Name", encodedName)
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
    if (encodedCaption != null) {
      b.header("X-PS-Caption", encodedCaption);
    }
    try {
      return client.http().send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
