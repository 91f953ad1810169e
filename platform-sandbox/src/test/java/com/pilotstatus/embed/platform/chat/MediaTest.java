package com.pilotstatus.embed.platform.chat;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.bearer;
import static com.pilotstatus.embed.platform.testing.Sandbox.key;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.EventStreamClient;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import com.pilotstatus.embed.platform.testing.SandboxTest;
import com.pilotstatus.embed.protocol.MediaRules;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Media in and out (issue 18), over real HTTP: an agent uploads an image or a document to a conversation and sends it
 * by {@code mediaId}; a contact sends each kind through the sandbox's inbound control; files are read only within the
 * token's scope and are served so they cannot run script (declared type, {@code nosniff}, {@code sandbox} CSP,
 * documents as attachments). Bad input gets the documented error shape: 415 {@code unsupported_media_type}, 413
 * {@code payload_too_large}, 400 {@code invalid_request} naming the field, 404 outside the scope.
 */
class MediaTest extends SandboxTest {

  /** The smallest valid PNG: 1×1, one grey pixel. */
  static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==");
  static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  static String token;

  @BeforeAll
  static void mintToken() {
    token = sandbox.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
  }

  // ---------------------------------------------------------------- upload and send

  @Test
  void uploaded_image_is_sent_by_media_id_and_the_history_keeps_it() {
    String conversation = newConversation();

    Reply uploaded = upload(conversation, PNG, "image/png", "shelf.png");
    Reply sent = send(conversation, Api.json("mediaId", uploaded.at("/id"), "caption", "A prateleira"));

    assertThat(uploaded.status()).isEqualTo(201);
    assertThat(uploaded.json().get("kind").asText()).isEqualTo("image");
    assertThat(uploaded.json().get("size").asInt()).isEqualTo(PNG.length);
    assertThat(sent.status()).isEqualTo(201);
    assertThat(sent.at("/text")).isEqualTo("A prateleira");
    assertThat(sent.json().get("media")).isEqualTo(Api.JSON.valueToTree(Map.of("id", uploaded.at("/id"),
        "kind", "image", "mimeType", "image/png", "size", PNG.length, "fileName", "shelf.png")));
    assertThat(last(conversation).at("/media/id").asText()).isEqualTo(uploaded.at("/id"));
  }

  @Test
  void same_key_and_same_file_uploaded_again_returns_the_first_message() {
    String conversation = newConversation();
    String key = "k-" + ThreadLocalRandom.current().nextLong();
    Reply first = sendWithKey(conversation, key, upload(conversation, PNG, "image/png", "a.png").at("/id"));

    Reply retried = sendWithKey(conversation, key, upload(conversation, PNG, "image/png", "a.png").at("/id"));

    assertThat(first.status()).isEqualTo(201);
    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.at("/id")).isEqualTo(first.at("/id"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/html", "image/svg+xml", "application/xml", "application/octet-stream"})
  void a_type_that_may_not_be_sent_is_415(String type) {
    Reply refused = upload(newConversation(), "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), type, "x");

    assertThat(refused.status()).isEqualTo(415);
    assertThat(refused.errorCode()).isEqualTo("unsupported_media_type");
    assertThat(refused.errorField()).isEqualTo("Content-Type");
  }

  @Test
  void html_disguised_as_a_png_is_415() {
    Reply refused = upload(newConversation(), "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
        "image/png", "cat.png");

    assertThat(refused.status()).isEqualTo(415);
    assertThat(refused.at("/error/message")).isEqualTo("The file's content is not image/png");
  }

  @Test
  void an_image_over_5_mb_is_413_and_a_document_of_that_size_is_accepted() {
    String conversation = newConversation();
    byte[] big = new byte[MediaRules.MAX_IMAGE_BYTES + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    big[0] = (byte) 0xFF;
    big[1] = (byte) 0xD8;
    big[2] = (byte) 0xFF;

    Reply image = upload(conversation, big, "image/jpeg", "big.jpg");
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    Reply document = upload(conversation, big, "application/pdf", "big.pdf");

    assertThat(image.status()).isEqualTo(413);
    assertThat(image.errorCode()).isEqualTo("payload_too_large");
    assertThat(image.at("/error/message")).isEqualTo("Images may be at most 5 MB");
    assertThat(document.status()).isEqualTo(201);
  }

  @Test
  void an_empty_file_is_400() {
    Reply refused = upload(newConversation(), new byte[0], "text/plain", "empty.txt");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorField()).isEqualTo("body");
  }

  @Test
  void upload_to_an_unknown_conversation_is_404() {
    assertThat(upload("cv_nope", PNG, "image/png", "a.png").status()).isEqualTo(404);
  }

  @Test
  void media_id_of_another_conversation_is_400_on_media_id_and_nothing_is_stored() {
    String mine = newConversation();
    String theirs = newConversation();
    String foreign = upload(theirs, PNG, "image/png", "a.png").at("/id");

    Reply refused = send(mine, Api.json("mediaId", foreign));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorField()).isEqualTo("mediaId");
    assertThat(last(mine).has("media")).isFalse();
  }

  @Test
  void media_id_that_is_not_a_string_or_comes_with_text_is_400() {
    String conversation = newConversation();

    assertThat(send(conversation, Api.json("mediaId", 42)).errorField()).isEqualTo("mediaId");
    assertThat(send(conversation, Api.json("mediaId", "med_x", "text", "hi")).errorField()).isEqualTo("mediaId");
  }

  @Test
  void a_media_send_outside_the_window_is_409_window_closed() {
    String conversation = newConversation();
    String media = upload(conversation, PNG, "image/png", "a.png").at("/id");
    api.post("/v1/sandbox/conversations/" + conversation + "/last-inbound",
        Api.json("lastInboundAt", sandbox.clock.instant().minus(Duration.ofHours(25)).toString()), tenant());

    Reply refused = send(conversation, Api.json("mediaId", media));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.errorCode()).isEqualTo("window_closed");
  }

  // ---------------------------------------------------------------- subscription (seed 002)

  @Test
  void a_number_without_media_in_its_plan_is_402_on_upload_and_send_until_it_is_given_back() {
    String ownKey = sandbox.newTenantKey();
    String number = sandbox.createNumber(ownKey, "5511955507788");
    String ownToken = sandbox.chatToken(ownKey, number);
    String conversation = api.post("/v1/sandbox/numbers/" + number + "/inbound",
        Api.json("from", newContactNumber(), "text", "Oi"), key(ownKey)).at("/conversationId");
    String uploadPath = "/v1/embed/chat/conversations/" + conversation + "/media?fileName=a.png";
    String earlier = api.post(uploadPath, PNG, "image/png", bearer(ownToken)).at("/id");

    Reply off = api.post("/v1/sandbox/numbers/" + number + "/media-subscription", Api.json("active", false), key(ownKey));
    Reply upload = api.post(uploadPath, PNG, "image/png", bearer(ownToken));
    Reply send = api.post("/v1/embed/chat/conversations/" + conversation + "/messages", Api.json("mediaId", earlier),
        "Authorization", "Bearer " + ownToken, "Idempotency-Key", "k-" + ThreadLocalRandom.current().nextLong());
    api.post("/v1/sandbox/numbers/" + number + "/media-subscription", Api.json("active", true), key(ownKey));
    Reply again = api.post(uploadPath, PNG, "image/png", bearer(ownToken));

    assertThat(off.status()).isEqualTo(200);
    assertThat(off.json()).isEqualTo(Api.JSON.valueToTree(Map.of("whatsappNumberId", number, "active", false)));
    for (Reply refused : new Reply[] {upload, send}) {
      assertThat(refused.status()).isEqualTo(402);
      assertThat(refused.errorCode()).isEqualTo("SUBSCRIPTION_REQUIRED_FOR_MEDIA");
    }
    assertThat(again.status()).isEqualTo(201);
  }

  @Test
  void media_subscription_control_checks_its_body_and_the_keys_scope() {
    Reply missing = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/media-subscription", "{}", tenant());
    Reply wrongType = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/media-subscription",
        Api.json("active", "no"), tenant());
    Reply foreign = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/media-subscription",
        Api.json("active", false), key(sandbox.newTenantKey()));

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errorField()).isEqualTo("active");
    assertThat(wrongType.errorField()).isEqualTo("active");
    assertThat(foreign.status()).isEqualTo(404);
  }

  // ---------------------------------------------------------------- serving

  @Test
  void an_image_is_served_inline_with_its_type_nosniff_and_a_sandbox_policy() {
    String conversation = newConversation();
    String media = upload(conversation, PNG, "image/png", "shelf.png").at("/id");

    HttpResponse<byte[]> file = api.download("/v1/embed/chat/media/" + media, bearer(token));

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(PNG);
    assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(file.headers().firstValue("Content-Security-Policy")).hasValue("sandbox; default-src 'none'");
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValue("inline; filename=\"shelf.png\"; filename*=UTF-8''shelf.png");
  }

  @Test
  void a_document_is_served_as_an_attachment_with_its_name_in_both_forms() {
    String conversation = newConversation();
    String media = upload(conversation, PDF, "application/pdf", "Fatura março.pdf").at("/id");

    HttpResponse<byte[]> file = api.download("/v1/embed/chat/media/" + media, bearer(token));

    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"Fatura mar_o.pdf\"; filename*=UTF-8''Fatura%20mar%C3%A7o.pdf");
  }

  @Test
  void another_tenants_media_is_404_like_a_missing_one() {
    String otherKey = sandbox.newTenantKey();
    String otherNumber = sandbox.createNumber(otherKey, "5511955501234");
    Reply theirs = api.post("/v1/sandbox/numbers/" + otherNumber + "/inbound",
        Api.json("from", newContactNumber(), "media", Map.of("kind", "image")), key(otherKey));

    HttpResponse<byte[]> foreign = api.download("/v1/embed/chat/media/" + theirs.at("/media/id"), bearer(token));
    HttpResponse<byte[]> missing = api.download("/v1/embed/chat/media/med_nope", bearer(token));

    assertThat(theirs.status()).isEqualTo(201);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(new String(foreign.body(), StandardCharsets.UTF_8)).isEqualTo(
        new String(missing.body(), StandardCharsets.UTF_8).replace("med_nope", theirs.at("/media/id")));
  }

  @Test
  void metadata_names_the_files_conversation_and_number_within_the_tokens_scope_only() {
    Reply ours = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound",
        Api.json("from", newContactNumber(), "media", Map.of("kind", "document")), key(Sandbox.TENANT_KEY));
    String otherNumber = sandbox.createNumber(Sandbox.TENANT_KEY, "5511955507654");
    Reply otherNumbers = api.post("/v1/sandbox/numbers/" + otherNumber + "/inbound",
        Api.json("from", newContactNumber(), "media", Map.of("kind", "image")), key(Sandbox.TENANT_KEY));

    Reply metadata = api.get("/v1/embed/chat/media/" + ours.at("/media/id") + "/metadata", bearer(token));
    Reply foreign = api.get("/v1/embed/chat/media/" + otherNumbers.at("/media/id") + "/metadata", bearer(token));
    Reply missing = api.get("/v1/embed/chat/media/med_nope/metadata", bearer(token));
    Reply anonymous = api.get("/v1/embed/chat/media/" + ours.at("/media/id") + "/metadata");

    assertThat(metadata.status()).isEqualTo(200);
    assertThat(metadata.at("/conversationId")).isEqualTo(ours.at("/conversationId"));
    assertThat(metadata.at("/whatsappNumberId")).isEqualTo(DEMO_NUMBER);
    assertThat(metadata.at("/kind")).isEqualTo("document");
    assertThat(metadata.at("/fileName")).isEqualTo("invoice-4821.pdf");
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.at("/error/code")).isEqualTo(missing.at("/error/code")).isEqualTo("not_found");
    assertThat(anonymous.status()).isEqualTo(401);
  }

  @Test
  void the_internal_media_route_takes_the_service_credential_only() {
    String conversation = newConversation();
    String media = upload(conversation, PNG, "image/png", "a.png").at("/id");

    assertThat(api.download("/v1/internal/media/" + media, bearer(token)).statusCode()).isEqualTo(401);
    assertThat(api.download("/v1/internal/media/" + media, bearer(sandbox.server.serviceCredential())).body())
        .isEqualTo(PNG);
  }

  // ---------------------------------------------------------------- sandbox inbound

  @ParameterizedTest
  @ValueSource(strings = {"image", "document", "audio", "voice", "video", "sticker"})
  void sandbox_inbound_sends_a_real_sample_of_each_kind(String kind) {
    Reply inbound = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound",
        Api.json("from", newContactNumber(), "media", Map.of("kind", kind)), tenant());

    HttpResponse<byte[]> file = api.download("/v1/embed/chat/media/" + inbound.at("/media/id"), bearer(token));

    assertThat(inbound.status()).isEqualTo(201);
    assertThat(inbound.at("/media/kind")).isEqualTo(kind);
    assertThat(inbound.at("/text")).isEmpty();
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).hasSize(inbound.json().at("/media/size").asInt()).isNotEmpty();
    assertThat(file.headers().firstValue("Content-Type")).hasValue(inbound.at("/media/mimeType"));
    if (kind.equals("video")) {
      assertThat(api.download("/v1/embed/chat/media/" + inbound.at("/media/thumbnailId"), bearer(token))
          .headers().firstValue("Content-Type")).hasValue("image/png");
    }
  }

  @Test
  void sandbox_inbound_location_carries_the_place() {
    Reply inbound = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound", Api.json("from", newContactNumber(),
        "location", Map.of("latitude", -23.5613, "longitude", -46.6565, "name", "MASP")), tenant());

    assertThat(inbound.status()).isEqualTo(201);
    assertThat(inbound.json().get("location")).isEqualTo(Api.JSON.valueToTree(
        Map.of("latitude", -23.5613, "longitude", -46.6565, "name", "MASP")));
  }

  @Test
  void sandbox_inbound_bad_media_or_location_is_400_naming_the_field() {
    String from = newContactNumber();
    String inbound = "/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound";

    assertThat(api.post(inbound, Api.json("from", from, "media", Map.of("kind", "gif")), tenant()).errorField())
        .isEqualTo("media.kind");
    assertThat(api.post(inbound, Api.json("from", from, "location", Map.of("latitude", 91, "longitude", 0)),
        tenant()).errorField()).isEqualTo("location.latitude");
    assertThat(api.post(inbound, Api.json("from", from, "media", Map.of("kind", "image", "mimeType", "text/html",
        "dataBase64", "PGI+"), "text", "x"), tenant()).errorField()).isEqualTo("media.mimeType");
    assertThat(api.post(inbound, Api.json("from", from, "media", "image"), tenant()).errorField())
        .isEqualTo("media");
  }

  @Test
  void live_message_created_carries_the_media() throws Exception {
    try (EventStreamClient stream = new EventStreamClient(api.base() + "/v1/embed/chat/events", token, null)) {
      assertThat(stream.status()).isEqualTo(200); // subscribed: the event below cannot pass before the stream is open
      api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound",
          Api.json("from", newContactNumber(), "media", Map.of("kind", "sticker")), tenant());

      JsonNode created = Api.JSON.readTree(stream.next("message.created").data());
      assertThat(created.at("/message/media/kind").asText()).isEqualTo("sticker");
    }
  }

  // ---------------------------------------------------------------- helpers

  /** A new contact who wrote once: their own conversation, with the window open. */
  private static String newConversation() {
    Reply first = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound",
        Api.json("from", newContactNumber(), "text", "Oi"), tenant());
    assertThat(first.status()).isEqualTo(201);
    return first.at("/conversationId");
  }

  private static Reply upload(String conversationId, byte[] bytes, String type, String fileName) {
    return api.post("/v1/embed/chat/conversations/" + conversationId + "/media?fileName="
        + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"), bytes, type,
        bearer(token));
  }

  private static Reply send(String conversationId, String body) {
    return api.post("/v1/embed/chat/conversations/" + conversationId + "/messages", body,
        "Authorization", "Bearer " + token, "Idempotency-Key", "k-" + ThreadLocalRandom.current().nextLong());
  }

  private static Reply sendWithKey(String conversationId, String key, String mediaId) {
    return api.post("/v1/embed/chat/conversations/" + conversationId + "/messages", Api.json("mediaId", mediaId),
        "Authorization", "Bearer " + token, "Idempotency-Key", key);
  }

  private static JsonNode last(String conversationId) {
    JsonNode data = api.get("/v1/embed/chat/conversations/" + conversationId + "/messages", bearer(token))
        .json().get("data");
    return data.get(data.size() - 1);
  }

  private static String newContactNumber() {
    return "+55119" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
  }
}
