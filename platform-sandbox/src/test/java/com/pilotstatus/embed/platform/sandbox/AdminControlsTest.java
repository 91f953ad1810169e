package com.pilotstatus.embed.platform.sandbox;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.NUMBER_KEY;
import static com.pilotstatus.embed.platform.testing.Sandbox.admin;
import static com.pilotstatus.embed.platform.testing.Sandbox.key;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.SandboxTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 2, from the attacker's side: a tenant must not reach past its own tenant. Before the fix any tenant
 * key could rotate everyone's signing key, make everyone's sends fail and create tenants.
 */
class AdminControlsTest extends SandboxTest {

  private static final List<String[]> PLATFORM_WIDE = List.of(
      new String[] {"/v1/sandbox/keys/rotate", "{}"},
      new String[] {"/v1/sandbox/faults", "{\"sendFailures\":0}"},
      new String[] {"/v1/sandbox/tenants", "{}"});

  @Test
  void tenant_key_is_403_on_every_platform_wide_control() {
    String otherTenant = sandbox.newTenantKey();
    for (String[] control : PLATFORM_WIDE) {
      for (String apiKey : new String[] {tenant()[1], NUMBER_KEY, otherTenant}) {
        Reply reply = api.post(control[0], control[1], key(apiKey));
        assertThat(reply.status()).as(control[0]).isEqualTo(403);
        assertThat(reply.errorCode()).isEqualTo("forbidden");
      }
    }
  }

  @Test
  void no_key_or_a_wrong_key_is_401_on_platform_wide_controls() {
    for (String[] control : PLATFORM_WIDE) {
      assertThat(api.post(control[0], control[1]).status()).as(control[0]).isEqualTo(401);
      assertThat(api.post(control[0], control[1], key("ps_guess_admin")).status()).isEqualTo(401);
    }
  }

  @Test
  void admin_key_drives_the_platform_wide_controls() {
    for (String[] control : PLATFORM_WIDE) {
      assertThat(api.post(control[0], control[1], admin()).status()).as(control[0]).isBetween(200, 201);
    }
  }

  @Test
  void admin_key_is_not_a_tenant_key() {
    assertThat(api.get("/v1/numbers", admin()).status()).isEqualTo(401);
  }

  @Test
  void tenant_keeps_its_own_controls() {
    assertThat(api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound",
        Api.json("from", "+5511977776666", "text", "oi"), tenant()).status()).isEqualTo(201);
    assertThat(api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/keys", "{}", tenant()).status()).isEqualTo(201);
  }
}
