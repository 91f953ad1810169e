package com.pilotstatus.embed.kit.health;

import static com.pilotstatus.embed.kit.Http.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.kit.ServerKit;
import com.pilotstatus.embed.kit.config.KitSettings;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthPluginTest {

  ServerKit kit;
  Javalin app;
  final AtomicBoolean platformUp = new AtomicBoolean(true);

  @BeforeEach
  void start() {
    kit = ServerKit.create("test", KitSettings.defaults());
    kit.readiness().add("templates", () -> { });
    kit.readiness().add("platform", () -> {
      if (!platformUp.get()) {
        throw new IllegalStateException("the platform at http://localhost:1 is unreachable");
      }
    });
    app = Javalin.create(kit::install).start(0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void healthz_is_up_without_asking_any_dependency() {
    platformUp.set(false);
    HttpResponse<String> response = get(app.port(), "/healthz");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"up\"}");
  }

  @Test
  void readyz_is_200_when_every_check_passes() {
    HttpResponse<String> response = get(app.port(), "/readyz");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"ready\",\"checks\":{\"templates\":\"ok\",\"platform\":\"ok\"}}");
  }

  @Test
  void readyz_is_503_naming_the_failing_check() {
    platformUp.set(false);
    HttpResponse<String> response = get(app.port(), "/readyz");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("\"failing\":[\"platform\"]")
        .contains("\"platform\":\"the platform at http://localhost:1 is unreachable\"");
  }

  @Test
  void draining_turns_readyz_503_and_refuses_new_requests_but_not_healthz() {
    kit.draining().drain();
    assertThat(get(app.port(), "/readyz").body()).isEqualTo("{\"status\":\"draining\"}");
    HttpResponse<String> refused = get(app.port(), "/anything");
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).contains("1");
    assertThat(get(app.port(), "/healthz").statusCode()).isEqualTo(200);
  }
}
