package com.pilotstatus.embed.platform.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.SandboxTrust;
import com.pilotstatus.embed.platform.http.TrustedProxies;
import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.MutableClock;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 429 with Retry-After when the public token endpoints are hammered, per client IP and per token. The clients come
 * through a trusted proxy on loopback (as connect-app's calls do), which names each one in X-Forwarded-For.
 */
class PublicRateLimitTest {

  private static final SandboxTrust BEHIND_PROXY = SandboxTrust.closed().withAdminKey(Sandbox.ADMIN_KEY)
      .withTrustedProxies(TrustedProxies.loopback());

  @Test
  void hammering_one_token_is_429_with_retry_after_then_recovers() {
    MutableClock clock = MutableClock.startingNow();
    try (Sandbox sandbox = Sandbox.start(clock, Sandbox.config(clock).withPublicLimitPerIp(1000)
        .withPublicLimitPerToken(5).withTrust(BEHIND_PROXY))) {
      String token = sandbox.pairingLink(Api.json("name", "x", "number", "+5511999999999"));
      for (int i = 0; i < 5; i++) {
        assertThat(sandbox.api.get("/v1/remote-pairing/" + token + "/status",
            "X-Forwarded-For", "203.0.113." + i).status()).isEqualTo(200);
      }
      Reply limited = sandbox.api.get("/v1/remote-pairing/" + token + "/status", "X-Forwarded-For", "203.0.113.99");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.errorCode()).isEqualTo("rate_limited");
      assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
      clock.advance(Duration.ofMinutes(1));
      assertThat(sandbox.api.get("/v1/remote-pairing/" + token + "/status").status()).isEqualTo(200);
    }
  }

  @Test
  void one_client_guessing_tokens_is_429_per_ip() {
    MutableClock clock = MutableClock.startingNow();
    try (Sandbox sandbox = Sandbox.start(clock, Sandbox.config(clock).withPublicLimitPerIp(3)
        .withPublicLimitPerToken(1000).withTrust(BEHIND_PROXY))) {
      for (int i = 0; i < 3; i++) {
        assertThat(sandbox.api.get("/v1/remote-pairing/" + UUID.randomUUID(), "X-Forwarded-For", "198.51.100.7")
            .status()).isEqualTo(404);
      }
      assertThat(sandbox.api.get("/v1/remote-pairing/" + UUID.randomUUID(), "X-Forwarded-For", "198.51.100.7")
          .status()).isEqualTo(429);
      assertThat(sandbox.api.get("/v1/remote-pairing/" + UUID.randomUUID(), "X-Forwarded-For", "198.51.100.8")
          .status()).as("another client").isEqualTo(404);
    }
  }
}
