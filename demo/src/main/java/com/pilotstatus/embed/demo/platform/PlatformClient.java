package com.pilotstatus.embed.demo.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The demo backend's calls to the platform, made the way seed 000/001 tell a SaaS backend to: server-side, with the
 * tenant key in {@code x-api-key}. Only tokens ever go back to the browser.
 */
public final class PlatformClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final String baseUrl;
  private final String tenantKey;
  private final ObjectMapper json;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  public PlatformClient(String baseUrl, String tenantKey, ObjectMapper json) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.tenantKey = tenantKey;
    this.json = json;
  }

  /** {@code GET /v1/numbers}: the tenant's numbers. */
  public JsonNode listNumbers() {
    return send("GET", "/v1/numbers", null).path("data");
  }

  /** {@code POST /v1/embed/sessions}: a chat JWT for these numbers, embeddable from these origins. */
  public String mintChatToken(List<String> whatsappNumberIds, List<String> allowedOrigins, int ttlSeconds) {
    ObjectNode body = json.createObjectNode();
    body.put("surface", "chat");
    body.set("whatsappNumberIds", json.valueToTree(whatsappNumberIds));
    body.set("allowedOrigins", json.valueToTree(allowedOrigins));
    body.put("ttlSeconds", ttlSeconds);
    return send("POST", "/v1/embed/sessions", body).path("token").asText();
  }

  /** {@code POST /v1/numbers/remote-pairing}: a hosted pairing link for a new number. */
  public JsonNode createPairingLink(String name, String number) {
    ObjectNode body = json.createObjectNode();
    body.put("name", name);
    body.put("number", number);
    body.put("sendViaWhatsApp", false);
    body.set("brandingOverride", json.createObjectNode());
    return send("POST", "/v1/numbers/remote-pairing", body);
  }

  /** Sandbox control: a contact writes to {@code numberId}. */
  public JsonNode simulateInbound(String numberId, String from, String name, String text) {
    ObjectNode body = json.createObjectNode();
    body.put("from", from);
    if (name != null && !name.isBlank()) {
      body.put("name", name);
    }
    body.put("text", text);
    return send("POST", "/v1/sandbox/numbers/" + numberId + "/inbound", body);
  }

  /** Sandbox control: the phone scans the QR of {@code numberId}. */
  public JsonNode simulateScan(String numberId) {
    return send("POST", "/v1/sandbox/numbers/" + numberId + "/scan", json.createObjectNode());
  }

  private JsonNode send(String method, String path, JsonNode body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(TIMEOUT)
        .header("x-api-key", tenantKey)
        .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new PlatformException(502, "The platform at " + baseUrl + " cannot be reached: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformException(502, "Interrupted while calling the platform");
    }
    JsonNode parsed = parse(response.body());
    if (response.statusCode() >= 400) {
      String message = parsed.path("error").path("message").asText("HTTP " + response.statusCode());
      throw new PlatformException(response.statusCode(), message);
    }
    return parsed;
  }

  private JsonNode parse(String body) {
    try {
      return body == null || body.isEmpty() ? json.createObjectNode() : json.readTree(body);
    } catch (IOException e) {
      return json.createObjectNode();
    }
  }
}
