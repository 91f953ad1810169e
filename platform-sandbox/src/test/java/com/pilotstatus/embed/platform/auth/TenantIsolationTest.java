package com.pilotstatus.embed.platform.auth;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.bearer;
import static com.pilotstatus.embed.platform.testing.Sandbox.key;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import com.pilotstatus.embed.platform.testing.SandboxTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tenant A's key never sees tenant B's numbers, links, branding or conversations; a number key never sees another
 * number. Everything outside a scope answers exactly like something that does not exist.
 */
class TenantIsolationTest extends SandboxTest {

  static String keyB;
  static String numberB;

  @BeforeAll
  static void createTenantB() {
    keyB = sandbox.newTenantKey();
    numberB = sandbox.createNumber(keyB, "5511966660000");
    assertThat(api.post("/v1/sandbox/numbers/" + numberB + "/inbound",
        Api.json("from", "+5511966661111", "text", "B only"), key(keyB)).status()).isEqualTo(201);
  }

  @Test
  void tenant_lists_only_its_own_numbers() {
    assertThat(api.get("/v1/numbers", tenant()).text()).doesNotContain(numberB);
    assertThat(Api.texts(api.get("/v1/numbers", key(keyB)).json().get("data"), "/id")).contains(numberB)
        .doesNotContain(DEMO_NUMBER);
  }

  @Test
  void another_tenants_number_is_404_for_every_number_endpoint() {
    assertThat(api.get("/v1/numbers/" + numberB + "/connect", tenant()).status()).isEqualTo(404);
    assertThat(api.delete("/v1/numbers/" + numberB, tenant()).status()).isEqualTo(404);
    assertThat(api.post("/v1/sandbox/numbers/" + numberB + "/scan", "", tenant()).status()).isEqualTo(404);
    assertThat(api.post("/v1/sandbox/numbers/" + numberB + "/inbound", Api.json("from", "+5511900000000",
        "text", "x"), tenant()).status()).isEqualTo(404);
    assertThat(api.post("/v1/embed/sessions", Api.json("surface", "chat", "whatsappNumberIds", List.of(numberB),
        "allowedOrigins", List.of("https://a.com")), tenant()).status()).isEqualTo(404);
  }

  @Test
  void chat_token_of_one_tenant_never_reads_the_other_tenants_conversations() {
    String tokenB = sandbox.chatToken(keyB, numberB);
    String conversationB = api.get("/v1/embed/chat/conversations", bearer(tokenB)).json().at("/data/0/id").asText();
    String tokenA = sandbox.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
    assertThat(api.get("/v1/embed/chat/conversations/" + conversationB, bearer(tokenA)).status()).isEqualTo(404);
    assertThat(api.get("/v1/embed/chat/conversations?limit=100", bearer(tokenA)).text()).doesNotContain("B only");
    // Positive control: B's own token does see it, so the absence above is isolation, not a missing message.
    assertThat(conversationB).startsWith("cv_");
    assertThat(api.get("/v1/embed/chat/conversations?limit=100", bearer(tokenB)).text()).contains("B only");
    assertThat(api.get("/v1/embed/chat/conversations", bearer(tokenB)).text()).doesNotContain("Mariana");
  }

  @Test
  void branding_and_pairing_links_stay_with_their_tenant() {
    api.put("/v1/branding", Api.json("branding", Map.of("companyName", "Tenant B Co")), key(keyB));
    assertThat(api.get("/v1/branding", tenant()).text()).doesNotContain("Tenant B Co");
    Reply link = api.post("/v1/numbers/remote-pairing", Api.json("name", "B link", "number", "+5511966662222"),
        key(keyB));
    String numberOfLink = link.at("/instance/id");
    assertThat(api.get("/v1/numbers", tenant()).text()).doesNotContain(numberOfLink);
    String url = link.at("/remotePairingUrl");
    String token = url.substring(url.lastIndexOf('/') + 1);
    assertThat(api.get("/v1/connect/" + token + "/branding").at("/branding/companyName")).isEqualTo("Tenant B Co");
  }

  @Test
  void number_key_never_sees_another_number_of_its_own_tenant() {
    String sibling = sandbox.createNumber(Sandbox.TENANT_KEY, "5511966663333");
    assertThat(api.get("/v1/numbers", key(Sandbox.NUMBER_KEY)).text()).doesNotContain(sibling);
    assertThat(api.get("/v1/numbers/" + sibling + "/connect", key(Sandbox.NUMBER_KEY)).status()).isEqualTo(404);
    assertThat(api.post("/v1/embed/sessions", Api.json("surface", "chat", "whatsappNumberIds", List.of(sibling),
        "allowedOrigins", List.of("https://a.com")), key(Sandbox.NUMBER_KEY)).status()).isEqualTo(404);
  }
}
