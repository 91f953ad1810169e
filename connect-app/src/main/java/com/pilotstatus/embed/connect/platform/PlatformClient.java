package com.pilotstatus.embed.connect.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The platform's public token endpoints (seed 003 and docs/platform-api.md "Remote pairing"), called server to server.
 * connect-app keeps no state: every answer comes from here. The browser's address travels as {@code X-Forwarded-For}
 * so the platform's per-IP rate limit sees the customer, not connect-app.
 *
 * <p>Tokens reach this class already checked by {@link PairingToken}, so they cannot change the path.
 */
public final class PlatformClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final Duration timeout;
  private final HttpClient http;

  public PlatformClient(String baseUrl, Duration timeout) {
    this.baseUrl = baseUrl;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
  }

  /** {@code GET /v1/remote-pairing/{token}}: the link (name, masked number, state, branding, provider, metaFlow). */
  public PlatformReply link(PairingToken token, String clientIp) {
    return send("GET", "/v1/remote-pairing/" + token.value(), null, clientIp);
  }

  /** {@code POST /v1/remote-pairing/{token}/connect}: starts a QR batch (or returns the current ref). */
  public PlatformReply connect(PairingToken token, String clientIp) {
    return send("POST", "/v1/remote-pairing/" + token.value() + "/connect", "{}", clientIp);
  }

  /** {@code GET /v1/remote-pairing/{token}/status}: the pairing phase, the current QR ref and, once open, the number. */
  public PlatformReply status(PairingToken token, String clientIp) {
    return send("GET", "/v1/remote-pairing/" + token.value() + "/status", null, clientIp);
  }

  /** {@code GET /v1/connect/{token}/branding}. */
  public PlatformReply branding(PairingToken token, String clientIp) {
    return send("GET", "/v1/connect/" + token.value() + "/branding", null, clientIp);
  }

  /** {@code POST /v1/remote-pairing/{token}/meta/embedded} with {@code { code, wabaId, phoneNumberId }}. */
  public PlatformReply metaEmbedded(PairingToken token, String jsonBody, String clientIp) {
    return send("POST", "/v1/remote-pairing/" + token.value() + "/meta/embedded", jsonBody, clientIp);
  }

  /** {@code POST /v1/remote-pairing/{token}/meta/credentials} with {@code { wabaId, phoneNumberId, accessToken }}. */
  public PlatformReply metaCredentials(PairingToken token, String jsonBody, String clientIp) {
    return send("POST", "/v1/remote-pairing/" + token.value() + "/meta/credentials", jsonBody, clientIp);
  }

  /** Serialises {@code value} as a JSON request body. */
  public static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalArgumentException("not serialisable: " + value, e);
    }
  }

  private PlatformReply send(String method, String path, String jsonBody, String clientIp) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(timeout)
        .header("Accept", "application/json");
    if (clientIp != null && !clientIp.isBlank()) {
      request.header("X-Forwarded-For", clientIp);
    }
    if (jsonBody == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
    }
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new PlatformUnavailableException("platform unreachable: " + method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformUnavailableException("interrupted: " + method + " " + path, e);
    }
    if (response.statusCode() >= 500) {
      throw new PlatformUnavailableException("platform answered " + response.statusCode() + " to " + method + " "
          + path, null);
    }
    return new PlatformReply(response.statusCode(),
        response.headers().firstValue("Content-Type").orElse("application/json"),
        response.body(), parse(response.body()), response.headers().firstValue("Retry-After").orElse(null));
  }

  private static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }
}
