package com.pilotstatus.embed.platform.auth;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.NUMBER_KEY;
import static com.pilotstatus.embed.platform.testing.Sandbox.key;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import com.pilotstatus.embed.platform.testing.SandboxTest;
import org.junit.jupiter.api.Test;

/** API-key authentication and scopes (seed 002): 401, 403 and 404 over real HTTP. */
class ApiKeyAuthTest extends SandboxTest {

  @Test
  void missing_key_is_401_in_the_error_shape() {
    Reply reply = api.get("/v1/numbers");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.errorCode()).isEqualTo("unauthorized");
    assertThat(reply.at("/error/message")).contains("x-api-key");
  }

  @Test
  void unknown_key_is_401() {
    assertThat(api.get("/v1/numbers", key("ps_not_a_key")).status()).isEqualTo(401);
    assertThat(api.get("/v1/numbers", key("sk_wrong_prefix")).status()).isEqualTo(401);
  }

  @Test
  void bearer_header_is_not_an_api_key() {
    Reply reply = api.get("/v1/numbers", "Authorization", "Bearer " + Sandbox.TENANT_KEY);
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.at("/error/message")).contains("x-api-key");
  }

  @Test
  void number_key_lists_only_its_own_number() {
    sandbox.createNumber(Sandbox.TENANT_KEY, "5511900000001");
    Reply reply = api.get("/v1/numbers", key(NUMBER_KEY));
    assertThat(reply.status()).isEqualTo(200);
    assertThat(Api.texts(reply.json().get("data"), "/id")).containsExactly(DEMO_NUMBER);
    assertThat(api.get("/v1/numbers", tenant()).json().get("data").size()).isGreaterThan(1);
  }

  @Test
  void number_key_is_403_on_tenant_only_endpoints() {
    assertThat(api.get("/v1/branding", key(NUMBER_KEY)).status()).isEqualTo(403);
    assertThat(api.post("/v1/numbers/remote-pairing", Api.json("name", "x", "number", "+5511999999999"),
        key(NUMBER_KEY)).errorCode()).isEqualTo("forbidden");
    assertThat(api.get("/v1/webhooks", key(NUMBER_KEY)).status()).isEqualTo(403);
    assertThat(api.post("/v1/sandbox/faults", "{}", key(NUMBER_KEY)).status()).isEqualTo(403);
  }

  @Test
  void number_key_gets_404_for_another_number_like_a_missing_one() {
    String other = sandbox.createNumber(Sandbox.TENANT_KEY, "5511900000002");
    Reply outside = api.delete("/v1/numbers/" + other, key(NUMBER_KEY));
    Reply missing = api.delete("/v1/numbers/wa_doesnotexist", key(NUMBER_KEY));
    assertThat(outside.status()).isEqualTo(404);
    assertThat(outside.json().get("error").get("code")).isEqualTo(missing.json().get("error").get("code"));
    assertThat(api.get("/v1/numbers/" + other + "/connect", key(NUMBER_KEY)).status()).isEqualTo(404);
  }

  @Test
  void unknown_route_answers_404_in_the_error_shape() {
    Reply reply = api.get("/v1/nothing-here", tenant());
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.errorCode()).isEqualTo("not_found");
  }

  @Test
  void malformed_json_is_400() {
    Reply reply = api.post("/v1/numbers", "{not json", tenant());
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.errorCode()).isEqualTo("invalid_request");
  }
}
