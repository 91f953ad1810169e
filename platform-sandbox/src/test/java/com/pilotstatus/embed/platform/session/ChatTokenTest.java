package com.pilotstatus.embed.platform.session;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.bearer;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.MutableClock;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Jwk;
import io.jsonwebtoken.security.Jwks;
import io.jsonwebtoken.security.PublicJwk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chat JWT seen from outside: verified with nothing but the published JWKS, and every forged or stale variant
 * (alg none, HS256 keyed with the public key, tampered payload, expired, wrong surface, foreign issuer) refused by the
 * platform's chat endpoints and its refresh endpoint. The sandbox signs with a key from {@code PS_SIGNING_KEY_FILE}
 * so the test can also forge correctly signed tokens with wrong claims.
 */
class ChatTokenTest {

  @TempDir
  static Path dir;

  static MutableClock clock;
  static Sandbox sandbox;
  static Api api;
  static KeyPair serverKey;

  @BeforeAll
  static void start() throws Exception {
    serverKey = Jwts.SIG.ES256.keyPair().build();
    Path pem = dir.resolve("signing.pem");
    Files.writeString(pem, pem("PRIVATE KEY", serverKey.getPrivate().getEncoded())
        + pem("PUBLIC KEY", serverKey.getPublic().getEncoded()));
    clock = MutableClock.startingNow();
    sandbox = Sandbox.start(clock, Sandbox.config(clock).withSigningKeyFile(pem.toString()));
    api = sandbox.api;
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void minted_token_verifies_with_only_the_jwks() {
    Reply minted = mint(600);
    assertThat(minted.status()).isEqualTo(201);
    Claims claims = Jwts.parser().keyLocator(header -> jwksKey(((io.jsonwebtoken.JwsHeader) header).getKeyId()))
        .clock(() -> Date.from(clock.instant()))
        .build().parseSignedClaims(minted.at("/token")).getPayload();
    assertThat(claims.get("surface")).isEqualTo("chat");
    assertThat(claims.getAudience()).containsExactly("pilot-status-embed");
    assertThat(claims.getIssuer()).isEqualTo("pilot-status-sandbox");
    assertThat(claims.getSubject()).isEqualTo("tn_demo");
    assertThat(claims.get("whatsappNumberIds")).isEqualTo(List.of(DEMO_NUMBER));
    assertThat(claims.get("allowedOrigins")).isEqualTo(List.of("https://app.yoursaas.com"));
    assertThat(claims.getId()).isNotBlank();
    assertThat(claims.getExpiration().getTime() - claims.getIssuedAt().getTime()).isEqualTo(600_000);
    assertThat(minted.at("/expiresAt")).isEqualTo(claims.getExpiration().toInstant().toString());
  }

  @Test
  void jwks_publishes_p256_keys_with_kid() {
    JsonNode key = api.get("/v1/.well-known/jwks.json").json().get("keys").get(0);
    assertThat(key.get("kty").asText()).isEqualTo("EC");
    assertThat(key.get("crv").asText()).isEqualTo("P-256");
    assertThat(key.get("alg").asText()).isEqualTo("ES256");
    assertThat(key.get("use").asText()).isEqualTo("sig");
    assertThat(key.has("d")).as("never the private part").isFalse();
    assertThat(jwksKey(key.get("kid").asText())).isEqualTo(serverKey.getPublic());
  }

  @Test
  void alg_none_is_refused() {
    String[] parts = token().split("\\.");
    String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    assertRefused(header + "." + parts[1] + ".");
  }

  @Test
  void hs256_signed_with_the_public_key_is_refused() {
    String[] parts = token().split("\\.");
    String kid = api.get("/v1/.well-known/jwks.json").json().at("/keys/0/kid").asText();
    String header = b64("{\"alg\":\"HS256\",\"kid\":\"" + kid + "\",\"typ\":\"JWT\"}");
    javax.crypto.SecretKey hmac = new SecretKeySpec(serverKey.getPublic().getEncoded(), "HmacSHA256");
    String forged = Jwts.builder().header().keyId(kid).and()
        .content(Base64.getUrlDecoder().decode(parts[1]))
        .signWith(hmac, Jwts.SIG.HS256).compact();
    assertRefused(forged);
    assertRefused(header + "." + parts[1] + "." + parts[2]);
  }

  @Test
  void tampered_payload_is_refused() {
    String[] parts = token().split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
        .replace(DEMO_NUMBER, "wa_someone_else");
    assertRefused(parts[0] + "." + b64(payload) + "." + parts[2]);
  }

  @Test
  void expired_token_is_refused_and_never_refreshed() {
    MutableClock own = MutableClock.startingNow();
    try (Sandbox box = Sandbox.start(own, Sandbox.config(own))) {
      String token = box.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
      own.advance(Duration.ofSeconds(899));
      assertThat(box.api.get("/v1/embed/chat/summary", bearer(token)).status()).isEqualTo(200);
      own.advance(Duration.ofSeconds(1));
      assertThat(box.api.get("/v1/embed/chat/summary", bearer(token)).status()).isEqualTo(401);
      assertThat(box.api.post("/v1/embed/sessions/refresh", "", bearer(token)).status()).isEqualTo(401);
    }
  }

  @Test
  void correctly_signed_token_with_wrong_surface_or_issuer_or_audience_is_refused() {
    assertRefused(forge(Map.of("surface", "connect"), "pilot-status-sandbox", "pilot-status-embed"));
    assertRefused(forge(Map.of("surface", "chat"), "someone-else", "pilot-status-embed"));
    assertRefused(forge(Map.of("surface", "chat"), "pilot-status-sandbox", "another-audience"));
    assertThat(api.get("/v1/embed/chat/summary",
        bearer(forge(Map.of("surface", "chat"), "pilot-status-sandbox", "pilot-status-embed"))).status())
        .as("the forge itself is right").isEqualTo(200);
  }

  @Test
  void refresh_keeps_the_scope_and_session_with_a_new_expiry() {
    Reply minted = mint(300);
    clock.advance(Duration.ofSeconds(120));
    Reply refreshed = api.post("/v1/embed/sessions/refresh", "", bearer(minted.at("/token")));
    assertThat(refreshed.status()).isEqualTo(201);
    assertThat(refreshed.json().get("whatsappNumberIds")).isEqualTo(minted.json().get("whatsappNumberIds"));
    assertThat(refreshed.json().get("allowedOrigins")).isEqualTo(minted.json().get("allowedOrigins"));
    assertThat(java.time.Instant.parse(refreshed.at("/expiresAt")))
        .isEqualTo(java.time.Instant.parse(minted.at("/expiresAt")).plusSeconds(120));
    assertThat(claims(refreshed.at("/token")).get("sid")).isEqualTo(claims(minted.at("/token")).get("sid"));
  }

  @Test
  void a_session_cannot_be_refreshed_past_12_hours() {
    MutableClock own = MutableClock.startingNow();
    try (Sandbox box = Sandbox.start(own, Sandbox.config(own))) {
      String token = box.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
      java.time.Instant started = own.instant();
      Reply refreshed = null;
      while (Duration.between(started, own.instant()).compareTo(Duration.ofHours(12)) < 0) {
        own.advance(Duration.ofMinutes(14));
        refreshed = box.api.post("/v1/embed/sessions/refresh", "", bearer(token));
        if (refreshed.status() != 201) {
          break;
        }
        token = refreshed.at("/token");
      }
      assertThat(refreshed.status()).isEqualTo(401);
      assertThat(Duration.between(started, own.instant())).isGreaterThanOrEqualTo(Duration.ofHours(12).minusMinutes(14));
    }
  }

  @Test
  void rotated_key_still_verifies_tokens_it_signed_until_they_expire() {
    MutableClock own = MutableClock.startingNow();
    try (Sandbox box = Sandbox.start(own, Sandbox.config(own))) {
      String before = box.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
      String oldKid = box.api.get("/v1/.well-known/jwks.json").json().at("/keys/0/kid").asText();
      Reply rotated = box.api.post("/v1/sandbox/keys/rotate", "", Sandbox.admin());
      assertThat(rotated.status()).isEqualTo(200);
      JsonNode keys = box.api.get("/v1/.well-known/jwks.json").json().get("keys");
      assertThat(Api.texts(keys, "/kid")).containsExactly(oldKid, rotated.at("/kid"));
      assertThat(box.api.get("/v1/embed/chat/summary", bearer(before)).status()).isEqualTo(200);
      String after = box.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
      assertThat(header(after).get("kid").asText()).isEqualTo(rotated.at("/kid"));
      assertThat(box.api.get("/v1/embed/chat/summary", bearer(after)).status()).isEqualTo(200);
      own.advance(Duration.ofSeconds(901));
      assertThat(Api.texts(box.api.get("/v1/.well-known/jwks.json").json().get("keys"), "/kid"))
          .containsExactly(rotated.at("/kid"));
    }
  }

  @Test
  void embed_session_validation_names_the_bad_field() {
    assertThat(api.post("/v1/embed/sessions", Api.json("surface", "connect", "whatsappNumberIds", List.of(DEMO_NUMBER),
        "allowedOrigins", List.of("https://a.com")), tenant()).errorField()).isEqualTo("surface");
    assertThat(api.post("/v1/embed/sessions", Api.json("surface", "chat", "whatsappNumberIds", List.of(DEMO_NUMBER),
        "allowedOrigins", List.of("https://a.com", "https://a.com/path")), tenant()).errorField())
        .isEqualTo("allowedOrigins[1]");
    for (String bad : new String[] {"https://*.a.com", "https://user@a.com", "https://a.com?x=1", "null"}) {
      Reply reply = api.post("/v1/embed/sessions", Api.json("surface", "chat", "whatsappNumberIds",
          List.of(DEMO_NUMBER), "allowedOrigins", List.of(bad)), tenant());
      assertThat(reply.status()).as(bad).isEqualTo(400);
      assertThat(reply.errorField()).isEqualTo("allowedOrigins[0]");
    }
    assertThat(api.post("/v1/embed/sessions", Api.json("surface", "chat", "whatsappNumberIds", List.of(DEMO_NUMBER),
        "allowedOrigins", List.of()), tenant()).errorField()).isEqualTo("allowedOrigins");
    assertThat(api.post("/v1/embed/sessions", Api.json("surface", "chat", "whatsappNumberIds", List.of(DEMO_NUMBER),
        "allowedOrigins", List.of("https://a.com"), "ttlSeconds", 901), tenant()).errorField())
        .isEqualTo("ttlSeconds");
  }

  @Test
  void origins_are_normalised_and_ttl_defaults_to_900() {
    Reply reply = api.post("/v1/embed/sessions", Api.json("surface", "chat", "whatsappNumberIds",
        List.of(DEMO_NUMBER), "allowedOrigins", List.of("HTTPS://App.Example.com:443/", "http://localhost:3000")),
        tenant());
    assertThat(reply.status()).isEqualTo(201);
    assertThat(Api.texts(reply.json().get("allowedOrigins"), "")).containsExactly("https://app.example.com",
        "http://localhost:3000");
    assertThat(java.time.Instant.parse(reply.at("/expiresAt"))).isEqualTo(clock.instant().plusSeconds(900)
        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  @Test
  void embedding_a_number_outside_the_key_scope_is_404() {
    String otherTenant = sandbox.newTenantKey();
    Reply reply = api.post("/v1/embed/sessions", Api.json("surface", "chat", "whatsappNumberIds",
        List.of(DEMO_NUMBER), "allowedOrigins", List.of("https://a.com")), Sandbox.key(otherTenant));
    assertThat(reply.status()).isEqualTo(404);
    String own = sandbox.createNumber(Sandbox.TENANT_KEY, "5511922221111");
    Reply numberKey = api.post("/v1/embed/sessions", Api.json("surface", "chat", "whatsappNumberIds",
        List.of(own), "allowedOrigins", List.of("https://a.com")), Sandbox.key(Sandbox.NUMBER_KEY));
    assertThat(numberKey.status()).isEqualTo(404);
    assertThat(api.post("/v1/embed/sessions", Api.json("surface", "chat", "whatsappNumberIds",
        List.of(DEMO_NUMBER), "allowedOrigins", List.of("https://a.com")), Sandbox.key(Sandbox.NUMBER_KEY)).status())
        .isEqualTo(201);
  }

  // ---------------------------------------------------------------- helpers

  private static Reply mint(int ttl) {
    return api.post("/v1/embed/sessions", Api.json("surface", "chat", "whatsappNumberIds", List.of(DEMO_NUMBER),
        "allowedOrigins", List.of("https://app.yoursaas.com"), "ttlSeconds", ttl), tenant());
  }

  private static String token() {
    return mint(900).at("/token");
  }

  private static Claims claims(String token) {
    return Jwts.parser().verifyWith(serverKey.getPublic()).clock(() -> Date.from(clock.instant())).build()
        .parseSignedClaims(token).getPayload();
  }

  private static void assertRefused(String token) {
    assertThat(api.get("/v1/embed/chat/summary", bearer(token)).status()).isEqualTo(401);
    assertThat(api.get("/v1/embed/chat/conversations", bearer(token)).status()).isEqualTo(401);
    assertThat(api.post("/v1/embed/sessions/refresh", "", bearer(token)).status()).isEqualTo(401);
  }

  /** A token signed with the server's own key but with the given claims. */
  private static String forge(Map<String, Object> extra, String issuer, String audience) {
    String kid = api.get("/v1/.well-known/jwks.json").json().at("/keys/0/kid").asText();
    java.time.Instant now = clock.instant();
    return Jwts.builder().header().keyId(kid).and()
        .issuer(issuer).audience().add(audience).and().subject("tn_demo")
        .claims(extra)
        .claim("whatsappNumberIds", List.of(DEMO_NUMBER)).claim("allowedOrigins", List.of("https://a.com"))
        .claim("sid", "ses_forged").claim("ttl", 900).claim("maxExp", now.plusSeconds(3600).getEpochSecond())
        .issuedAt(Date.from(now)).notBefore(Date.from(now)).expiration(Date.from(now.plusSeconds(600)))
        .id("forged").signWith(serverKey.getPrivate(), Jwts.SIG.ES256).compact();
  }

  /** The public key with {@code kid}, read from the JWKS over HTTP only. */
  private static PublicKey jwksKey(String kid) {
    for (JsonNode key : api.get("/v1/.well-known/jwks.json").json().get("keys")) {
      if (key.get("kid").asText().equals(kid)) {
        Jwk<?> jwk = Jwks.parser().build().parse(key.toString());
        return ((PublicJwk<?>) jwk).toKey();
      }
    }
    throw new AssertionError("kid " + kid + " is not in the JWKS");
  }

  private static JsonNode header(String token) {
    try {
      return Api.JSON.readTree(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }
}
