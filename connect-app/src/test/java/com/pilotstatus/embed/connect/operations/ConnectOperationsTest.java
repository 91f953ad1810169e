package com.pilotstatus.embed.connect.operations;

import static com.pilotstatus.embed.kit.testing.ChildServer.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.connect.ConnectApp;
import com.pilotstatus.embed.connect.ConnectConfig;
import com.pilotstatus.embed.kit.testing.ChildServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** connect-app's operations side: health, readiness naming the platform, metrics, errors, SIGTERM. */
class ConnectOperationsTest {

  private static final String NO_PLATFORM = "http://127.0.0.1:9"; // discard port: nothing answers

  @Test
  void readyz_names_the_platform_when_it_is_unreachable_while_healthz_stays_up() throws Exception {
    try (ConnectApp app = ConnectApp.start(ConnectConfig.defaults().withPort(0).withPlatformUrl(NO_PLATFORM))) {
      String base = "http://localhost:" + app.port();
      assertThat(get(base + "/healthz").statusCode()).isEqualTo(200);
      HttpResponse<String> ready = get(base + "/readyz");
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("\"failing\":[\"platform\"]");
    }
  }

  @Test
  void metrics_count_pages_by_route_template_and_json_errors_use_the_platform_shape() throws Exception {
    try (ConnectApp app = ConnectApp.start(ConnectConfig.defaults().withPort(0).withPlatformUrl(NO_PLATFORM))) {
      String base = "http://localhost:" + app.port();
      assertThat(get(base + "/connect/0b6c3a7e-1f2d-4c5b-9a8e-7d6c5b4a3f21").statusCode()).isEqualTo(503);
      HttpResponse<String> json = get(base + "/v1/unknown");
      assertThat(json.statusCode()).isEqualTo(404);
      assertThat(json.body()).isEqualTo("{\"error\":{\"code\":\"not_found\",\"message\":\"No such resource\"}}");
      assertThat(get(base + "/nowhere?locale=pt").body()).contains("Esta página não existe.");
      String metrics = get(base + "/metrics").body();
      assertThat(metrics)
          .contains("route=\"/connect/{token}\",service=\"connect-app\",status=\"503\"")
          .contains("platform_calls_seconds_count{client=\"connect-app\",method=\"GET\","
              + "outcome=\"unavailable\",route=\"/v1/remote-pairing/{token}\"")
          .contains("pairing_outcomes_total{outcome=\"connected\",service=\"connect-app\"} 0.0")
          .contains("cache_gets_total{cache=\"connect.qr\",result=\"hit\",service=\"connect-app\"}")
          .doesNotContain("0b6c3a7e");
    }
  }

  @Test
  void sigterm_stops_the_server_with_exit_0_and_json_logs() throws Exception {
    try (ChildServer child = ChildServer.start(ConnectApp.class,
        Map.of("PS_CONNECT_PORT", "0", "PS_PLATFORM_URL", NO_PLATFORM))) {
      String port = child.awaitLine(Pattern.compile("connect-app listening on http://localhost:(\\d+)"),
          Duration.ofSeconds(60));
      assertThat(get("http://localhost:" + port + "/healthz").statusCode()).isEqualTo(200);
      child.terminateAndExpectCleanExit();
      assertThat(child.jsonLines()).anySatisfy(line ->
          assertThat(line.path("message").asText()).isEqualTo("connect-app stopped"));
    }
  }

}
