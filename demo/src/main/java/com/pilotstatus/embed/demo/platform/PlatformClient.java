package com.pilotstatus.embed.demo.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pilotstatus.embed.kit.platform.Credential;
import com.pilotstatus.embed.kit.platform.EmbedSession;
import com.pilotstatus.embed.kit.platform.PlatformHttp;
import com.pilotstatus.embed.kit.platform.PlatformRejected;
import com.pilotstatus.embed.kit.platform.PlatformRequest;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The demo backend's calls to the platform, made the way seed 000/001 tell a SaaS backend to: server-side, with the
 * tenant key in {@code x-api-key}. Only tokens ever go back to the browser. Transport, retries and the
 * {@code PlatformUnavailable}/{@code PlatformRejected} errors are the kit's {@link PlatformHttp}.
 */
public final class PlatformClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final PlatformHttp http;
  private final Credential tenantKey;

  public PlatformClient(URI baseUrl, String tenantKey, MeterRegistry meters) {
    this.http = new PlatformHttp(baseUrl, TIMEOUT, meters, "demo");
    this.tenantKey = Credential.apiKey(tenantKey);
  }

  /** {@code GET /v1/numbers}: the tenant's numbers. */
  public JsonNode listNumbers() {
    return http.call(PlatformRequest.get("/v1/numbers").as(tenantKey)).path("data");
  }

  /** {@code POST /v1/embed/sessions}: a chat JWT for these numbers, embeddable from these origins. */
  public String mintChatToken(List<String> whatsappNumberIds, List<String> allowedOrigins, int ttlSeconds) {
    ObjectNode body = http.json().createObjectNode();
    body.put("surface", "chat");
    body.set("whatsappNumberIds", http.json().valueToTree(whatsappNumberIds));
    body.set("allowedOrigins", http.json().valueToTree(allowedOrigins));
    body.put("ttlSeconds", ttlSeconds);
    return http.call(PlatformRequest.post("/v1/embed/sessions").as(tenantKey).json(body.toString()),
        EmbedSession.class).token();
  }

  /** {@code POST /v1/numbers/remote-pairing}: a hosted pairing link for a new number. */
  public JsonNode createPairingLink(String name, String number) {
    ObjectNode body = http.json().createObjectNode();
    body.put("name", name);
    body.put("number", number);
    body.put("sendViaWhatsApp", false);
    body.set("brandingOverride", http.json().createObjectNode());
    return http.call(PlatformRequest.post("/v1/numbers/remote-pairing").as(tenantKey).json(body.toString()));
  }

  /** Sandbox control: a contact writes to {@code numberId}. */
  public JsonNode simulateInbound(String numberId, String from, String name, String text) {
    ObjectNode body = http.json().createObjectNode();
    body.put("from", from);
    if (name != null && !name.isBlank()) {
      body.put("name", name);
    }
    body.put("text", text);
    return http.call(PlatformRequest.post("/v1/sandbox/numbers/{id}/inbound", numberId).as(tenantKey)
        .json(body.toString()));
  }

  /**
   * Seed 003's public {@code POST /v1/remote-pairing/{token}/connect}: starts the link's QR batch, or returns the one
   * running. A 409 (the number is already OPEN) is left for the caller's next call to report.
   */
  public void startPairing(String pairingToken) {
    try {
      http.call(PlatformRequest.post("/v1/remote-pairing/{token}/connect", pairingToken).json("{}"));
    } catch (PlatformRejected e) {
      if (e.status() != 409) {
        throw e;
      }
    }
  }

  /** Sandbox control: the phone scans the QR of {@code numberId}. */
  public JsonNode simulateScan(String numberId) {
    return http.call(PlatformRequest.post("/v1/sandbox/numbers/{id}/scan", numberId).as(tenantKey).json("{}"));
  }

  /** For {@code /readyz}: throws when the platform does not answer (kept 5 s). */
  public void verifyReachable() {
    http.verifyReachable();
  }
}
