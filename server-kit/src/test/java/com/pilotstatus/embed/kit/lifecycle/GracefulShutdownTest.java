package com.pilotstatus.embed.kit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.kit.Http;
import com.pilotstatus.embed.kit.testing.ChildServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM, for real: a child JVM with one open event stream and one slow request in flight gets SIGTERM. It must
 * turn not-ready, tell the stream to reconnect (the {@code retry:} hint) and close it, let the slow request finish,
 * refuse new requests with 503, and exit 0 within 10 s — every line it printed meanwhile one JSON object.
 */
class GracefulShutdownTest {

  @Test
  void sigterm_drains_streams_finishes_in_flight_requests_and_exits_0() throws Exception {
    try (ChildServer child = ChildServer.start(DrainingServerMain.class, Map.of())) {
      int port = Integer.parseInt(child.awaitLine(Pattern.compile("listening on port (\\d+)"), Duration.ofSeconds(30)));
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<java.io.InputStream> stream = client.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/events")).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
      assertThat(events.readLine()).isEqualTo(": connected");
      CompletableFuture<HttpResponse<String>> slow = client.sendAsync(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slow")).build(),
          HttpResponse.BodyHandlers.ofString());
      Thread.sleep(300); // the slow request is in its handler

      long signalled = System.nanoTime();
      child.terminate();

      StringBuilder rest = new StringBuilder();
      for (String line; (line = events.readLine()) != null; ) {
        rest.append(line).append('\n');
      }
      assertThat(rest.toString()).contains("retry: 1000");
      HttpResponse<String> readyz = Http.get(port, "/readyz");
      assertThat(readyz.statusCode()).isEqualTo(503);
      assertThat(readyz.body()).isEqualTo("{\"status\":\"draining\"}");
      HttpResponse<String> late = Http.get(port, "/slow");
      assertThat(late.statusCode()).isEqualTo(503);
      assertThat(late.headers().firstValue("Retry-After")).isPresent();
      assertThat(slow.get().statusCode()).isEqualTo(200);
      assertThat(slow.get().body()).isEqualTo("finished");

      assertThat(child.awaitExit(Duration.ofSeconds(10))).isZero();
      assertThat(Duration.ofNanos(System.nanoTime() - signalled)).isLessThanOrEqualTo(Duration.ofSeconds(10));
      List<JsonNode> lines = child.jsonLines();
      assertThat(lines).anySatisfy(l -> assertThat(l.path("message").asText()).startsWith("draining"));
      assertThat(lines).anySatisfy(l -> assertThat(l.path("message").asText()).startsWith("shutdown complete"));
    }
  }
}
