package com.pilotstatus.embed.chat.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.origin.OriginPolicy;
import com.pilotstatus.embed.testing.HostileJwts;
import io.javalin.Javalin;
import io.jsonwebtoken.security.Jwks;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, "Fuzzing", chat-app's verifier: 10,400 forged chat JWTs ({@link HostileJwts}, seeded) against
 * {@link TokenVerifier} with the key served as a JWKS over real HTTP. Every one must end in the documented
 * {@link TokenRejected} (the iframe's error state); anything accepted or any other exception fails the test.
 */
class JwtFuzzTest {

  @Test
  void verify_forgedTokens_refusesAllWithTheDocumentedError() {
    KeyPair key = HostileJwts.newKeyPair();
    String jwks = "{\"keys\":[" + Jwks.json(Jwks.builder().key((ECPublicKey) key.getPublic()).id("fuzz-key").build())
        + "]}";
    Javalin server = Javalin.create(c -> c.routes.get("/jwks", ctx -> ctx.contentType("application/json").result(jwks)))
        .start(0);
    try {
      TokenVerifier verifier = new TokenVerifier(new JwksKeys(URI.create("http://localhost:" + server.port() + "/jwks"),
          HttpClient.newHttpClient()), "pilot-status-sandbox", OriginPolicy.STRICT);
      HostileJwts forger = new HostileJwts(20261206L, key, "fuzz-key", "pilot-status-sandbox",
          Instant.now().getEpochSecond());
      assertThat(verifier.verify(forger.valid(), "https://app.example.com").tenantId()).as("positive control")
          .isEqualTo("tn_demo");

      List<HostileJwts.Case> cases = forger.generate(10_400);
      int refused = 0;
      Map<String, Integer> other = new TreeMap<>();
      for (HostileJwts.Case c : cases) {
        try {
          verifier.verify(c.token(), "https://app.example.com");
          other.merge(c.kind() + " accepted", 1, Integer::sum);
        } catch (TokenRejected e) {
          refused++;
        } catch (RuntimeException e) {
          other.merge(c.kind() + " threw " + e.getClass().getSimpleName(), 1, Integer::sum);
        }
      }
      System.out.println("[fuzz] chat-app JWT verifier: tried " + cases.size() + ", refused " + refused
          + ", accepted or thrown " + other);
      assertThat(other).isEmpty();
      assertThat(refused).isEqualTo(cases.size());
    } finally {
      server.stop();
    }
  }
}
