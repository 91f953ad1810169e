package com.pilotstatus.embed.connect.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.connect.ConnectApp;
import com.pilotstatus.embed.connect.ConnectConfig;
import com.pilotstatus.embed.platform.SandboxConfig;
import com.pilotstatus.embed.platform.PlatformSandbox;
import com.pilotstatus.embed.platform.SandboxTrust;
import com.pilotstatus.embed.platform.http.TrustedProxies;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * A real platform sandbox and a real connect-app in front of it, both on free ports, plus the tenant calls tests need
 * (create a pairing link, scan it, set branding) made over HTTP exactly as a host backend would.
 */
public final class ConnectStack implements AutoCloseable {

  public static final String TENANT_KEY = "ps_sandbox_demo_tenant_key";
  public static final String ADMIN_KEY = "ps_test_sandbox_admin_key";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PlatformSandbox sandbox;
  private final ConnectApp app;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private ConnectStack(PlatformSandbox sandbox, ConnectApp app) {
    this.sandbox = sandbox;
    this.app = app;
  }

  /** Default sandbox timings (QR refs live 60 s / 20 s). */
  public static ConnectStack start(UnaryOperator<ConnectConfig> connect) {
    return start(p -> p, connect);
  }

  public static ConnectStack start(UnaryOperator<SandboxConfig> platform, UnaryOperator<ConnectConfig> connect) {
    PlatformSandbox sandbox = PlatformSandbox.start(platform.apply(SandboxConfig.defaults().withPort(0)
        .withConnectOrigin("http://connect.pilot.test")
        // connect-app runs on loopback and names the browser in X-Forwarded-For, as a deployment's proxy would
        .withTrust(SandboxTrust.closed().withAdminKey(ADMIN_KEY).withTrustedProxies(TrustedProxies.loopback()))));
    ConnectApp app = ConnectApp.start(connect.apply(ConnectConfig.defaults().withPort(0)
        .withPlatformUrl("http://localhost:" + sandbox.port())));
    return new ConnectStack(sandbox, app);
  }

  /** A sandbox whose batches are short: {@code refs} refs of {@code refMs} each, linking {@code linkingMs}. */
  public static UnaryOperator<SandboxConfig> fastQr(int refs, int refMs, int linkingMs) {
    return p -> p.withQrTimings(refs, Duration.ofMillis(refMs), Duration.ofMillis(refMs), Duration.ofMillis(linkingMs));
  }

  public int connectPort() {
    return app.port();
  }

  public String connectBase() {
    return "http://localhost:" + app.port();
  }

  public String platformBase() {
    return "http://localhost:" + sandbox.port();
  }

  /** A QR pairing link; extra JSON members (e.g. {@code "brandingOverride": {...}}) may be added. */
  public Link createLink(String extraJsonMembers) {
    return createLink(TENANT_KEY, extraJsonMembers);
  }

  public Link createLink(String tenantKey, String extraJsonMembers) {
    String number = "+5511" + (900000000 + ThreadLocalRandom.current().nextInt(99999999));
    String body = "{\"name\":\"Customer João\",\"number\":\"" + number + "\""
        + (extraJsonMembers == null || extraJsonMembers.isEmpty() ? "" : "," + extraJsonMembers) + "}";
    JsonNode created = platformJson("POST", "/v1/numbers/remote-pairing", tenantKey, body, 201);
    String url = created.path("remotePairingUrl").asText();
    return new Link(url.substring(url.lastIndexOf('/') + 1), created.path("instance").path("id").asText());
  }

  /** The phone scans the link's current QR (sandbox control). */
  public void scan(Link link) {
    platformJson("POST", "/v1/sandbox/numbers/" + link.numberId() + "/scan", TENANT_KEY, "{}", 200);
  }

  /** {@code PUT /v1/branding} for the tenant of {@code tenantKey}. */
  public void putTenantBranding(String tenantKey, String brandingJson) {
    platformJson("PUT", "/v1/branding", tenantKey, "{\"branding\":" + brandingJson + "}", 200);
  }

  /** A fresh tenant (for branding tests that must not see each other's tenant branding); its key. */
  public String createTenant() {
    return platformJson("POST", "/v1/sandbox/tenants", ADMIN_KEY, "{\"name\":\"Branding test\"}", 201)
        .path("apiKey").asText();
  }

  /** The platform's own {@code /status} answer for a link. */
  public JsonNode platformStatus(Link link) {
    return platformJson("GET", "/v1/remote-pairing/" + link.token() + "/status", null, null, 200);
  }

  public HttpResponse<String> platformGet(String path) {
    return send(HttpRequest.newBuilder(URI.create(platformBase() + path)).GET().build());
  }

  /** A GET on connect-app with optional header name/value pairs. */
  public HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(connectBase() + path)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  public HttpResponse<String> post(String path, String contentType, String body) {
    return send(HttpRequest.newBuilder(URI.create(connectBase() + path))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private JsonNode platformJson(String method, String path, String key, String body, int expected) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platformBase() + path))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("x-api-key", key);
    }
    HttpResponse<String> response = send(request.build());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
          + response.body());
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.close();
    sandbox.close();
  }

  /** A pairing link: its token and the number it pairs. */
  public record Link(String token, String numberId) {
    public String page() {
      return "/connect/" + token;
    }
  }
}
