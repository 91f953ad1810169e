package com.pilotstatus.embed.kit.error;

import static com.pilotstatus.embed.kit.Http.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.kit.platform.PlatformRejected;
import com.pilotstatus.embed.kit.platform.PlatformUnavailable;
import io.javalin.Javalin;
import io.javalin.http.NotFoundResponse;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlatformErrorsTest {

  static Javalin app;

  @BeforeAll
  static void start() {
    MessageSource portuguese = (ctx, key) -> key.equals("error.unavailable") && "pt".equals(ctx.queryParam("locale"))
        ? "O serviço está indisponível." : null;
    PlatformErrors errors = new PlatformErrors(portuguese, PlatformErrors.jsonUnder("/v1/"));
    app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      errors.register(cfg.routes);
      for (String prefix : new String[] {"/v1", "/page"}) {
        cfg.routes.get(prefix + "/down", ctx -> {
          throw new PlatformUnavailable("connection refused");
        });
        cfg.routes.get(prefix + "/refused", ctx -> {
          throw new PlatformRejected(409, "conflict", "already connected", null);
        });
        cfg.routes.get(prefix + "/missing", ctx -> {
          throw new NotFoundResponse();
        });
        cfg.routes.get(prefix + "/unknown-link", ctx -> {
          throw new NotFoundResponse("Unknown pairing link: create one first.");
        });
        cfg.routes.get(prefix + "/bug", ctx -> {
          throw new IllegalStateException("bug <script>");
        });
      }
    }).start(0);
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void json_routes_get_the_platform_error_shape() {
    assertJson("/v1/down", 503, "{\"error\":{\"code\":\"platform_unavailable\",\"message\":"
        + "\"The service is unavailable. Try again in a moment.\"}}");
    assertJson("/v1/refused", 409, "{\"error\":{\"code\":\"conflict\",\"message\":\"already connected\"}}");
    assertJson("/v1/missing", 404, "{\"error\":{\"code\":\"not_found\",\"message\":\"No such resource\"}}");
    assertJson("/v1/unknown-link", 404, "{\"error\":{\"code\":\"not_found\",\"message\":"
        + "\"Unknown pairing link: create one first.\"}}");
    assertJson("/v1/nowhere", 404, "{\"error\":{\"code\":\"not_found\",\"message\":\"No such resource\"}}");
    assertJson("/v1/bug", 500, "{\"error\":{\"code\":\"internal\",\"message\":"
        + "\"The service failed unexpectedly. Try again in a moment.\"}}");
  }

  @Test
  void pages_get_an_html_page_in_the_requests_language() {
    HttpResponse<String> response = get(app.port(), "/page/down?locale=pt");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(response.body()).contains("<p>O serviço está indisponível.</p>");
    assertThat(get(app.port(), "/page/bug").body()).doesNotContain("<script>").doesNotContain("bug");
    assertThat(get(app.port(), "/elsewhere").body()).contains("This page does not exist.");
    assertThat(get(app.port(), "/page/unknown-link").body()).contains("This page does not exist.")
        .doesNotContain("Unknown pairing link");
  }

  private static void assertJson(String path, int status, String body) {
    HttpResponse<String> response = get(app.port(), path);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    assertThat(response.body()).as(path).isEqualTo(body);
  }
}
