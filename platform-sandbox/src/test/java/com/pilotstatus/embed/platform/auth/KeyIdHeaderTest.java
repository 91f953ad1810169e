package com.pilotstatus.embed.platform.auth;

import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.SandboxTrust;
import com.pilotstatus.embed.platform.http.TrustedProxies;
import com.pilotstatus.embed.platform.testing.MutableClock;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import com.pilotstatus.embed.platform.testing.SandboxTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 1, from the attacker's side: a key id is not a secret. Before the fix, {@code x-api-key-id:
 * key_demo_tenant} with no secret answered 200 on {@code GET /v1/numbers} and on the key rotation.
 */
class KeyIdHeaderTest extends SandboxTest {

  private static final Pattern RANDOM_KEY_ID = Pattern.compile("key_[0-9a-f]{32}");

  @Test
  void key_id_header_without_secret_is_401_by_default() {
    String keyId = sandbox.api.post("/v1/sandbox/tenants", "{}", Sandbox.admin()).at("/apiKeyId");
    for (String guess : new String[] {"key_demo_tenant", keyId}) {
      Reply reply = api.get("/v1/numbers", "x-api-key-id", guess);
      assertThat(reply.status()).as(guess).isEqualTo(401);
      assertThat(reply.errorCode()).isEqualTo("unauthorized");
      assertThat(reply.at("/error/message")).contains("x-api-key");
    }
  }

  @Test
  void key_id_header_cannot_rotate_the_signing_key() {
    Reply reply = api.post("/v1/sandbox/keys/rotate", "", "x-api-key-id", "key_demo_tenant");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.errorCode()).isEqualTo("unauthorized");
  }

  @Test
  void key_ids_are_random_128_bit_values_not_names() {
    Reply created = api.post("/v1/sandbox/tenants", "{\"name\":\"Acme\"}", Sandbox.admin());
    assertThat(created.at("/apiKeyId")).matches(RANDOM_KEY_ID);
    String numberKeyId = api.post("/v1/sandbox/numbers/" + Sandbox.DEMO_NUMBER + "/keys", "{}", tenant())
        .at("/apiKeyId");
    assertThat(numberKeyId).matches(RANDOM_KEY_ID);
    assertThat(DemoSeedIds.tenantKeyId()).matches(RANDOM_KEY_ID);
  }

  @Test
  void key_id_header_is_accepted_only_when_enabled_and_from_a_trusted_proxy() {
    MutableClock clock = MutableClock.startingNow();
    SandboxTrust trustingLoopback = SandboxTrust.closed().withAdminKey(Sandbox.ADMIN_KEY).withTrustKeyIdHeader(true)
        .withTrustedProxies(TrustedProxies.loopback());
    try (Sandbox gateway = Sandbox.start(clock, Sandbox.config(clock).withTrust(trustingLoopback))) {
      assertThat(gateway.api.get("/v1/numbers", "x-api-key-id", DemoSeedIds.tenantKeyId()).status())
          .isEqualTo(200);
      assertThat(gateway.api.get("/v1/numbers", "x-api-key-id", "key_demo_tenant").status()).isEqualTo(401);
    }
    SandboxTrust enabledButNoProxy = SandboxTrust.closed().withAdminKey(Sandbox.ADMIN_KEY)
        .withTrustKeyIdHeader(true).withTrustedProxies(TrustedProxies.parse("test", "10.9.9.9"));
    try (Sandbox direct = Sandbox.start(clock, Sandbox.config(clock).withTrust(enabledButNoProxy))) {
      assertThat(direct.api.get("/v1/numbers", "x-api-key-id", DemoSeedIds.tenantKeyId()).status())
          .as("from a peer that is not a trusted proxy").isEqualTo(401);
    }
  }

  /** The demo tenant key's id as the sandbox generated it. */
  private static final class DemoSeedIds {
    static String tenantKeyId() {
      return com.pilotstatus.embed.platform.sandbox.DemoSeed.TENANT_KEY_ID;
    }
  }
}
