package com.pilotstatus.embed.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo backend's endpoints over real HTTP, against the launcher's whole stack: they hand the browser tokens and
 * nothing else, and the tenant key never leaves the server.
 */
class MySaasApiTest {

  private static DemoTestStack stack;

  @BeforeAll
  static void start() {
    stack = DemoTestStack.start();
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  private static JsonNode claims(String jwt) throws Exception {
    String[] parts = jwt.split("\\.");
    assertThat(parts).hasSize(3);
    return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
  }

  @Test
  void embed_token_answer_holds_only_a_chat_jwt_for_the_demo_origin() throws Exception {
    DemoTestStack.Answer answer = stack.get(stack.demo + "/api/my-saas/embed-token");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode body = answer.json();
    assertThat(body.fieldNames()).toIterable().containsExactly("token");
    JsonNode claims = claims(body.path("token").asText());
    assertThat(claims.path("surface").asText()).isEqualTo("chat");
    assertThat(claims.path("allowedOrigins").get(0).asText()).isEqualTo(stack.demo);
    assertThat(claims.path("allowedOrigins")).hasSize(1);
    assertThat(claims.path("whatsappNumberIds").toString()).contains("wa_demo");
    assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(900);
  }

  @Test
  void embed_token_ttl_is_kept_within_the_platforms_bounds() throws Exception {
    JsonNode claims = claims(stack.get(stack.demo + "/api/my-saas/embed-token?ttlSeconds=5").json()
        .path("token").asText());

    assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(60);
    assertThat(stack.get(stack.demo + "/api/my-saas/embed-token?ttlSeconds=soon").status()).isEqualTo(400);
  }

  @Test
  void pairing_token_answer_holds_only_the_link_token_and_its_hosted_url() {
    DemoTestStack.Answer answer = stack.get(stack.demo + "/api/my-saas/pairing-token");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode body = answer.json();
    assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder("token", "url");
    String token = body.path("token").asText();
    assertThat(token).matches("[0-9a-f-]{36}");
    assertThat(body.path("url").asText()).isEqualTo(stack.connect + "/connect/" + token);
    assertThat(stack.get(stack.platform + "/v1/remote-pairing/" + token).json().path("valid").asBoolean()).isTrue();
  }

  @Test
  void tenant_key_is_in_no_page_asset_or_answer_of_the_demo() throws Exception {
    assertThat(stack.post(stack.demo + "/api/demo/inbound", "{\"from\":\"+5511911112222\",\"text\":\"hi\"}",
        Map.of()).status()).isEqualTo(201);
    String pairing = stack.get(stack.demo + "/api/my-saas/pairing-token").json().path("token").asText();
    assertThat(scanWithThePanel(pairing)).isEqualTo(200);
    assertThat(DemoTestStack.eventually(3000,
        () -> stack.get(stack.demo + "/api/demo/webhooks").body().contains("number."))).isTrue();

    for (String path : List.of("/", "/connect", "/snippet/chat", "/snippet/connect", "/assets/inbox.js",
        "/assets/connect.js", "/assets/host-log.js", "/assets/demo.css", "/api/my-saas/embed-token",
        "/api/my-saas/pairing-token", "/api/demo/webhooks", "/no-such-page")) {
      DemoTestStack.Answer answer = stack.get(stack.demo + path);
      assertThat(answer.body()).as(path).doesNotContain(DemoTestStack.TENANT_KEY).doesNotContain("x-api-key");
      answer.raw().headers().map().forEach((name, values) ->
          assertThat(values.toString()).as(path + " header " + name).doesNotContain(DemoTestStack.TENANT_KEY));
    }
  }

  @Test
  void pages_load_embed_js_from_the_cdn_and_hold_the_seed_snippets_in_module_scripts() {
    for (String path : List.of("/", "/connect", "/snippet/chat", "/snippet/connect")) {
      assertThat(stack.get(stack.demo + path).body()).as(path)
          .contains("<script src=\"" + stack.cdn + "/embed.js\"></script>");
    }
    assertThat(stack.get(stack.demo + "/snippet/chat").body())
        .contains("<script type=\"module\">\n  PilotStatus.init();\n"
            + "  const { token } = await fetch(\"/api/my-saas/embed-token\").then(r => r.json());");
    assertThat(stack.get(stack.demo + "/snippet/connect").body())
        .contains("<script type=\"module\">\n  PilotStatus.init();\n"
            + "  const { token } = await fetch(\"/api/my-saas/pairing-token\").then(r => r.json());");
  }

  @Test
  void sandbox_panel_scan_of_an_unknown_link_is_404_and_inbound_needs_a_sender_and_text() {
    assertThat(stack.post(stack.demo + "/api/demo/scan", "{\"token\":\"nope\"}", Map.of()).status()).isEqualTo(404);
    assertThat(stack.post(stack.demo + "/api/demo/inbound", "{\"text\":\"hi\"}", Map.of()).status()).isEqualTo(400);
  }

  @Test
  void sandbox_panel_scan_connects_the_links_number() throws Exception {
    String token = stack.get(stack.demo + "/api/my-saas/pairing-token").json().path("token").asText();

    assertThat(scanWithThePanel(token)).isEqualTo(200);

    assertThat(DemoTestStack.eventually(5000, () -> "open".equals(
        stack.get(stack.platform + "/v1/remote-pairing/" + token + "/status").json().path("phase").asText())))
        .isTrue();
  }

  /**
   * Issue 14: after the 50th number paired on one stack the inbox stopped loading, because the token endpoint asked
   * the platform for a session over every connected number (400 "whatsappNumberIds must list 1 to 50 numbers").
   */
  @Test
  void embed_token_with_more_than_50_connected_numbers_covers_50_seeded_number_first() throws Exception {
    for (int i = 0; i < 55; i++) {
      String digits = String.format("55119%08d", 70_000_000 + i);
      DemoTestStack.Answer created = stack.post(stack.platform + "/v1/numbers/meta", "{\"name\":\"Bulk " + i
          + "\",\"number\":\"+" + digits + "\",\"wabaId\":\"1" + digits.substring(4) + "\",\"phoneNumberId\":\"2"
          + digits.substring(4) + "\",\"accessToken\":\"EAAtesttesttesttesttest" + i + "\"}",
          Map.of("x-api-key", DemoTestStack.TENANT_KEY));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    DemoTestStack.Answer answer = stack.get(stack.demo + "/api/my-saas/embed-token");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode numbers = claims(answer.json().path("token").asText()).path("whatsappNumberIds");
    assertThat(numbers).hasSize(50);
    assertThat(numbers.get(0).asText()).isEqualTo("wa_demo");
  }

  /**
   * Issue 14: "Scan the QR code" was enabled before the connect iframe had started the link's QR batch, and a scan in
   * that window got 409 with nothing visible. The panel now starts the batch itself.
   */
  @Test
  void sandbox_panel_scan_before_the_connect_page_started_a_batch_still_connects() throws Exception {
    String token = stack.get(stack.demo + "/api/my-saas/pairing-token").json().path("token").asText();

    DemoTestStack.Answer scan = stack.post(stack.demo + "/api/demo/scan", "{\"token\":\"" + token + "\"}", Map.of());

    assertThat(scan.status()).as(scan.body()).isEqualTo(200);
    assertThat(DemoTestStack.eventually(5000, () -> "open".equals(
        stack.get(stack.platform + "/v1/remote-pairing/" + token + "/status").json().path("phase").asText())))
        .isTrue();
  }

  /** Opens the link's QR phase on the platform, as the connect page does, then scans it from the sandbox panel. */
  private int scanWithThePanel(String pairingToken) {
    // The link's number is CLOSE until a connection starts; scanning it before would be refused with 409.
    assertThat(stack.post(stack.platform + "/v1/remote-pairing/" + pairingToken + "/connect", "{}", Map.of())
        .status()).isEqualTo(200);
    return stack.post(stack.demo + "/api/demo/scan", "{\"token\":\"" + pairingToken + "\"}", Map.of()).status();
  }
}
