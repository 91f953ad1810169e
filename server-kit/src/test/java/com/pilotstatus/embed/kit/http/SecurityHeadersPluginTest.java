package com.pilotstatus.embed.kit.http;

import static com.pilotstatus.embed.kit.Http.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SecurityHeadersPluginTest {

  static Javalin app;

  @BeforeAll
  static void start() {
    app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.registerPlugin(new SecurityHeadersPlugin(p -> p.contentSecurityPolicy = "default-src 'none'"));
      cfg.routes.get("/plain", ctx -> ctx.result("ok"));
      cfg.routes.get("/page", ctx -> {
        SecurityHeadersPlugin.allowStyleNonce(ctx, "abc123");
        SecurityHeadersPlugin.framedBy(ctx, "https:");
        SecurityHeadersPlugin.restrictFramingTo(ctx, "https://app.acme.com");
        ctx.html("<style nonce=abc123></style>");
      });
      cfg.routes.get("/cached", ctx -> ctx.header("Cache-Control", "public, max-age=60").result("x"));
    }).start(0);
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void every_response_gets_the_defaults_even_a_404() {
    for (String path : new String[] {"/plain", "/nowhere"}) {
      HttpResponse<String> response = get(app.port(), path);
      assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
      assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .contains("default-src 'none'; style-src 'self'; frame-ancestors 'none'");
    }
  }

  @Test
  void a_page_adds_its_nonce_and_framing() {
    HttpResponse<String> response = get(app.port(), "/page");
    assertThat(response.headers().allValues("Content-Security-Policy")).containsExactly(
        "default-src 'none'; style-src 'self' 'nonce-abc123'; frame-ancestors https:",
        "frame-ancestors https://app.acme.com");
  }

  @Test
  void a_handler_header_wins_over_the_default() {
    assertThat(get(app.port(), "/cached").headers().firstValue("Cache-Control")).contains("public, max-age=60");
  }

  @Test
  void nonces_are_fresh_and_url_safe() {
    String a = SecurityHeadersPlugin.newNonce();
    assertThat(a).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(SecurityHeadersPlugin.newNonce());
  }

  @Test
  void a_script_hash_source_is_the_sha256_of_the_utf8_text() {
    // Python: base64.b64encode(hashlib.sha256('console.log("é")'.encode()).digest())
    assertThat(SecurityHeadersPlugin.scriptHashSource("console.log(\"\u00e9\")"))
        .isEqualTo("'sha256-VTYzPTDQuNPoWL/7G5e/rIEDQUCBzo6SN59iNx2PWNw='");
  }
}
