package com.pilotstatus.embed.platform.session;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.admin;
import static com.pilotstatus.embed.platform.testing.Sandbox.bearer;
import static com.pilotstatus.embed.platform.testing.Sandbox.key;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import com.pilotstatus.embed.platform.testing.SandboxTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 10 (the platform half), from the attacker's side: a chat token that leaked can be revoked, and
 * then neither it nor any token refreshed from it opens anything. Before the fix there was no way to revoke a
 * session: {@code DELETE /v1/embed/sessions/{jti}} was 404 (no route) and the token kept working until it expired.
 */
class RevocationTest extends SandboxTest {

  @Test
  void a_revoked_session_is_refused_everywhere_including_refresh() throws Exception {
    String leaked = sandbox.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
    String refreshed = api.post("/v1/embed/sessions/refresh", "", bearer(leaked)).at("/token");
    assertThat(api.get("/v1/embed/chat/summary", bearer(refreshed)).status()).isEqualTo(200);

    Reply revoked = api.delete("/v1/embed/sessions/" + jti(leaked), tenant());

    assertThat(revoked.status()).isEqualTo(204);
    for (String token : new String[] {leaked, refreshed}) {
      Reply summary = api.get("/v1/embed/chat/summary", bearer(token));
      assertThat(summary.status()).isEqualTo(401);
      assertThat(summary.errorCode()).isEqualTo("unauthorized");
      assertThat(api.get("/v1/embed/chat/conversations", bearer(token)).status()).isEqualTo(401);
      assertThat(api.post("/v1/embed/sessions/refresh", "", bearer(token)).status()).isEqualTo(401);
    }
    String other = sandbox.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
    assertThat(api.get("/v1/embed/chat/summary", bearer(other)).status()).as("another session").isEqualTo(200);
  }

  @Test
  void another_tenant_cannot_revoke_and_learns_nothing() throws Exception {
    String token = sandbox.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
    Reply foreign = api.delete("/v1/embed/sessions/" + jti(token), key(sandbox.newTenantKey()));
    Reply unknown = api.delete("/v1/embed/sessions/00000000-0000-4000-8000-000000000000", tenant());

    assertThat(foreign.status()).isEqualTo(404);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(foreign.errorCode()).isEqualTo(unknown.errorCode());
    assertThat(api.delete("/v1/embed/sessions/" + jti(token)).status()).isEqualTo(401);
    assertThat(api.get("/v1/embed/chat/summary", bearer(token)).status()).isEqualTo(200);
  }

  @Test
  void rotating_with_revoke_previous_refuses_every_earlier_token() {
    String before = sandbox.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
    Reply rotated = api.post("/v1/sandbox/keys/rotate", Api.json("revokePrevious", true), admin());
    assertThat(rotated.status()).isEqualTo(200);

    assertThat(api.get("/v1/embed/chat/summary", bearer(before)).status()).isEqualTo(401);
    assertThat(api.post("/v1/embed/sessions/refresh", "", bearer(before)).status()).isEqualTo(401);
    assertThat(api.get("/v1/.well-known/jwks.json").json().get("keys")).hasSize(1);
    String after = sandbox.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
    assertThat(api.get("/v1/embed/chat/summary", bearer(after)).status()).isEqualTo(200);
  }

  private static String jti(String jwt) throws Exception {
    String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    return Api.JSON.readTree(payload).get("jti").asText();
  }
}
