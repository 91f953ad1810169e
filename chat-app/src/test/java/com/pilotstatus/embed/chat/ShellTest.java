package com.pilotstatus.embed.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.chat.testing.ChatClient;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.protocol.ChatHeaders;
import com.pilotstatus.embed.protocol.ChatPaths;
import com.pilotstatus.embed.protocol.Decoded;
import com.pilotstatus.embed.protocol.Direction;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.EnvelopeText;
import com.pilotstatus.embed.protocol.ProtocolVersion;
import com.pilotstatus.embed.protocol.Surface;
import com.pilotstatus.embed.testing.Bundles;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /} and the assets: the CSP that pins the parent, the refusal page, same-origin scripts. */
class ShellTest {

  private static ChatStack stack;
  private static ChatClient client;

  @BeforeAll
  static void start() {
    stack = ChatStack.start();
    client = new ChatClient(stack.chatUrl());
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void shell_for_a_valid_parent_may_be_framed_by_that_parent_only() {
    HttpResponse<String> response = client.get("/?parentOrigin=https%3A%2F%2Fapp.acme.com");

    assertThat(response.statusCode()).isEqualTo(200);
    String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("frame-ancestors https://app.acme.com").containsPattern("script-src 'self' 'sha256-[^']+';")
        .doesNotContain("unsafe-inline");
    // The boot script first (before the stylesheet: nothing holds it); it loads the runtime itself.
    assertThat(response.body())
        .containsPattern("<title>[^<]+</title>\n<script data-parent-origin=\"https://app.acme.com\""
            + " data-runtime=\"/assets/chat-runtime\\.[0-9a-f]{20}\\.js\">")
        .containsPattern("</script>\n<link rel=\"stylesheet\" href=\"/assets/chat\\.[0-9a-f]{20}\\.css\">\n</head>")
        .doesNotContain("<script src=");
  }

  /**
   * The inline boot script is chat-boot.js with the wire names written in (the {@code ready} it posts is the shared
   * encoder's, accepted by its decoder), and the CSP's hash is the hash of exactly that text: one changed byte and the
   * browser refuses it.
   */
  @Test
  void the_inline_boot_script_carries_the_encoders_ready_and_the_csp_allows_exactly_it() throws Exception {
    HttpResponse<String> response = client.get("/?parentOrigin=https://app.acme.com");
    Matcher inline = Pattern.compile("<script data-parent-origin=\"[^\"]+\" data-runtime=\"[^\"]+\">(.*?)</script>",
        Pattern.DOTALL).matcher(response.body());
    assertThat(inline.find()).isTrue();
    String script = inline.group(1);
    String source = Bundles.read("chat-boot.js");
    assertThat(source).contains("/*wire*/null");
    String[] around = source.split(Pattern.quote("/*wire*/null"));
    assertThat(script).startsWith(around[0]).endsWith(around[1]);
    JsonNode wire = new ObjectMapper().readTree(script.substring(around[0].length(), script.length() - around[1].length()));

    String ready = wire.get("ready").toString();
    assertThat(ready).isEqualTo(EnvelopeText.json(Envelope.ready()));
    Decoded decoded = EnvelopeText.decode(ready, Direction.FRAME_TO_PARENT, Surface.CHAT);
    assertThat(decoded.isAccepted()).isTrue();
    assertThat(decoded.message().string(ProtocolVersion.FIELD)).isEqualTo(ProtocolVersion.CURRENT);
    assertThat(wire.get("inbox").asText()).isEqualTo(ChatPaths.FIRST_INBOX);
    assertThat(wire.get("headers").get("parentOrigin").asText()).isEqualTo(ChatHeaders.PARENT_ORIGIN);

    String hash = Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
    assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self' 'sha256-" + hash + "';");
    // Nothing else is served as a boot script.
    assertThat(client.get("/assets/chat-boot.js").statusCode()).isEqualTo(404);
  }

  @Test
  void shell_carries_the_security_headers() {
    HttpResponse<String> response = client.get("/?parentOrigin=https://app.acme.com");

    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void shell_normalises_the_parent_before_pinning_it() {
    HttpResponse<String> response = client.get("/?parentOrigin=HTTPS://App.Acme.com:443/");

    assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
        .endsWith("frame-ancestors https://app.acme.com");
  }

  @Test
  void missing_parent_origin_gets_a_refusal_page_without_any_script() {
    HttpResponse<String> response = client.get("/");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("parentOrigin").doesNotContain("<script");
  }

  @Test
  void parent_origin_with_a_path_or_wildcard_is_refused() {
    assertThat(client.get("/?parentOrigin=https://app.acme.com/inbox").statusCode()).isEqualTo(400);
    assertThat(client.get("/?parentOrigin=https://*.acme.com").statusCode()).isEqualTo(400);
    assertThat(client.get("/?parentOrigin=null").statusCode()).isEqualTo(400);
  }

  @Test
  void plain_http_parent_is_refused_unless_the_deployment_allows_it() {
    try (ChatApp strict = ChatApp.start(ChatConfig.defaults().withPort(0).withPlatformUrl(stack.platformUrl())
        .withServiceCredential(stack.serviceCredential()))) {
      ChatClient strictClient = new ChatClient("http://localhost:" + strict.port());
      assertThat(strictClient.get("/?parentOrigin=http://app.acme.test:8090").statusCode()).isEqualTo(400);
      assertThat(strictClient.get("/?parentOrigin=http://localhost:8090").statusCode()).isEqualTo(200);
    }
    assertThat(client.get("/?parentOrigin=http://app.acme.test:8090").statusCode()).isEqualTo(200);
  }

  @Test
  void refusal_page_is_in_the_browser_language() {
    HttpResponse<String> response = new ChatClient(stack.chatUrl()).header("Accept-Language", "pt-BR,pt;q=0.9").get("/");

    assertThat(response.body()).contains("lang=\"pt-BR\"").contains("Esta caixa de entrada não pode ser exibida aqui");
  }

  @Test
  void runtime_is_served_same_origin_as_javascript() {
    HttpResponse<String> response = client.get("/assets/chat-runtime.js");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.body()).isEqualTo(Bundles.read("chat-runtime.js")).hasSizeGreaterThan(1024);
  }

  /** The shell links hashed URLs: a browser keeps them a year and never asks again; a deploy changes the URL. */
  @Test
  void the_shell_links_immutable_precompressed_assets_and_the_plain_urls_revalidate() throws Exception {
    String shell = client.get("/?parentOrigin=https://app.acme.com").body();
    Matcher runtime = Pattern.compile("/assets/chat-runtime\\.([0-9a-f]{20})\\.js").matcher(shell);
    assertThat(runtime.find()).isTrue();

    HttpResponse<String> hashed = client.get(runtime.group());
    assertThat(hashed.statusCode()).isEqualTo(200);
    assertThat(hashed.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    assertThat(hashed.headers().firstValue("ETag")).hasValue("\"" + runtime.group(1) + "\"");
    assertThat(hashed.headers().firstValue("Content-Security-Policy")).isEqualTo(
        client.get("/favicon.ico").headers().firstValue("Content-Security-Policy")); // the default policy
    assertThat(hashed.headers().firstValue("Cross-Origin-Resource-Policy")).hasValue("same-origin");
    assertThat(hashed.body()).isEqualTo(Bundles.read("chat-runtime.js"));

    HttpResponse<byte[]> gzip = bytes(runtime.group(), "Accept-Encoding", "gzip");
    assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gzip.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    assertThat(gzip.body().length).isLessThan(hashed.body().length() / 2);
    String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> unchanged = bytes("/assets/chat-runtime.js", "Accept-Encoding", "gzip",
        "If-None-Match", gzipTag);
    assertThat(unchanged.statusCode()).isEqualTo(304);
    assertThat(unchanged.body()).isEmpty();
    assertThat(unchanged.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");

    assertThat(client.get("/assets/chat-runtime.0123456789abcdef0123.js").statusCode()).isEqualTo(404);
  }

  private static HttpResponse<byte[]> bytes(String path, String... headers) throws Exception {
    return client.http().send(client.builder(path).headers(headers).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void stylesheet_is_served_as_css() {
    HttpResponse<String> response = client.get("/assets/chat.css");

    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    assertThat(response.body()).contains("[data-theme=\"dark\"]");
  }
}
