package com.pilotstatus.embed.chat.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pilotstatus.embed.origin.OriginPolicy;
import io.javalin.Javalin;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Jwks;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The claim checks, one by one, with tokens signed by a key that <em>is</em> in the JWKS (served over real HTTP), so
 * each case fails for its claim and not for its signature. The platform-signed cases are in
 * {@link SessionRoutesTest}.
 */
class TokenVerifierTest {

  private static final String KID = "test-key-1";
  private static final String HOST = "https://app.acme.com";
  private static final KeyPair KEY = Jwts.SIG.ES256.keyPair().build();
  private static Javalin jwksServer;
  private static TokenVerifier verifier;

  @BeforeAll
  static void serveJwks() {
    String jwks = "{\"keys\":[" + Jwks.json(Jwks.builder().key((ECPublicKey) KEY.getPublic()).id(KID).build()) + "]}";
    jwksServer = Javalin.create(c -> c.routes.get("/v1/.well-known/jwks.json", ctx -> ctx.contentType("application/json").result(jwks)))
        .start(0);
    JwksKeys keys = new JwksKeys(URI.create("http://localhost:" + jwksServer.port() + "/v1/.well-known/jwks.json"),
        HttpClient.newHttpClient());
    verifier = new TokenVerifier(keys, "pilot-status-sandbox", OriginPolicy.STRICT);
  }

  @AfterAll
  static void stop() {
    jwksServer.stop();
  }

  private static JwtBuilder aChatToken() {
    return Jwts.builder().header().keyId(KID).and()
        .issuer("pilot-status-sandbox").audience().add("pilot-status-embed").and().subject("tn_demo")
        .claim("surface", "chat").claim("whatsappNumberIds", List.of("wa_demo")).claim("allowedOrigins", List.of(HOST))
        .issuedAt(new Date()).notBefore(new Date()).expiration(Date.from(Instant.now().plusSeconds(600)));
  }

  private static String signed(UnaryOperator<JwtBuilder> change) {
    return change.apply(aChatToken()).signWith(KEY.getPrivate(), Jwts.SIG.ES256).compact();
  }

  @Test
  void verify_validToken_givesItsScope() {
    ChatToken token = verifier.verify(signed(b -> b), HOST);

    assertThat(token.whatsappNumberIds()).containsExactly("wa_demo");
    assertThat(token.tenantId()).isEqualTo("tn_demo");
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("foreign issuer", (UnaryOperator<JwtBuilder>) b -> b.issuer("someone-else")),
        Arguments.of("wrong audience", (UnaryOperator<JwtBuilder>) b -> b.audience().single("another-app")),
        Arguments.of("connect surface", (UnaryOperator<JwtBuilder>) b -> b.claim("surface", "connect")),
        Arguments.of("no surface", (UnaryOperator<JwtBuilder>) b -> b.claim("surface", null)),
        Arguments.of("not yet valid", (UnaryOperator<JwtBuilder>) b -> b.notBefore(Date.from(Instant.now().plusSeconds(120)))),
        Arguments.of("unknown kid", (UnaryOperator<JwtBuilder>) b -> b.header().keyId("nobody").and()),
        Arguments.of("no numbers", (UnaryOperator<JwtBuilder>) b -> b.claim("whatsappNumberIds", List.of())),
        Arguments.of("origins not a list", (UnaryOperator<JwtBuilder>) b -> b.claim("allowedOrigins", HOST)),
        Arguments.of("wildcard origin", (UnaryOperator<JwtBuilder>) b -> b.claim("allowedOrigins", List.of("https://*.acme.com"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void verify_badClaim_isTokenInvalid(String name, UnaryOperator<JwtBuilder> change) {
    assertThatThrownBy(() -> verifier.verify(signed(change), HOST))
        .isInstanceOfSatisfying(TokenRejected.class, e -> assertThat(e.reason()).isEqualTo(TokenRejected.Reason.TOKEN_INVALID));
  }

  @Test
  void verify_es384Token_isRefusedBeforeAnyKeyIsUsed() {
    KeyPair p384 = Jwts.SIG.ES384.keyPair().build();
    String token = aChatToken().signWith(p384.getPrivate(), Jwts.SIG.ES384).compact();

    assertThatThrownBy(() -> verifier.verify(token, HOST))
        .isInstanceOfSatisfying(TokenRejected.class, e -> assertThat(e.reason()).isEqualTo(TokenRejected.Reason.TOKEN_INVALID));
  }

  @Test
  void verify_expiredToken_isExpired() {
    String token = signed(b -> b.issuedAt(Date.from(Instant.now().minusSeconds(900)))
        .notBefore(Date.from(Instant.now().minusSeconds(900))).expiration(Date.from(Instant.now().minusSeconds(60))));

    assertThatThrownBy(() -> verifier.verify(token, HOST))
        .isInstanceOfSatisfying(TokenRejected.class, e -> assertThat(e.reason()).isEqualTo(TokenRejected.Reason.EXPIRED));
  }

  @Test
  void verify_parentOutsideAllowedOrigins_isOriginNotAllowed() {
    assertThatThrownBy(() -> verifier.verify(signed(b -> b), "https://evil.example"))
        .isInstanceOfSatisfying(TokenRejected.class,
            e -> assertThat(e.reason()).isEqualTo(TokenRejected.Reason.ORIGIN_NOT_ALLOWED));
  }

  @Test
  void verify_parentSpelledDifferently_matchesAfterNormalising() {
    assertThat(verifier.verify(signed(b -> b), "HTTPS://APP.ACME.COM:443").tenantId()).isEqualTo("tn_demo");
  }
}
