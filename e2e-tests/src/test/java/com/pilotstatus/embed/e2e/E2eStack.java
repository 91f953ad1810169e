package com.pilotstatus.embed.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.demo.launcher.SandboxStack;
import com.pilotstatus.embed.testing.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole stack on free ports under real, distinct host names — the host SaaS at {@code app.acme.test}, the chat at
 * {@code chat.pilot.test}, connect at {@code connect.pilot.test}, embed.js at {@code embed.pilot.test} and the API at
 * {@code api.pilot.test} — which Chromium resolves to loopback ({@code --host-resolver-rules}). Server-to-server calls
 * use 127.0.0.1, since the JVM does not know those names. Sandbox timings are short (env, as the launcher reads them)
 * and the platform runs on a {@link ShiftableClock}.
 */
final class E2eStack implements AutoCloseable {

  static final String TENANT_KEY = "ps_e2e_tenant_key";
  static final String DEMO_NUMBER = "wa_demo";
  private static final ObjectMapper JSON = new ObjectMapper();

  final int platformPort = FreePorts.pick();
  final int chatPort = FreePorts.pick();
  final int connectPort = FreePorts.pick();
  final int cdnPort = FreePorts.pick();
  final int demoPort = FreePorts.pick();
  final String hostOrigin = "http://app.acme.test:" + demoPort;
  final String chatOrigin = "http://chat.pilot.test:" + chatPort;
  final String connectOrigin = "http://connect.pilot.test:" + connectPort;
  final String cdnOrigin = "http://embed.pilot.test:" + cdnPort;
  final String platformUrl = "http://127.0.0.1:" + platformPort;
  final ShiftableClock platformClock = new ShiftableClock();
  final long startMillis;
  private final SandboxStack stack;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private E2eStack() {
    Map<String, String> env = new HashMap<>();
    env.put("PS_PLATFORM_PORT", Integer.toString(platformPort));
    env.put("PS_CHAT_PORT", Integer.toString(chatPort));
    env.put("PS_CONNECT_PORT", Integer.toString(connectPort));
    env.put("PS_CDN_PORT", Integer.toString(cdnPort));
    env.put("PS_DEMO_PORT", Integer.toString(demoPort));
    env.put("PS_PLATFORM_URL", platformUrl);
    env.put("PS_CHAT_ORIGIN", chatOrigin);
    env.put("PS_CONNECT_ORIGIN", connectOrigin);
    env.put("PS_CDN_ORIGIN", cdnOrigin);
    env.put("PS_DEMO_ORIGIN", hostOrigin);
    env.put("PS_ALLOW_HTTP_ORIGINS", "true");
    env.put("PS_SANDBOX_TENANT_KEY", TENANT_KEY);
    env.put("PS_SANDBOX_WEBHOOK_URL", "http://127.0.0.1:" + demoPort + "/webhooks/pilot-status");
    env.put("PS_QR_FIRST_TTL_MS", "30000");
    env.put("PS_QR_NEXT_TTL_MS", "30000");
    env.put("PS_QR_REFS", "2");
    env.put("PS_LINKING_MS", "300");
    env.put("PS_DELIVERY_DELAY_MS", "300");
    env.put("PS_WEBHOOK_RETRY_BASE_MS", "100");
    env.put("PS_CONNECT_POLL_MS", "300");
    long started = System.nanoTime();
    stack = SandboxStack.start(env, config -> config.withClock(platformClock));
    startMillis = (System.nanoTime() - started) / 1_000_000;
    record("stack started in " + startMillis + " ms");
  }

  /** Appends a figure to {@code target/artifacts/figures.txt} (stack start times, for the report). */
  static void record(String line) {
    try {
      java.nio.file.Files.writeString(com.pilotstatus.embed.testing.Chromium.artifact("figures.txt"), line + "\n",
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the stack on fresh free ports (again on new ones when a picked port was taken before it was bound). */
  static E2eStack start() {
    return FreePorts.retrying(E2eStack::new);
  }

  /** A page of the demo host SaaS, e.g. {@code host("/connect")}. */
  String host(String path) {
    return hostOrigin + path;
  }

  /** A tenant call to the platform, server to server, as a host backend makes it. */
  JsonNode platform(String method, String path, String jsonBody) {
    return send(platformUrl + path, method, jsonBody, Map.of("x-api-key", TENANT_KEY)).body();
  }

  /** A call to the demo's backend (as its own pages make them). */
  Answer demo(String method, String path, String jsonBody) {
    return send("http://127.0.0.1:" + demoPort + path, method, jsonBody, Map.of());
  }

  /** An answer: status and parsed body. */
  record Answer(int status, JsonNode body, String raw) {
  }

  Answer send(String url, String method, String jsonBody, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String raw = response.body();
      JsonNode body = raw == null || raw.isBlank() ? JSON.createObjectNode() : parse(raw);
      return new Answer(response.statusCode(), body, raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode parse(String raw) {
    try {
      return JSON.readTree(raw);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  @Override
  public void close() {
    stack.close();
  }
}
