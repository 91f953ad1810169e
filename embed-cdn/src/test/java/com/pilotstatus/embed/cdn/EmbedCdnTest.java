package com.pilotstatus.embed.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.pilotstatus.embed.browser.sdk.SdkVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** embed-cdn over real HTTP on a free port: caching, negotiation, conditional requests, SRI, stamping and 404s. */
class EmbedCdnTest {

  private static final String CHAT = "http://chat.sandbox.test:7081";
  private static final String CONNECT = "https://connect.sandbox.test";

  private static EmbedCdn cdn;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    cdn = EmbedCdn.start(new CdnConfig(0, CHAT, CONNECT));
  }

  @AfterAll
  static void stop() {
    cdn.close();
  }

  private static HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + cdn.port() + path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @Test
  void latest_embed_js_has_a_short_cache_an_etag_cors_and_nosniff() throws Exception {
    HttpResponse<byte[]> response = send("GET", "/embed.js");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
        .isEqualTo("text/javascript;charset=utf-8");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
    assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).matches("\"[0-9a-f]{20}\""));
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(text(response)).contains("PilotStatus");
  }

  @Test
  void the_deployment_origins_are_stamped_over_the_production_defaults() throws Exception {
    String js = text(send("GET", "/embed.js"));
    assertThat(js).contains("\"" + CHAT + "\"", "\"" + CONNECT + "\"").doesNotContain("pilotstatus.com.br");
  }

  /** The core is never stamped: the integrity value the loader pins (at build time) must hold in every deployment. */
  @Test
  void the_core_is_served_as_built_under_both_urls_with_the_integrity_the_loader_pins() throws Exception {
    byte[] built = EmbedCdnTest.class.getClassLoader().getResourceAsStream(EmbedBundle.CORE_RESOURCE).readAllBytes();
    HttpResponse<byte[]> latest = send("GET", "/embed-core.js");
    HttpResponse<byte[]> versioned = send("GET", "/v" + SdkVersion.VERSION + "/embed-core.js", "Accept-Encoding", "gzip");

    assertThat(latest.body()).isEqualTo(built);
    assertThat(new GZIPInputStream(new ByteArrayInputStream(versioned.body())).readAllBytes()).isEqualTo(built);
    assertThat(text(send("GET", "/embed.js"))).contains("\"" + Sri.of(built) + "\"");
    assertThat(text(latest)).doesNotContain(CHAT, CONNECT);
    assertThat(send("GET", "/v0.0.1/embed-core.js").statusCode()).isEqualTo(404);
  }

  @Test
  void versioned_url_serves_the_same_bytes_immutable_for_a_year() throws Exception {
    HttpResponse<byte[]> versioned = send("GET", "/v" + SdkVersion.VERSION + "/embed.js");
    assertThat(versioned.statusCode()).isEqualTo(200);
    assertThat(versioned.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    assertThat(versioned.body()).isEqualTo(send("GET", "/embed.js").body());
    assertThat(send("GET", "/v0.0.1/embed.js").statusCode()).isEqualTo(404);
  }

  @Test
  void gzip_is_served_to_clients_that_accept_it() throws Exception {
    byte[] identity = send("GET", "/embed.js").body();
    HttpResponse<byte[]> response = send("GET", "/embed.js", "Accept-Encoding", "gzip, deflate");
    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(response.body().length).isLessThan(identity.length * 3 / 5); // the 2.8 KB loader gzips to about half
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(identity);
    }
  }

  @Test
  void brotli_is_preferred_when_accepted() throws Exception {
    Brotli4jLoader.ensureAvailability();
    byte[] identity = send("GET", "/embed.js").body();
    HttpResponse<byte[]> response = send("GET", "/embed.js", "Accept-Encoding", "gzip, deflate, br");
    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("br");
    assertThat(Decoder.decompress(response.body()).getDecompressedData()).isEqualTo(identity);
    assertThat(response.headers().firstValue("ETag")).isNotEqualTo(send("GET", "/embed.js").headers().firstValue("ETag"));
  }

  @Test
  void an_encoding_refused_with_q_0_is_not_used() throws Exception {
    HttpResponse<byte[]> response = send("GET", "/embed.js", "Accept-Encoding", "br;q=0, gzip;q=0");
    assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
  }

  @Test
  void conditional_get_with_the_current_etag_gives_304_without_body() throws Exception {
    String etag = send("GET", "/embed.js").headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> response = send("GET", "/embed.js", "If-None-Match", "W/\"other\", " + etag);
    assertThat(response.statusCode()).isEqualTo(304);
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValue("ETag")).hasValue(etag);
    assertThat(send("GET", "/embed.js", "If-None-Match", "\"stale\"").statusCode()).isEqualTo(200);
  }

  /** The script is answered ahead of Javalin (PrecomputedRoutes): its headers must still be the server's. */
  @ParameterizedTest
  @ValueSource(strings = {"/embed.js", "/v" + SdkVersion.VERSION + "/embed.js", "/embed-core.js",
      "/v" + SdkVersion.VERSION + "/embed-core.js"})
  void the_precomputed_script_answers_carry_the_security_headers_and_request_id_of_every_response(String path)
      throws Exception {
    HttpResponse<byte[]> javalin = send("GET", "/embed.js.sri");
    HttpResponse<byte[]> ok = send("GET", path, "Accept-Encoding", "gzip", "X-Request-Id", "host-req-1");
    String etag = ok.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> notModified = send("GET", path, "Accept-Encoding", "gzip", "If-None-Match", etag);
    assertThat(notModified.statusCode()).isEqualTo(304);
    for (HttpResponse<byte[]> script : List.of(ok, notModified)) {
      for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
          "Cross-Origin-Resource-Policy", "Access-Control-Allow-Origin")) {
        assertThat(script.headers().allValues(header)).as(header).isEqualTo(javalin.headers().allValues(header))
            .isNotEmpty();
      }
      assertThat(script.headers().firstValue("Vary")).hasValue("Accept-Encoding");
      assertThat(script.headers().firstValue("Cache-Control")).hasValue(path.startsWith("/v")
          ? CdnRoutes.IMMUTABLE_CACHE : CdnRoutes.LATEST_CACHE);
    }
    assertThat(ok.headers().firstValue("X-Request-Id")).hasValue("host-req-1");
    assertThat(notModified.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
    assertThat(notModified.headers().firstValue("Content-Encoding")).isEmpty();
  }

  @Test
  void other_methods_on_the_script_are_not_served() throws Exception {
    assertThat(send("POST", "/embed.js").statusCode()).isEqualTo(404);
    assertThat(send("DELETE", "/v" + SdkVersion.VERSION + "/embed.js").statusCode()).isEqualTo(404);
  }

  @Test
  void head_gives_the_headers_of_get_without_a_body() throws Exception {
    HttpResponse<byte[]> get = send("GET", "/embed.js", "Accept-Encoding", "gzip");
    HttpResponse<byte[]> head = send("HEAD", "/embed.js", "Accept-Encoding", "gzip");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(get.body().length));
    assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
  }

  @Test
  void sri_string_is_the_sha384_of_the_served_bytes() throws Exception {
    byte[] js = send("GET", "/embed.js").body();
    String expected = "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(js));
    HttpResponse<byte[]> sri = send("GET", "/embed.js.sri");
    assertThat(sri.headers().firstValue("Content-Type").orElseThrow().replace(" ", "")).isEqualTo("text/plain;charset=utf-8");
    assertThat(text(sri).trim()).isEqualTo(expected);
    assertThat(text(send("GET", "/manifest.json"))).contains("\"integrity\":\"" + expected + "\"",
        "\"url\":\"/v" + SdkVersion.VERSION + "/embed.js\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/v1", "/embed", "/embed.js.map", "/pilot-status/js/embed.js", "/index.html",
      "/v" + SdkVersion.VERSION + "/", "/EMBED.JS", "/embed.js/"})
  void anything_else_is_404(String path) throws Exception {
    HttpResponse<byte[]> response = send("GET", path);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v0.1.0/../../pom.xml", "/%2e%2e/%2e%2e/pom.xml", "/..%2f..%2fpom.xml",
      "/v0.1.0/..%2fembed.js", "/./embed.js/../../../etc/passwd", "/%2e%2e%5c%2e%2e%5cpom.xml", "/..;/pom.xml"})
  void traversal_attempts_never_reach_a_file(String path) throws Exception {
    String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    String status = response.substring(0, response.indexOf("\r\n"));
    assertThat(status).matches("HTTP/1\\.1 (400|404) .*");
    assertThat(response).doesNotContain("<project", "root:");
  }

  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("localhost", cdn.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
