package com.pilotstatus.embed.demo;

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
import java.util.Map;

/** The launcher's whole stack on free localhost ports, and plain HTTP calls to it, as the demo tests need. */
final class DemoTestStack implements AutoCloseable {

  static final String TENANT_KEY = "ps_demo_test_tenant_key_3f9a";
  static final String WEBHOOK_SECRET = "whsec_demo_test";
  private static final ObjectMapper JSON = new ObjectMapper();

  final int demoPort = FreePorts.pick();
  final int platformPort = FreePorts.pick();
  final int connectPort = FreePorts.pick();
  final int chatPort = FreePorts.pick();
  final String demo = "http://localhost:" + demoPort;
  final String platform = "http://localhost:" + platformPort;
  final String connect = "http://localhost:" + connectPort;
  final String chat = "http://localhost:" + chatPort;
  final String cdn;
  private final SandboxStack stack;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private DemoTestStack() {
    int cdnPort = FreePorts.pick();
    cdn = "http://localhost:" + cdnPort;
    stack = SandboxStack.start(Map.of(
        "PS_DEMO_PORT", Integer.toString(demoPort),
        "PS_PLATFORM_PORT", Integer.toString(platformPort),
        "PS_CHAT_PORT", Integer.toString(chatPort),
        "PS_CONNECT_PORT", Integer.toString(connectPort),
        "PS_CDN_PORT", Integer.toString(cdnPort),
        "PS_SANDBOX_TENANT_KEY", TENANT_KEY,
        "PS_DEMO_WEBHOOK_SECRET", WEBHOOK_SECRET,
        "PS_WEBHOOK_RETRY_BASE_MS", "100",
        "PS_LINKING_MS", "100"));
  }

  /** The stack on fresh free ports (again on new ones when a picked port was taken before it was bound). */
  static DemoTestStack start() {
    return FreePorts.retrying(DemoTestStack::new);
  }

  /** What the launcher prints: each server's name and URL. */
  Map<String, String> urls() {
    return stack.urls();
  }

  /** An answer: status, headers and body. */
  record Answer(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  Answer get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  /** A GET with header name/value pairs (e.g. what a browser on another site sends). */
  Answer get(String url, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  Answer post(String url, String json, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    return send(request);
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls {@code condition} every 100 ms for at most {@code millis}. */
  static boolean eventually(long millis, java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(100);
    }
    return condition.getAsBoolean();
  }

  @Override
  public void close() {
    stack.close();
  }
}
