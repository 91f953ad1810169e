package com.pilotstatus.embed.platform.pairing;

import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.MutableClock;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import com.pilotstatus.embed.platform.testing.SandboxTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Hosted pairing links and their public token endpoints (seed 003): the 201 shape, single use, the 24 h expiry under a
 * controlled clock, one answer for unknown/expired/used tokens, and branding precedence. Doesn't cover rate limits
 * ({@link PublicRateLimitTest}) or QR timing ({@code QrBatchTest}).
 */
class RemotePairingTest extends SandboxTest {

  static final String BODY = Api.json("name", "Customer João", "number", "+5511999999999", "linkToApiKey", true,
      "sendViaWhatsApp", false);

  @Test
  void POST_remote_pairing_gives_201_exactly_as_seed_003() {
    Reply reply = api.post("/v1/numbers/remote-pairing", BODY, tenant());
    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.at("/instance/id")).startsWith("wa_");
    assertThat(reply.at("/instance/instanceName")).startsWith("PS-");
    assertThat(reply.at("/instance/number")).isEqualTo("5511999999999");
    assertThat(reply.at("/instance/name")).isEqualTo("Customer João");
    assertThat(reply.at("/instance/state")).isEqualTo("CLOSE");
    assertThat(reply.json().get("instance").has("qrcodeBase64")).as("no QR code is returned").isFalse();
    String url = reply.at("/remotePairingUrl");
    assertThat(url).startsWith("http://connect.test:8082/connect/");
    assertThat(UUID.fromString(url.substring(url.lastIndexOf('/') + 1))).isNotNull();
    assertThat(reply.at("/maskedNumber")).isEqualTo("+551199****9999");
    assertThat(reply.json().get("messageSent").asBoolean()).isFalse();
    assertThat(reply.json().has("messageError")).isFalse();
  }

  @Test
  void sendViaWhatsApp_without_the_template_still_creates_the_link() {
    Reply reply = api.post("/v1/numbers/remote-pairing",
        Api.json("name", "Support", "number", "5511999999999", "sendViaWhatsApp", true), tenant());
    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.at("/remotePairingUrl")).contains("/connect/");
    assertThat(reply.json().get("messageSent").asBoolean()).isFalse();
    assertThat(reply.at("/messageError")).contains("pilot_status_remote_pairing");
  }

  @Test
  void public_GET_shows_the_link_without_auth() {
    String token = sandbox.pairingLink(BODY);
    Reply reply = api.get("/v1/remote-pairing/" + token);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("valid").asBoolean()).isTrue();
    assertThat(reply.at("/name")).isEqualTo("Customer João");
    assertThat(reply.at("/maskedNumber")).isEqualTo("+551199****9999");
    assertThat(reply.at("/state")).isEqualTo("CLOSE");
    assertThat(reply.json().get("branding").isObject()).isTrue();
  }

  @Test
  void viewing_the_link_many_times_never_consumes_it() {
    String token = sandbox.pairingLink(BODY);
    for (int i = 0; i < 5; i++) {
      assertThat(api.get("/v1/remote-pairing/" + token).status()).isEqualTo(200);
      assertThat(api.get("/v1/connect/" + token + "/branding").status()).isEqualTo(200);
      assertThat(api.get("/v1/remote-pairing/" + token + "/status").status()).isEqualTo(200);
    }
    assertThat(api.post("/v1/remote-pairing/" + token + "/connect", "{}").status()).isEqualTo(200);
  }

  @Test
  void connect_starts_a_qr_batch_and_scan_then_linking_makes_it_open_and_consumes_the_token() {
    String token = sandbox.pairingLink(BODY);
    Reply connect = api.post("/v1/remote-pairing/" + token + "/connect", "");
    assertThat(connect.status()).isEqualTo(200);
    assertThat(connect.at("/qrcodeBase64")).startsWith("data:image/png;base64,");
    assertThat(connect.at("/pairingCode")).matches("[1-9A-HJ-NP-TV-Z]{4}-[1-9A-HJ-NP-TV-Z]{4}");
    assertThat(connect.at("/refIndex")).isEqualTo("1");
    assertThat(connect.at("/refCount")).isEqualTo("6");
    String numberId = numberOf(token);

    Reply scan = api.post("/v1/sandbox/numbers/" + numberId + "/scan", "", tenant());
    assertThat(scan.status()).isEqualTo(200);
    assertThat(scan.at("/phase")).isEqualTo("linking");
    assertThat(api.get("/v1/remote-pairing/" + token + "/status").at("/phase")).isEqualTo("linking");

    sandbox.clock.advance(Duration.ofMillis(1_500));
    Reply status = api.get("/v1/remote-pairing/" + token + "/status");
    assertThat(status.at("/state")).isEqualTo("OPEN");
    assertThat(status.at("/phase")).isEqualTo("open");
    assertThat(status.json().get("isFullyConnected").asBoolean()).isTrue();
    assertThat(status.at("/numberId")).isEqualTo(numberId);

    assertThat(api.get("/v1/remote-pairing/" + token).status()).as("used").isEqualTo(404);
    assertThat(api.post("/v1/remote-pairing/" + token + "/connect", "").status())
        .as("connect when OPEN").isEqualTo(409);
    sandbox.clock.advance(PairingService.CONFIRM_WINDOW);
    assertThat(api.get("/v1/remote-pairing/" + token + "/status").status()).isEqualTo(404);
  }

  @Test
  void unknown_expired_and_used_tokens_get_the_same_answer() {
    MutableClock clock = MutableClock.startingNow();
    try (Sandbox own = Sandbox.start(clock, Sandbox.config(clock))) {
      String used = own.pairingLink(BODY);
      own.api.post("/v1/remote-pairing/" + used + "/connect", "");
      own.api.post("/v1/sandbox/numbers/" + numberOf(own, used) + "/scan", "", tenant());
      clock.advance(Duration.ofSeconds(2));
      own.api.get("/v1/remote-pairing/" + used + "/status");
      String expiring = own.pairingLink(BODY);
      clock.advance(Duration.ofHours(24));

      Reply unknown = own.api.get("/v1/remote-pairing/" + UUID.randomUUID());
      Reply expired = own.api.get("/v1/remote-pairing/" + expiring);
      Reply consumed = own.api.get("/v1/remote-pairing/" + used);
      assertThat(unknown.status()).isEqualTo(404);
      assertThat(unknown.json().get("valid").asBoolean()).isFalse();
      assertThat(expired.text()).isEqualTo(unknown.text());
      assertThat(consumed.text()).isEqualTo(unknown.text());
      assertThat(own.api.post("/v1/remote-pairing/" + expiring + "/connect", "").text()).isEqualTo(unknown.text());
      assertThat(own.api.get("/v1/connect/" + expiring + "/branding").text()).isEqualTo(unknown.text());
      assertThat(own.api.get("/v1/remote-pairing/" + expiring + "/status").text()).isEqualTo(unknown.text());
    }
  }

  @Test
  void link_lives_24_hours() {
    MutableClock clock = MutableClock.startingNow();
    try (Sandbox own = Sandbox.start(clock, Sandbox.config(clock))) {
      String token = own.pairingLink(BODY);
      clock.advance(Duration.ofHours(24).minusSeconds(1));
      assertThat(own.api.get("/v1/remote-pairing/" + token).status()).isEqualTo(200);
      clock.advance(Duration.ofSeconds(1));
      assertThat(own.api.get("/v1/remote-pairing/" + token).status()).isEqualTo(404);
    }
  }

  @Test
  void branding_is_the_link_override_over_the_tenant_field_by_field() {
    assertThat(api.put("/v1/branding", Api.json("branding", Map.of("primaryColor", "#112233",
        "title", "Tenant title", "companyName", "ACME")), tenant()).status()).isEqualTo(200);
    String token = sandbox.pairingLink(Api.json("name", "x", "number", "+5511999999999",
        "brandingOverride", Map.of("primaryColor", "#FF6600", "title", "Link title")));
    Reply branding = api.get("/v1/connect/" + token + "/branding");
    assertThat(branding.at("/branding/primaryColor")).isEqualTo("#ff6600");
    assertThat(branding.at("/branding/title")).isEqualTo("Link title");
    assertThat(branding.at("/branding/companyName")).isEqualTo("ACME");
    assertThat(api.get("/v1/remote-pairing/" + token).at("/branding/companyName")).isEqualTo("ACME");
  }

  @Test
  void bad_branding_override_is_400_naming_the_field() {
    Reply reply = api.post("/v1/numbers/remote-pairing", Api.json("name", "x", "number", "+5511999999999",
        "brandingOverride", Map.of("primaryColor", "red;}")), tenant());
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.errorField()).isEqualTo("brandingOverride.primaryColor");
  }

  @Test
  void meta_link_connects_through_embedded_signup_and_refuses_qr() {
    String token = sandbox.pairingLink(Api.json("name", "Official", "number", "+5511999999999",
        "provider", "META", "metaFlow", "embedded"));
    Reply show = api.get("/v1/remote-pairing/" + token);
    assertThat(show.at("/provider")).isEqualTo("META");
    assertThat(show.at("/metaFlow")).isEqualTo("embedded");
    assertThat(api.post("/v1/remote-pairing/" + token + "/connect", "").status()).isEqualTo(409);
    Reply bad = api.post("/v1/remote-pairing/" + token + "/meta/embedded",
        Api.json("code", "AQBx", "wabaId", "x1", "phoneNumberId", "106540352242922"));
    assertThat(bad.errorField()).isEqualTo("wabaId");
    Reply ok = api.post("/v1/remote-pairing/" + token + "/meta/embedded",
        Api.json("code", "AQBxYz", "wabaId", "102290129340398", "phoneNumberId", "106540352242922"));
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.at("/state")).isEqualTo("OPEN");
    assertThat(api.get("/v1/remote-pairing/" + token).status()).as("consumed").isEqualTo(404);
  }

  @Test
  void meta_credentials_flow_never_echoes_the_token() {
    String token = sandbox.pairingLink(Api.json("name", "Official", "number", "+5511999999999",
        "provider", "META", "metaFlow", "credentials"));
    String secret = "EAAGm0PX4ZCpsBAsecret0123456789";
    Reply ok = api.post("/v1/remote-pairing/" + token + "/meta/credentials",
        Api.json("wabaId", "102290129340398", "phoneNumberId", "106540352242922", "accessToken", secret));
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.text()).doesNotContain(secret);
  }

  @Test
  void metaFlow_without_provider_meta_is_400() {
    Reply reply = api.post("/v1/numbers/remote-pairing",
        Api.json("name", "x", "number", "+5511999999999", "metaFlow", "embedded"), tenant());
    assertThat(reply.errorField()).isEqualTo("metaFlow");
  }

  private static String numberOf(String token) {
    return numberOf(sandbox, token);
  }

  private static String numberOf(Sandbox box, String token) {
    // the link's number is the newest CLOSE/CONNECTING number named in the link
    String name = box.api.get("/v1/remote-pairing/" + token).at("/name");
    var data = box.api.get("/v1/numbers", tenant()).json().get("data");
    String id = null;
    for (var n : data) {
      if (n.get("name").asText().equals(name) && !n.get("state").asText().equals("OPEN")) {
        id = n.get("id").asText();
      }
    }
    return id;
  }
}
