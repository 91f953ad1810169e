package com.pilotstatus.embed.demo.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies {@code X-PilotStatus-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>} the way a customer's
 * receiver should: constant-time comparison, and a timestamp within five minutes so a captured delivery cannot be
 * replayed later.
 */
public final class WebhookSignature {

  static final Duration TOLERANCE = Duration.ofMinutes(5);

  private final byte[] secret;
  private final Clock clock;

  public WebhookSignature(String secret, Clock clock) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  /** True when {@code signatureHeader} signs {@code timestamp} and {@code body}, and the timestamp is recent. */
  public boolean isValid(String timestamp, String signatureHeader, String body) {
    if (timestamp == null || signatureHeader == null || body == null) {
      return false;
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      return false;
    }
    if (Math.abs(clock.instant().getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
      return false;
    }
    byte[] expected = sign(timestamp.trim() + "." + body).getBytes(StandardCharsets.US_ASCII);
    for (String part : signatureHeader.split(",")) {
      String candidate = part.trim();
      if (candidate.startsWith("v1=")
          && MessageDigest.isEqual(expected, candidate.substring(3).getBytes(StandardCharsets.US_ASCII))) {
        return true;
      }
    }
    return false;
  }

  /** The hex HMAC-SHA256 of {@code payload} with the secret. */
  public String sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
      }
      return hex.toString();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
