package com.pilotstatus.embed.cdn;

import static com.pilotstatus.embed.kit.testing.ChildServer.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.kit.testing.ChildServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** embed-cdn's operations side: its own main answers health and metrics, and SIGTERM ends it with exit 0. */
class CdnOperationsTest {

  @Test
  void health_metrics_and_sigterm() throws Exception {
    try (ChildServer child = ChildServer.start(EmbedCdn.class, Map.of("PS_CDN_PORT", "0"))) {
      String base = "http://localhost:" + child.awaitLine(Pattern.compile("embed-cdn on http://localhost:(\\d+)"),
          Duration.ofSeconds(60));
      assertThat(get(base + "/healthz").statusCode()).isEqualTo(200);
      assertThat(get(base + "/readyz").body()).isEqualTo("{\"status\":\"ready\",\"checks\":{\"bundle\":\"ok\"}}");
      HttpResponse<String> script = get(base + "/embed.js");
      assertThat(script.headers().firstValue("Cache-Control")).hasValue(CdnRoutes.LATEST_CACHE);
      assertThat(script.headers().firstValue("Cross-Origin-Resource-Policy")).hasValue("cross-origin");
      assertThat(get(base + "/metrics").body())
          .contains("route=\"/embed.js\",service=\"embed-cdn\",status=\"200\"");
      child.terminateAndExpectCleanExit();
      assertThat(child.jsonLines()).anySatisfy(line ->
          assertThat(line.path("message").asText()).isEqualTo("embed-cdn stopped"));
    }
  }

}
