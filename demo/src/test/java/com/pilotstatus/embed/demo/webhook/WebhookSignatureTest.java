package com.pilotstatus.embed.demo.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final Instant NOW = Instant.parse("2026-11-23T18:00:00Z");
  private final WebhookSignature signature = new WebhookSignature("whsec_test", Clock.fixed(NOW, ZoneOffset.UTC));
  private final String timestamp = Long.toString(NOW.getEpochSecond());
  private final String body = "{\"id\":\"evt_1\",\"type\":\"number.connected\"}";

  private String header(String secret, String ts, String payload) {
    return "v1=" + new WebhookSignature(secret, Clock.systemUTC()).sign(ts + "." + payload);
  }

  @Test
  void genuineSignature_isValid() {
    assertThat(signature.isValid(timestamp, header("whsec_test", timestamp, body), body)).isTrue();
  }

  @Test
  void knownHmacVector_matches() {
    // RFC 4231-style check that sign() is plain hex HMAC-SHA256 (computed independently with openssl).
    assertThat(new WebhookSignature("key", Clock.systemUTC()).sign("The quick brown fox jumps over the lazy dog"))
        .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
  }

  @Test
  void tamperedBody_isRejected() {
    String forged = body.replace("connected", "removed");

    assertThat(signature.isValid(timestamp, header("whsec_test", timestamp, body), forged)).isFalse();
  }

  @Test
  void wrongSecret_isRejected() {
    assertThat(signature.isValid(timestamp, header("whsec_other", timestamp, body), body)).isFalse();
  }

  @Test
  void staleTimestamp_isRejectedEvenWithAGoodSignature() {
    String old = Long.toString(NOW.minusSeconds(301).getEpochSecond());

    assertThat(signature.isValid(old, header("whsec_test", old, body), body)).isFalse();
  }

  @Test
  void missingOrMalformedHeaders_areRejected() {
    assertThat(signature.isValid(null, header("whsec_test", timestamp, body), body)).isFalse();
    assertThat(signature.isValid(timestamp, null, body)).isFalse();
    assertThat(signature.isValid("yesterday", "v1=abc", body)).isFalse();
    assertThat(signature.isValid(timestamp, "v0=" + signature.sign(timestamp + "." + body), body)).isFalse();
  }
}
