package com.pilotstatus.embed.chat.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.jsonwebtoken.security.Jwk;
import io.jsonwebtoken.security.JwkSet;
import io.jsonwebtoken.security.Jwks;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's signing keys, by {@code kid}, from its JWKS.
 *
 * <p>Requirements (issue 16, item 5):
 * <ul>
 *   <li>Verifying a token costs no network call and takes no lock in the common case (a known, fresh kid).</li>
 *   <li>A key the platform rotated in is picked up on first sight of its {@code kid}, but an unknown kid triggers a
 *       fetch at most once per {@link #UNKNOWN_KID_REFETCH} for the whole instance: a flood of tokens with made-up
 *       kids is answered from memory (each seen kid is also remembered as unknown for that long, Caffeine-bounded).</li>
 *   <li>Fetches are single-flight: concurrent callers that need a fetch share one; the lock is taken only when a
 *       fetch is due, never per request.</li>
 *   <li>The key set is replaced, not merged, on every fetch and is trusted for at most {@link #MAX_KEY_SET_AGE}
 *       (30 s; with the verifier's own 30 s cache of verified tokens, a key removed from the JWKS stops verifying
 *       within 60 s). Past that age the set is fetched again before use; if the
 *       JWKS cannot be read then, {@link JwksUnavailable} (nothing verifies) rather than a stale key.</li>
 * </ul>
 */
public final class JwksKeys {

  static final Duration UNKNOWN_KID_REFETCH = Duration.ofSeconds(30);
  /** Plus {@link TokenVerifier}'s 30 s cache of verified tokens: a withdrawn key verifies nothing after 60 s. */
  static final Duration MAX_KEY_SET_AGE = Duration.ofSeconds(30);

  private record KeySet(Map<String, PublicKey> keys, long fetchedAt) {
  }

  private final URI jwksUrl;
  private final HttpClient http;
  private final Ticker ticker;
  private final Cache<String, Boolean> unknownKids;
  private final Object fetchLock = new Object();
  private volatile KeySet current = new KeySet(Map.of(), Long.MIN_VALUE);
  /** When an unknown kid last caused a fetch (a stale set's refresh does not count: rotation stays quick). */
  private volatile long lastUnknownKidFetch = Long.MIN_VALUE;

  public JwksKeys(URI jwksUrl, HttpClient http) {
    this(jwksUrl, http, Ticker.systemTicker());
  }

  /** With a {@code ticker} (nanoseconds) that tests move. */
  JwksKeys(URI jwksUrl, HttpClient http, Ticker ticker) {
    this.jwksUrl = jwksUrl;
    this.http = http;
    this.ticker = ticker;
    this.unknownKids = Caffeine.newBuilder().expireAfterWrite(UNKNOWN_KID_REFETCH).maximumSize(10_000)
        .ticker(ticker).build();
  }

  /**
   * The public key for {@code kid}, or empty when the platform does not publish it.
   *
   * @throws JwksUnavailable when the JWKS cannot be fetched or parsed and no fresh key set is at hand
   */
  public Optional<PublicKey> find(String kid) {
    if (kid == null || kid.isEmpty() || kid.length() > 200) {
      return Optional.empty();
    }
    KeySet set = current;
    if (isStale(set)) {
      set = fetchIfStillNeeded(s -> isStale(s));
    }
    PublicKey key = set.keys().get(kid);
    if (key != null) {
      return Optional.of(key);
    }
    if (unknownKids.getIfPresent(kid) != null || !isUnknownKidFetchDue()) {
      unknownKids.put(kid, Boolean.TRUE);
      return Optional.empty();
    }
    set = fetchIfStillNeeded(s -> {
      boolean due = !s.keys().containsKey(kid) && isUnknownKidFetchDue();
      if (due) {
        lastUnknownKidFetch = ticker.read();
      }
      return due;
    });
    key = set.keys().get(kid);
    if (key == null) {
      unknownKids.put(kid, Boolean.TRUE);
    }
    return Optional.ofNullable(key);
  }

  /** The platform withdrew keys: the next lookup fetches the key set again, whatever its age. */
  public void forget() {
    synchronized (fetchLock) {
      current = new KeySet(Map.of(), Long.MIN_VALUE);
    }
  }

  private boolean isStale(KeySet set) {
    return set.fetchedAt() == Long.MIN_VALUE || ticker.read() - set.fetchedAt() >= MAX_KEY_SET_AGE.toNanos();
  }

  private boolean isUnknownKidFetchDue() {
    long last = lastUnknownKidFetch;
    return last == Long.MIN_VALUE || ticker.read() - last >= UNKNOWN_KID_REFETCH.toNanos();
  }

  /** Single flight: the first caller fetches; the ones queued behind it see its result and fetch no more. */
  private KeySet fetchIfStillNeeded(java.util.function.Predicate<KeySet> needed) {
    synchronized (fetchLock) {
      KeySet set = current;
      if (!needed.test(set)) {
        return set;
      }
      current = fetch();
      return current;
    }
  }

  private KeySet fetch() {
    String body;
    try {
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(jwksUrl).timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new JwksUnavailable("JWKS at " + jwksUrl + " answered " + response.statusCode());
      }
      body = response.body();
    } catch (IOException e) {
      throw new JwksUnavailable("JWKS at " + jwksUrl + " is unreachable: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JwksUnavailable("interrupted while fetching the JWKS");
    }
    JwkSet set;
    try {
      set = Jwks.setParser().ignoreUnsupported(true).build().parse(body);
    } catch (RuntimeException e) {
      throw new JwksUnavailable("JWKS at " + jwksUrl + " is not a valid JWK set: " + e.getMessage());
    }
    Map<String, PublicKey> keys = new HashMap<>();
    for (Jwk<?> jwk : set.getKeys()) {
      if (jwk.getId() != null && jwk.toKey() instanceof PublicKey publicKey && keys.size() < 64) {
        keys.put(jwk.getId(), publicKey);
      }
    }
    return new KeySet(Map.copyOf(keys), ticker.read());
  }

  /** Kids remembered as unknown now (for the flood test). */
  long unknownKidCount() {
    unknownKids.cleanUp();
    return unknownKids.estimatedSize();
  }

  /** The platform's JWKS could not be read: chat-app cannot verify anything until it can. */
  public static final class JwksUnavailable extends RuntimeException {
    public JwksUnavailable(String message) {
      super(message);
    }
  }
}
