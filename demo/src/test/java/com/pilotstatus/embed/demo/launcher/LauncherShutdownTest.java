package com.pilotstatus.embed.demo.launcher;

import static com.pilotstatus.embed.kit.testing.ChildServer.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.kit.testing.ChildServer;
import com.pilotstatus.embed.testing.FreePorts;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The launcher as {@code ./sandbox.sh} runs it, in a child JVM with JSON logs: every server answers the operations
 * endpoints (chat-app until it joins the kit excepted), and one SIGTERM drains and stops all five, exit 0, ≤ 10 s.
 */
class LauncherShutdownTest {

  @Test
  void one_sigterm_stops_all_five_servers_with_exit_0() throws Exception {
    Map<String, String> ports = new LinkedHashMap<>();
    for (String key : new String[] {"PS_PLATFORM_PORT", "PS_CHAT_PORT", "PS_CONNECT_PORT", "PS_CDN_PORT",
        "PS_DEMO_PORT"}) {
      ports.put(key, Integer.toString(FreePorts.pick()));
    }
    try (ChildServer child = ChildServer.start(Launcher.class, ports)) {
      child.awaitLine(Pattern.compile("Press Ctrl-C to stop"), Duration.ofSeconds(90));
      for (String key : new String[] {"PS_PLATFORM_PORT", "PS_CONNECT_PORT", "PS_CDN_PORT", "PS_DEMO_PORT"}) {
        String base = "http://localhost:" + ports.get(key);
        assertThat(get(base + "/healthz").statusCode()).as(key).isEqualTo(200);
        assertThat(get(base + "/readyz").statusCode()).as(key).isEqualTo(200);
        assertThat(get(base + "/metrics").body()).as(key).contains("jvm_memory_used_bytes");
      }
      child.terminateAndExpectCleanExit();
      assertThat(child.jsonLines()).anySatisfy(line ->
          assertThat(line.path("message").asText()).startsWith("shutting down: draining 5 server(s)"));
    }
  }

}
