package com.pilotstatus.embed.kit.logging;

import static com.pilotstatus.embed.kit.Http.get;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.pilotstatus.embed.kit.ServerKit;
import com.pilotstatus.embed.kit.config.KitSettings;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RequestLogPluginTest {

  Javalin app;
  ListAppender<ILoggingEvent> lines = new ListAppender<>();
  Logger requestLog = (Logger) LoggerFactory.getLogger("com.pilotstatus.embed.request");

  @BeforeEach
  void start() {
    lines.start();
    requestLog.addAppender(lines);
    requestLog.setLevel(Level.DEBUG);
    ServerKit kit = ServerKit.create("test", KitSettings.defaults());
    app = Javalin.create(cfg -> {
      kit.install(cfg);
      cfg.routes.get("/remote-pairing/{token}", ctx -> {
        RequestLogPlugin.tenant(ctx, "tn_demo");
        ctx.status(404);
      });
      cfg.routes.get("/ok", ctx -> ctx.result("ok"));
    }).start(0);
  }

  @AfterEach
  void stop() {
    app.stop();
    requestLog.detachAppender(lines);
    requestLog.setLevel(null);
  }

  @Test
  void a_request_is_logged_with_its_route_template_never_its_path() {
    get(app.port(), "/remote-pairing/11111111-2222-3333-4444-555555555555", "X-Request-Id", "req-42",
        "Authorization", "Bearer secret.jwt.value", "x-api-key", "ps_secret");
    ILoggingEvent line = only(lines.list);
    assertThat(line.getLevel()).isEqualTo(Level.INFO);
    assertThat(line.getFormattedMessage())
        .isEqualTo("GET /remote-pairing/{token} 404 " + line.getArgumentArray()[3] + "ms id=req-42 tenant=tn_demo")
        .doesNotContain("11111111").doesNotContain("secret");
  }

  @Test
  void a_request_id_is_made_when_missing_or_malformed_and_echoed() {
    HttpResponse<String> response = get(app.port(), "/ok", "X-Request-Id", "bad id\twith spaces");
    String id = response.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(id).matches("[0-9a-f-]{36}");
    assertThat(only(lines.list).getFormattedMessage()).contains("id=" + id);
  }

  @Test
  void successes_are_debug_and_health_endpoints_are_not_logged() {
    get(app.port(), "/ok");
    get(app.port(), "/healthz");
    get(app.port(), "/readyz");
    get(app.port(), "/metrics");
    assertThat(only(lines.list).getLevel()).isEqualTo(Level.DEBUG);
  }

  private static ILoggingEvent only(List<ILoggingEvent> events) {
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void madeUpRequestIds_areVersion4Uuids_andDistinct() {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String id = RequestLogPlugin.newRequestId();
      java.util.UUID uuid = java.util.UUID.fromString(id);
      assertThat(uuid.version()).isEqualTo(4);
      assertThat(uuid.variant()).isEqualTo(2);
      ids.add(id);
    }
    assertThat(ids).hasSize(10_000);
  }
}
