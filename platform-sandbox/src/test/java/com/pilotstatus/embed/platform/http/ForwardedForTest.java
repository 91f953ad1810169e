package com.pilotstatus.embed.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pilotstatus.embed.platform.SandboxTrust;
import com.pilotstatus.embed.platform.testing.MutableClock;
import com.pilotstatus.embed.platform.testing.Sandbox;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 6, from the attacker's side: a client cannot pick its own address. Before the fix every request's
 * {@code X-Forwarded-For} was believed, so one client guessing pairing tokens escaped the per-IP limit by writing a
 * new address into each request.
 */
class ForwardedForTest {

  @Test
  void forged_forwarded_for_does_not_escape_the_per_ip_limit() {
    MutableClock clock = MutableClock.startingNow();
    try (Sandbox sandbox = Sandbox.start(clock, Sandbox.config(clock).withPublicLimitPerIp(3)
        .withPublicLimitPerToken(1000))) {
      int limited = 0;
      for (int i = 0; i < 10; i++) {
        int status = sandbox.api.get("/v1/remote-pairing/" + UUID.randomUUID(),
            "X-Forwarded-For", "198.51.100." + i).status();
        limited += status == 429 ? 1 : 0;
      }
      assertThat(limited).as("requests over the limit of 3 per client").isEqualTo(7);
    }
  }

  @Test
  void a_trusted_proxy_forwards_the_client_address() {
    MutableClock clock = MutableClock.startingNow();
    SandboxTrust behindProxy = SandboxTrust.closed().withAdminKey(Sandbox.ADMIN_KEY)
        .withTrustedProxies(TrustedProxies.loopback());
    try (Sandbox sandbox = Sandbox.start(clock, Sandbox.config(clock).withPublicLimitPerIp(3)
        .withPublicLimitPerToken(1000).withTrust(behindProxy))) {
      for (int i = 0; i < 10; i++) {
        assertThat(sandbox.api.get("/v1/remote-pairing/" + UUID.randomUUID(),
            "X-Forwarded-For", "198.51.100." + i).status()).isEqualTo(404);
      }
      // what the client wrote to the left is not believed: the right-most untrusted hop is the client
      for (int i = 0; i < 3; i++) {
        sandbox.api.get("/v1/remote-pairing/" + UUID.randomUUID(), "X-Forwarded-For", "10.0.0." + i + ", 203.0.113.9");
      }
      assertThat(sandbox.api.get("/v1/remote-pairing/" + UUID.randomUUID(),
          "X-Forwarded-For", "10.0.0.77, 203.0.113.9").status()).isEqualTo(429);
    }
  }

  @Test
  void trusted_proxies_parse_ips_and_cidrs_only() {
    TrustedProxies proxies = TrustedProxies.parse("PS_TRUSTED_PROXIES", "10.1.0.0/16, ::1, 192.0.2.7");
    assertThat(proxies.contains("10.1.200.3")).isTrue();
    assertThat(proxies.contains("10.2.0.1")).isFalse();
    assertThat(proxies.contains("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(proxies.contains("192.0.2.7")).isTrue();
    assertThat(proxies.contains("localhost")).as("names are never resolved").isFalse();
    assertThat(TrustedProxies.parse("k", " ").isEmpty()).isTrue();
    assertThatThrownBy(() -> TrustedProxies.parse("PS_TRUSTED_PROXIES", "gw.local"))
        .hasMessageContaining("PS_TRUSTED_PROXIES");
  }
}
