package com.pilotstatus.embed.connect.platform;

import com.pilotstatus.embed.kit.platform.PlatformHttp;
import com.pilotstatus.embed.kit.platform.PlatformReply;
import com.pilotstatus.embed.kit.platform.PlatformRequest;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;

/**
 * connect-app's calls: the platform's public token endpoints (seed 003 and docs/platform-api.md "Remote pairing"),
 * server to server, on the kit's {@link PlatformHttp} (timeouts, reuse, retries, errors, timings). connect-app keeps
 * no state: every answer comes from here, as received, so it can be relayed. The browser's address travels as
 * {@code X-Forwarded-For} so the platform's per-IP rate limit sees the customer, not connect-app.
 *
 * <p>Tokens reach this class already checked by {@link PairingToken}; the kit encodes them into the path anyway.
 */
public final class PlatformClient {

  private final PlatformHttp http;

  public PlatformClient(URI baseUrl, Duration timeout, MeterRegistry meters) {
    this.http = new PlatformHttp(baseUrl, timeout, meters, "connect-app");
  }

  /** {@code GET /v1/remote-pairing/{token}}: the link (name, masked number, state, branding, provider, metaFlow). */
  public PlatformReply link(PairingToken token, String clientIp) {
    return send(PlatformRequest.get("/v1/remote-pairing/{token}", token.value()), clientIp);
  }

  /** {@code POST /v1/remote-pairing/{token}/connect}: starts a QR batch (or returns the current ref). */
  public PlatformReply connect(PairingToken token, String clientIp) {
    return send(PlatformRequest.post("/v1/remote-pairing/{token}/connect", token.value()).json("{}"), clientIp);
  }

  /** {@code GET /v1/remote-pairing/{token}/status}: the pairing phase, the current QR ref and, once open, the number. */
  public PlatformReply status(PairingToken token, String clientIp) {
    return send(PlatformRequest.get("/v1/remote-pairing/{token}/status", token.value()), clientIp);
  }

  /** {@code GET /v1/connect/{token}/branding}. */
  public PlatformReply branding(PairingToken token, String clientIp) {
    return send(PlatformRequest.get("/v1/connect/{token}/branding", token.value()), clientIp);
  }

  /** {@code POST /v1/remote-pairing/{token}/meta/embedded} with {@code { code, wabaId, phoneNumberId }}. */
  public PlatformReply metaEmbedded(PairingToken token, String jsonBody, String clientIp) {
    return send(PlatformRequest.post("/v1/remote-pairing/{token}/meta/embedded", token.value()).json(jsonBody),
        clientIp);
  }

  /** {@code POST /v1/remote-pairing/{token}/meta/credentials} with {@code { wabaId, phoneNumberId, accessToken }}. */
  public PlatformReply metaCredentials(PairingToken token, String jsonBody, String clientIp) {
    return send(PlatformRequest.post("/v1/remote-pairing/{token}/meta/credentials", token.value()).json(jsonBody),
        clientIp);
  }

  /** Serialises {@code value} as a JSON request body. */
  public String toJson(Object value) {
    return http.toJson(value);
  }

  /** For {@code /readyz}: throws when the platform does not answer (kept 5 s). */
  public void verifyReachable() {
    http.verifyReachable();
  }

  private PlatformReply send(PlatformRequest request, String clientIp) {
    return http.exchange(request.header("X-Forwarded-For", clientIp));
  }
}
