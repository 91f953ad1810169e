package com.pilotstatus.embed.chat.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.util.Optional;

/**
 * The platform's signing keys, by {@code kid}, fetched from its JWKS and cached with Caffeine.
 *
 * <p>Requirements: verifying a token costs no network call in the common case; a key the platform rotated in is
 * picked up on first sight of its {@code kid}; a flood of tokens with made-up {@code kid}s cannot turn chat-app into a
 * JWKS fetch amplifier (an unknown kid is remembered as unknown for a few seconds).
 */
public final class JwksKeys {

  private static final Duration KEY_TTL = Duration.ofMinutes(30);
  private static final Duration UNKNOWN_KID_TTL = Duration.ofSeconds(5);

  private final URI jwksUrl;
  private final HttpClient http;
  private final Cache<String, PublicKey> keys = Caffeine.newBuilder()
      .expireAfterWrite(KEY_TTL).maximumSize(64).build();
  private final Cache<String, Boolean> unknownKids = Caffeine.newBuilder()
      .expireAfterWrite(UNKNOWN_KID_TTL).maximumSize(1024).build();

  public JwksKeys(URI jwksUrl, HttpClient http) {
    this.jwksUrl = jwksUrl;
    this.http = http;
  }

  /**
   * The public key for {@code kid}: cached, or fetched again from the JWKS when unseen.
   *
   * @throws JwksUnavailable when the JWKS cannot be fetched or parsed
   */
  public Optional<PublicKey> find(String kid) {
    if (kid == null || kid.isEmpty() || kid.length() > 200) {
      return Optional.empty();
    }
    PublicKey key = keys.getIfPresent(kid);
    if (key != null) {
      return Optional.of(key);
    }
    if (unknownKids.getIfPresent(kid) != null) {
      return Optional.empty();
    }
    synchronized (this) {
      key = keys.getIfPresent(kid);
      if (key == null) {
        refetch();
        key = keys.getIfPresent(kid);
      }
    }
    if (key == null) {
      unknownKids.put(kid, Boolean.TRUE);
    }
    return Optional.ofNullable(key);
  }

  private void refetch() {
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
    for (Jwk<?> jwk : set.getKeys()) {
      if (jwk.getId() != null && jwk.toKey() instanceof PublicKey publicKey) {
        keys.put(jwk.getId(), publicKey);
      }
    }
  }

  /** The platform's JWKS could not be read: chat-app cannot verify anything until it can. */
  public static final class JwksUnavailable extends RuntimeException {
    public JwksUnavailable(String message) {
      super(message);
    }
  }
}
