package com.pilotstatus.embed.chat.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pilotstatus.embed.origin.OriginPolicy;
import io.javalin.Javalin;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Jwks;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 5, from the attacker's side, against a JWKS served over real HTTP that counts its fetches. Before the
 * fix every token with a new random {@code kid} made one JWKS fetch under a global lock (a flood of them stalled every
 * verification), and a key removed from the JWKS kept verifying for 30 minutes.
 */
class JwksKeysTest {

  private static final String HOST = "https://app.acme.com";
  private static final KeyPair KEY = Jwts.SIG.ES256.keyPair().build();
  /** Each kid has its own key pair (a JWK set holds each key once). */
  private static final java.util.Map<String, KeyPair> PAIRS = new java.util.concurrent.ConcurrentHashMap<>();

  private static KeyPair pair(String kid) {
    return kid.startsWith("kid-") ? KEY : PAIRS.computeIfAbsent(kid, k -> Jwts.SIG.ES256.keyPair().build());
  }

  private final AtomicInteger fetches = new AtomicInteger();
  private final AtomicReference<String> published = new AtomicReference<>(jwks("key-1"));
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private Javalin server;

  private JwksKeys keys() {
    server = Javalin.create(c -> c.routes.get("/jwks", ctx -> {
      fetches.incrementAndGet();
      ctx.contentType("application/json").result(published.get());
    })).start(0);
    return new JwksKeys(URI.create("http://localhost:" + server.port() + "/jwks"), HttpClient.newHttpClient(),
        nanos::get);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void a_flood_of_random_kids_costs_at_most_one_fetch_per_30_seconds() throws Exception {
    TokenVerifier verifier = new TokenVerifier(keys(), "pilot-status-sandbox", OriginPolicy.STRICT);
    verifier.verify(token("key-1"), HOST); // the first, legitimate, fetch
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> refused = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      String forged = token("kid-" + UUID.randomUUID());
      refused.add(pool.submit(() -> {
        try {
          verifier.verify(forged, HOST);
          return false;
        } catch (TokenRejected e) {
          return e.reason() == TokenRejected.Reason.TOKEN_INVALID;
        }
      }));
    }
    int refusedCount = 0;
    for (Future<Boolean> f : refused) {
      refusedCount += f.get() ? 1 : 0;
    }
    pool.shutdown();
    System.out.println("[jwks-flood] 2000 random kids, refused " + refusedCount + ", JWKS fetches " + fetches.get());
    assertThat(refusedCount).isEqualTo(2_000);
    assertThat(fetches.get()).as("JWKS fetches").isLessThanOrEqualTo(2);
  }

  @Test
  void unknown_kids_are_remembered_in_a_bounded_cache() {
    JwksKeys keys = keys();
    for (int i = 0; i < 20_000; i++) {
      keys.find("kid-" + i);
    }
    assertThat(keys.unknownKidCount()).isLessThanOrEqualTo(10_000);
    assertThat(fetches.get()).isLessThanOrEqualTo(2);
  }

  @Test
  void a_key_removed_from_the_jwks_stops_verifying_within_60_seconds() {
    JwksKeys keys = keys();
    assertThat(keys.find("key-1")).isPresent();

    published.set(jwks("key-2"));
    nanos.addAndGet(JwksKeys.MAX_KEY_SET_AGE.toNanos());

    assertThat(keys.find("key-1")).as("the withdrawn key").isEmpty();
    // TokenVerifier keeps a verified token 30 s at most: 30 s here + 30 s there = the 60 s of issue 16.
    assertThat(JwksKeys.MAX_KEY_SET_AGE.plusSeconds(30)).isLessThanOrEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void a_rotated_in_key_is_picked_up_on_first_sight() {
    TokenVerifier verifier = new TokenVerifier(keys(), "pilot-status-sandbox", OriginPolicy.STRICT);
    verifier.verify(token("key-1"), HOST);
    published.set(jwks("key-1", "key-2"));
    assertThat(verifier.verify(token("key-2"), HOST).tenantId()).isEqualTo("tn_demo");
  }

  private static String jwks(String... kids) {
    StringBuilder out = new StringBuilder("{\"keys\":[");
    for (int i = 0; i < kids.length; i++) {
      out.append(i == 0 ? "" : ",").append(Jwks.json(Jwks.builder().key((ECPublicKey) pair(kids[i]).getPublic()).id(kids[i])
          .build()));
    }
    return out.append("]}").toString();
  }

  private static String token(String kid) {
    return Jwts.builder().header().keyId(kid).and()
        .issuer("pilot-status-sandbox").audience().add("pilot-status-embed").and().subject("tn_demo")
        .claim("surface", "chat").claim("whatsappNumberIds", List.of("wa_demo")).claim("allowedOrigins", List.of(HOST))
        .issuedAt(new Date()).notBefore(new Date()).expiration(Date.from(Instant.now().plusSeconds(600)))
        .signWith(pair(kid).getPrivate(), Jwts.SIG.ES256).compact();
  }
}
