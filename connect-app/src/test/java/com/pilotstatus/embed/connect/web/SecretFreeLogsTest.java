package com.pilotstatus.embed.connect.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.connect.ConnectApp;
import com.pilotstatus.embed.connect.ConnectConfig;
import com.pilotstatus.embed.connect.testing.ConnectStack;
import com.pilotstatus.embed.connect.testing.ConnectStack.Link;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 8, from the attacker's side: whoever reads the logs (a log pipeline, a support engineer) must not
 * find a pairing token there, and a client hammering a link must not write a line per request. Before the fix a
 * platform outage wrote the token into a WARN line, and every throttled call wrote an INFO line
 * ("platform refused: platform answered 429"). Logs are read from the console streams, whatever their format.
 */
class SecretFreeLogsTest {

  @Test
  void a_platform_outage_logs_no_pairing_token() throws Exception {
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    String token = "2f0c2b8e-1111-4222-8333-944455556666";
    try (ConnectApp app = ConnectApp.start(ConnectConfig.defaults().withPort(0)
        .withPlatformUrl("http://localhost:" + deadPort))) {
      String logs = capture(() -> get("http://localhost:" + app.port() + "/connect/" + token));
      assertThat(logs).contains("unreachable");
      assertThat(logs).doesNotContain(token).doesNotContain(token.substring(0, 8));
    }
  }

  @Test
  void a_throttled_client_is_logged_once_a_minute_without_its_token() {
    try (ConnectStack stack = ConnectStack.start(p -> p.withPublicLimitPerIp(1000).withPublicLimitPerToken(1),
        c -> c)) {
      Link link = stack.createLink("");
      String logs = capture(() -> {
        int throttled = 0;
        for (int i = 0; i < 40; i++) {
          throttled += stack.post("/connect/" + link.token() + "/batch", "application/x-www-form-urlencoded", "")
              .statusCode() == 429 ? 1 : 0;
        }
        return throttled;
      });
      // 40 throttled clicks: once a minute each from connect-app's FailurePages and from the request logs of
      // connect-app and of the platform (in this JVM), not a line per request.
      assertThat(logs.lines().filter(l -> l.contains("platform refused") && l.contains("429")).count()).as(logs)
          .isEqualTo(1);
      assertThat(logs.lines().filter(l -> l.contains("429")).count()).as(logs).isLessThanOrEqualTo(3);
      assertThat(logs).doesNotContain(link.token());
    }
  }

  @Test
  void throttled_log_keeps_a_bounded_number_of_clients() {
    ThrottledLog log = new ThrottledLog(java.time.Duration.ofMinutes(1), 1_000);
    for (int i = 0; i < 50_000; i++) {
      log.shouldLog("198.51." + (i / 256) + "." + (i % 256));
    }
    assertThat(log.size()).isLessThanOrEqualTo(1_000);
  }

  /** Everything written to stdout and stderr while {@code action} runs (where the log lines go, in any format). */
  private static String capture(Supplier<?> action) {
    PrintStream originalErr = System.err;
    PrintStream originalOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(out, true, StandardCharsets.UTF_8);
    System.setErr(both);
    System.setOut(both);
    try {
      action.get();
    } finally {
      System.setErr(originalErr);
      System.setOut(originalOut);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int get(String url) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
