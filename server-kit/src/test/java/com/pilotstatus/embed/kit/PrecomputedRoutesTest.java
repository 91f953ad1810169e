package com.pilotstatus.embed.kit;

import static com.pilotstatus.embed.kit.Http.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.kit.config.KitSettings;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;

/** A precomputed answer goes out ahead of Javalin and still gets the kit's request id, metrics and drain gate. */
class PrecomputedRoutesTest {

  private static final byte[] BODY = "console.log(1)".getBytes(StandardCharsets.UTF_8);

  @Test
  void answers_ahead_of_javalin_with_the_kits_request_id_metrics_and_drain_gate() throws Exception {
    ServerKit kit = ServerKit.create("test", KitSettings.defaults());
    HttpFields headers = HttpFields.build().add("Content-Type", "text/javascript")
        .add("Content-Length", String.valueOf(BODY.length)).add("ETag", "\"v1\"").asImmutable();
    kit.precomputed("/app.js", request -> "\"v1\"".equals(request.get("If-None-Match"))
        ? new PrecomputedRoutes.Answer(304, HttpFields.build().add("ETag", "\"v1\"").asImmutable(), null)
        : new PrecomputedRoutes.Answer(200, headers, ByteBuffer.wrap(BODY).asReadOnlyBuffer()));
    Javalin app = Javalin.create(cfg -> {
      kit.install(cfg);
      cfg.routes.post("/app.js", ctx -> ctx.result("javalin's own route"));
    }).start(0);
    try {
      for (int i = 0; i < 2; i++) { // the body buffer is shared: every answer gets all of it
        HttpResponse<String> ok = get(app.port(), "/app.js", "X-Request-Id", "req-" + i);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("console.log(1)");
        assertThat(ok.headers().firstValue("ETag")).hasValue("\"v1\"");
        assertThat(ok.headers().firstValue("X-Request-Id")).hasValue("req-" + i);
      }
      HttpResponse<String> made = get(app.port(), "/app.js", "X-Request-Id", "x".repeat(65)); // too long: replaced
      assertThat(made.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
      assertThat(get(app.port(), "/app.js", "If-None-Match", "\"v1\"").statusCode()).isEqualTo(304);
      HttpResponse<String> head = send(app.port(), "HEAD", "/app.js");
      assertThat(head.statusCode()).isEqualTo(200);
      assertThat(head.body()).isEmpty();
      assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(BODY.length));
      // Other methods and paths are Javalin's, as before.
      assertThat(send(app.port(), "POST", "/app.js").body()).isEqualTo("javalin's own route");
      assertThat(get(app.port(), "/app.js/").statusCode()).isEqualTo(404);

      assertThat(get(app.port(), "/metrics").body())
          .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/app.js\",service=\"test\","
              + "status=\"200\"} 3")
          .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/app.js\",service=\"test\","
              + "status=\"304\"} 1")
          .contains("http_server_requests_seconds_count{method=\"HEAD\",route=\"/app.js\",service=\"test\","
              + "status=\"200\"} 1")
          .contains("http_server_requests_in_flight{service=\"test\"} 0.0");

      kit.draining().drain();
      HttpResponse<String> draining = get(app.port(), "/app.js");
      assertThat(draining.statusCode()).isEqualTo(503);
      assertThat(draining.headers().firstValue("Retry-After")).hasValue("1");
    } finally {
      app.stop();
    }
  }

  private static HttpResponse<String> send(int port, String method, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }
}
