package com.pilotstatus.embed.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.Reply;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every curl example of the seeds, sent with its bodies and headers as written, against a sandbox started with the
 * documented defaults except the port: what the README promises for {@code http://localhost:8080} with the demo key.
 * Checks each answer's status and documented field names (and a few values), not the answers byte for byte.
 */
class SeedExamplesTest {

  static PlatformSandbox sandbox;
  static Api api;
  static final String KEY = "ps_sandbox_demo_tenant_key";

  @BeforeAll
  static void start() {
    sandbox = PlatformSandbox.start(SandboxConfig.defaults().withPort(0).withWebhookRetryBase(Duration.ofMillis(10)));
    api = new Api(sandbox.baseUrl());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void seed_000_mint_a_chat_token() {
    Reply reply = api.post("/v1/embed/sessions", """
        {
            "surface": "chat",
            "whatsappNumberIds": ["wa_demo"],
            "allowedOrigins": ["https://app.yoursaas.com"],
            "ttlSeconds": 900
          }""", "x-api-key", KEY, "Content-Type", "application/json");
    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().fieldNames()).toIterable()
        .containsExactly("token", "surface", "whatsappNumberIds", "allowedOrigins", "expiresAt");
  }

  @Test
  void seed_001_create_a_pairing_link() {
    Reply reply = api.post("/v1/numbers/remote-pairing", """
        {
            "name": "Support",
            "number": "5511999999999",
            "sendViaWhatsApp": false,
            "brandingOverride": { }
          }""", "x-api-key", KEY, "Content-Type", "application/json");
    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.at("/remotePairingUrl")).startsWith("http://localhost:8082/connect/");
    assertThat(reply.at("/maskedNumber")).isEqualTo("+551199****9999");
    assertThat(reply.json().get("messageSent").asBoolean()).isFalse();
  }

  @Test
  void seed_003_remote_pairing_and_its_public_endpoints() {
    Reply reply = api.post("/v1/numbers/remote-pairing", """
        {
            "name": "Customer João",
            "number": "+5511999999999",
            "linkToApiKey": true,
            "sendViaWhatsApp": false
          }""", "Content-Type", "application/json", "x-api-key", KEY);
    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().fieldNames()).toIterable()
        .containsExactly("instance", "remotePairingUrl", "maskedNumber", "messageSent");
    assertThat(reply.json().get("instance").fieldNames()).toIterable()
        .containsExactly("id", "instanceName", "number", "name", "state");
    String url = reply.at("/remotePairingUrl");
    String token = url.substring(url.lastIndexOf('/') + 1);
    assertThat(api.get("/v1/remote-pairing/" + token).json().fieldNames()).toIterable()
        .contains("valid", "name", "maskedNumber", "state", "branding");
    assertThat(api.post("/v1/remote-pairing/" + token + "/connect", "").json().fieldNames()).toIterable()
        .contains("qrcodeBase64", "pairingCode");
    assertThat(api.get("/v1/remote-pairing/" + token + "/status").json().fieldNames()).toIterable()
        .contains("state", "isFullyConnected");
    assertThat(api.get("/v1/connect/" + token + "/branding").json().fieldNames()).toIterable()
        .containsExactly("branding");
  }

  @Test
  void seed_004_create_connect_delete() {
    Reply created = api.post("/v1/numbers", """
        {
            "name": "My WhatsApp",
            "number": "+5511999999999",
            "linkToApiKey": true
          }""", "Content-Type", "application/json", "x-api-key", KEY);
    assertThat(created.status()).isEqualTo(201);
    String id = created.at("/id");
    Reply connect = api.get("/v1/numbers/" + id + "/connect", "x-api-key", KEY);
    assertThat(connect.status()).isEqualTo(200);
    assertThat(connect.json().fieldNames()).toIterable().containsExactly("qrcodeBase64", "pairingCode");
    assertThat(api.delete("/v1/numbers/" + id, "x-api-key", KEY).status()).isEqualTo(200);
  }

  @Test
  void seed_002_bearer_is_refused_and_x_api_key_accepted() {
    assertThat(api.get("/v1/numbers", "Authorization", "Bearer " + KEY).status()).isEqualTo(401);
    assertThat(api.get("/v1/numbers", "x-api-key", KEY).status()).isEqualTo(200);
  }
}
