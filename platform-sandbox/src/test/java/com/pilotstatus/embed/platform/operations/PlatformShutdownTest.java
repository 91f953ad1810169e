package com.pilotstatus.embed.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.kit.testing.ChildServer;
import com.pilotstatus.embed.platform.PlatformSandbox;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's own {@code main} in a child JVM with JSON logs: it answers the operations endpoints, and on SIGTERM
 * its open chat event stream gets a {@code retry:} hint and ends, {@code /readyz} turns 503, and it exits 0 in
 * ≤ 10 s with every printed line one JSON object and no key in any of them.
 */
class PlatformShutdownTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void operations_endpoints_answer_and_sigterm_drains_the_event_stream() throws Exception {
    try (ChildServer child = ChildServer.start(PlatformSandbox.class, Map.of("PS_PLATFORM_PORT", "0"))) {
      String base = child.awaitLine(Pattern.compile("platform sandbox on (http://localhost:\\d+)/v1"),
          Duration.ofSeconds(60));
      assertThat(get(base + "/healthz").statusCode()).isEqualTo(200);
      assertThat(get(base + "/readyz").body()).isEqualTo("{\"status\":\"ready\",\"checks\":{}}");
      String token = new ObjectMapper().readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/embed/sessions"))
          .header("x-api-key", "ps_sandbox_demo_tenant_key").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"surface\":\"chat\",\"whatsappNumberIds\":[\"wa_demo\"],"
              + "\"allowedOrigins\":[\"http://localhost:8090\"]}")).build(),
          HttpResponse.BodyHandlers.ofString()).body()).path("token").asText();
      HttpResponse<InputStream> stream = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/embed/chat/events"))
          .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofInputStream());
      BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
      assertThat(events.readLine()).isEqualTo("retry: 2000");
      assertThat(get(base + "/metrics").body())
          .contains("route=\"/v1/embed/sessions\",service=\"platform-sandbox\",status=\"201\"");

      long signalled = System.nanoTime();
      child.terminate();
      StringBuilder rest = new StringBuilder();
      for (String line; (line = events.readLine()) != null; ) {
        rest.append(line).append('\n');
      }
      assertThat(rest.toString()).endsWith("retry: 1000\n\n");
      assertThat(child.awaitExit(Duration.ofSeconds(10))).isZero();
      assertThat(Duration.ofNanos(System.nanoTime() - signalled)).isLessThanOrEqualTo(Duration.ofSeconds(10));
      assertThat(child.jsonLines()).isNotEmpty();
      assertThat(String.join("\n", child.lines())).doesNotContain("ps_sandbox_demo_tenant_key").doesNotContain(token);
    }
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
