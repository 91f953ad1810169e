package com.pilotstatus.embed.platform.http;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.admin;
import static com.pilotstatus.embed.platform.testing.Sandbox.bearer;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.SandboxTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 8: an answer that carries a chat token, a pairing link or an API key must not be kept by any cache
 * between the platform and the host backend. Before the fix none of them said {@code Cache-Control: no-store}.
 */
class NoStoreTest extends SandboxTest {

  @Test
  void every_answer_carrying_a_secret_is_no_store() {
    Reply minted = api.post("/v1/embed/sessions", Api.json("surface", "chat", "whatsappNumberIds",
        List.of(DEMO_NUMBER), "allowedOrigins", List.of("https://app.example.com")), tenant());
    Reply refreshed = api.post("/v1/embed/sessions/refresh", "", bearer(minted.at("/token")));
    Reply link = api.post("/v1/numbers/remote-pairing", Api.json("name", "x", "number", "+5511999990000"), tenant());
    Reply tenantKey = api.post("/v1/sandbox/tenants", "{}", admin());
    Reply numberKey = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/keys", "{}", tenant());
    Reply refused = api.post("/v1/embed/sessions/refresh", "", bearer("not-a-token"));
    for (Reply reply : List.of(minted, refreshed, link, tenantKey, numberKey, refused)) {
      assertThat(reply.headers().firstValue("Cache-Control")).as(reply.text()).hasValue("no-store");
    }
  }

  @Test
  void jwks_stays_cacheable() {
    assertThat(api.get("/v1/.well-known/jwks.json").headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=300");
  }
}
