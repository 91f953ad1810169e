package com.pilotstatus.embed.chat.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.chat.ChatApp;
import com.pilotstatus.embed.chat.ChatConfig;
import com.pilotstatus.embed.chat.testing.ChatClient;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.Tokens;
import io.jsonwebtoken.Jwts;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /session} and {@code POST /session/refresh} against real platform tokens: what opens a session, and
 * every way a token is refused (each refusal is the state the iframe shows, with the host's error code).
 */
class SessionRoutesTest {

  private static final String HOST = "http://app.acme.test:8090";
  private static ChatStack stack;

  @BeforeAll
  static void start() {
    stack = ChatStack.start();
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  private static String validToken() {
    return stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900);
  }

  private static HttpResponse<String> session(String token, String parent) {
    return new ChatClient(stack.chatUrl()).as(token, parent).post("/session", null);
  }

  @Test
  void valid_token_for_an_allowed_parent_opens_a_session() {
    HttpResponse<String> response = session(validToken(), HOST);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"expiresInMs\":").contains("\"refreshInMs\":");
  }

  @Test
  void missing_token_is_token_invalid() {
    assertRefused(session(null, HOST), 401, "error", "TOKEN_INVALID");
  }

  @Test
  void tampered_token_is_token_invalid() {
    String tampered = Tokens.tamperPayload(validToken(), "\"wa_demo\"", "\"wa_else\"");

    assertRefused(session(tampered, HOST), 401, "error", "TOKEN_INVALID");
  }

  @Test
  void token_signed_by_another_key_under_the_platform_kid_is_token_invalid() {
    String genuine = validToken();
    KeyPair attacker = Jwts.SIG.ES256.keyPair().build();
    String forged = Jwts.builder().header().keyId(Tokens.kid(genuine)).and()
        .issuer("pilot-status-sandbox").audience().add("pilot-status-embed").and().subject("tn_demo")
        .claim("surface", "chat").claim("whatsappNumberIds", List.of("wa_demo")).claim("allowedOrigins", List.of(HOST))
        .issuedAt(new Date()).expiration(Date.from(Instant.now().plusSeconds(600)))
        .signWith(attacker.getPrivate(), Jwts.SIG.ES256).compact();

    assertRefused(session(forged, HOST), 401, "error", "TOKEN_INVALID");
  }

  @Test
  void unsigned_alg_none_token_is_token_invalid() {
    assertRefused(session(Tokens.unsigned(validToken()), HOST), 401, "error", "TOKEN_INVALID");
  }

  @Test
  void expired_token_gets_the_expired_state() {
    String expired = stack.mintExpired(List.of(ChatStack.DEMO_NUMBER), List.of(HOST));

    HttpResponse<String> response = session(expired, HOST);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("X-PS-State")).hasValue("expired");
    assertThat(response.body()).contains("data-state=\"expired\"");
  }

  @Test
  void parent_missing_from_allowed_origins_is_origin_not_allowed() {
    assertRefused(session(validToken(), "http://evil.test:8090"), 403, "error", "ORIGIN_NOT_ALLOWED");
  }

  @Test
  void token_of_another_issuer_is_token_invalid() {
    try (ChatApp other = ChatApp.start(ChatConfig.defaults().withPort(0).withPlatformUrl(stack.platformUrl())
        .withServiceCredential(stack.serviceCredential())
        .withAllowHttpOrigins(true).withTokenIssuer("another-platform"))) {
      HttpResponse<String> response = new ChatClient("http://localhost:" + other.port()).as(validToken(), HOST)
          .post("/session", null);

      assertRefused(response, 401, "error", "TOKEN_INVALID");
    }
  }

  @Test
  void token_signed_with_a_rotated_in_key_is_accepted_after_refetching_the_jwks() {
    assertThat(session(validToken(), HOST).statusCode()).isEqualTo(200); // caches the current key
    String newKid = stack.rotateKeys();
    String rotated = validToken();

    assertThat(Tokens.kid(rotated)).isEqualTo(newKid);
    assertThat(session(rotated, HOST).statusCode()).isEqualTo(200);
  }

  @Test
  void refresh_returns_a_new_token_for_the_same_scope() {
    String token = validToken();

    HttpResponse<String> response = new ChatClient(stack.chatUrl()).as(token, HOST).post("/session/refresh", null);

    assertThat(response.statusCode()).isEqualTo(201);
    String fresh = response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    assertThat(fresh).isNotEqualTo(token);
    assertThat(Tokens.payload(fresh)).contains("\"whatsappNumberIds\":[\"wa_demo\"]");
    assertThat(session(fresh, HOST).statusCode()).isEqualTo(200);
  }

  @Test
  void refresh_of_an_expired_token_is_refused_as_expired() {
    String expired = stack.mintExpired(List.of(ChatStack.DEMO_NUMBER), List.of(HOST));

    HttpResponse<String> response = new ChatClient(stack.chatUrl()).as(expired, HOST).post("/session/refresh", null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("X-PS-State")).hasValue("expired");
  }

  @Test
  void session_answers_carry_no_store_and_nosniff() {
    HttpResponse<String> response = session(validToken(), HOST);

    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  private static void assertRefused(HttpResponse<String> response, int status, String state, String code) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("X-PS-State")).hasValue(state);
    assertThat(response.body()).contains("data-error-code=\"" + code + "\"");
  }
}
