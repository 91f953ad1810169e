package com.pilotstatus.embed.platform.session;

import io.jsonwebtoken.Jwts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The chat-token signing keys. Requirements: tokens are signed with the current key; after a rotation the previous
 * key stays published (and accepted) until every token it signed has expired ({@link #RETAIN_AFTER_ROTATION} =
 * the longest token TTL), then it disappears from the JWKS.
 */
public final class SigningKeys {

  public static final Duration RETAIN_AFTER_ROTATION = Duration.ofSeconds(ChatTokens.MAX_TTL_SECONDS);

  private final CopyOnWriteArrayList<SigningKey> keys = new CopyOnWriteArrayList<>();
  private final Clock clock;

  public SigningKeys(KeyPair initial, Clock clock) {
    this.clock = clock;
    keys.add(SigningKey.of(initial));
  }

  public static KeyPair generate() {
    return Jwts.SIG.ES256.keyPair().build();
  }

  /** Reads a PEM file holding a PKCS#8 EC private key and its X.509 public key. */
  public static KeyPair load(Path pem) {
    try {
      String text = Files.readString(pem);
      KeyFactory factory = KeyFactory.getInstance("EC");
      PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(block(text, "PRIVATE KEY", pem)));
      PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(block(text, "PUBLIC KEY", pem)));
      return new KeyPair(publicKey, privateKey);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PS_SIGNING_KEY_FILE " + pem, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("PS_SIGNING_KEY_FILE " + pem + " does not hold a P-256 key pair", e);
    }
  }

  private static byte[] block(String text, String label, Path pem) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("PS_SIGNING_KEY_FILE " + pem + " has no " + begin + " block");
    }
    return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
  }

  /** The key new tokens are signed with. */
  public SigningKey current() {
    return keys.get(keys.size() - 1);
  }

  /** Signs new tokens with a fresh key; returns its kid. */
  public synchronized String rotate() {
    Instant now = clock.instant();
    SigningKey previous = current();
    keys.set(keys.size() - 1, previous.retired(now));
    SigningKey next = SigningKey.of(generate());
    keys.add(next);
    return next.kid();
  }

  /**
   * Signs new tokens with a fresh key and withdraws every earlier key at once: each token they signed is refused by the
   * platform now, and by chat-app once it refetches the JWKS (within 60 s). For a key that may have leaked, and to
   * revoke every open session at once. Returns the new kid.
   */
  public synchronized String rotateRevokingPrevious() {
    String kid = rotate();
    Instant longAgo = clock.instant().minus(RETAIN_AFTER_ROTATION).minusSeconds(1);
    for (int i = 0; i < keys.size() - 1; i++) {
      keys.set(i, keys.get(i).retired(longAgo));
    }
    return kid;
  }

  /** The current key and every retired key whose tokens may still be valid. */
  public List<SigningKey> published() {
    Instant now = clock.instant();
    List<SigningKey> out = new ArrayList<>();
    for (SigningKey key : keys) {
      if (key.retiredAt() == null || now.isBefore(key.retiredAt().plus(RETAIN_AFTER_ROTATION))) {
        out.add(key);
      }
    }
    return out;
  }

  public Optional<SigningKey> find(String kid) {
    return published().stream().filter(k -> k.kid().equals(kid)).findFirst();
  }
}
