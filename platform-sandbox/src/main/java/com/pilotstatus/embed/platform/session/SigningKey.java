package com.pilotstatus.embed.platform.session;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One ES256 (P-256) signing key. Its {@code kid} is the RFC 7638 JWK thumbprint, so it is stable for the same key.
 *
 * @param retiredAt when a newer key replaced it, or {@code null} for the current key
 */
public record SigningKey(String kid, KeyPair pair, Instant retiredAt) {

  public static SigningKey of(KeyPair pair) {
    return new SigningKey(thumbprint((ECPublicKey) pair.getPublic()), pair, null);
  }

  public SigningKey retired(Instant at) {
    return new SigningKey(kid, pair, at);
  }

  public ECPublicKey publicKey() {
    return (ECPublicKey) pair.getPublic();
  }

  /** The public JWK as published in the JWKS. */
  public Map<String, String> jwk() {
    Map<String, String> jwk = new LinkedHashMap<>();
    jwk.put("kty", "EC");
    jwk.put("crv", "P-256");
    jwk.put("kid", kid);
    jwk.put("use", "sig");
    jwk.put("alg", "ES256");
    jwk.put("x", coordinate(publicKey().getW().getAffineX()));
    jwk.put("y", coordinate(publicKey().getW().getAffineY()));
    return jwk;
  }

  private static String thumbprint(ECPublicKey key) {
    String canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + coordinate(key.getW().getAffineX())
        + "\",\"y\":\"" + coordinate(key.getW().getAffineY()) + "\"}";
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A P-256 coordinate as 32 unsigned big-endian bytes, base64url (RFC 7518 §6.2.1.2). */
  private static String coordinate(BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] fixed = new byte[32];
    if (raw.length > 32) {
      raw = Arrays.copyOfRange(raw, raw.length - 32, raw.length);
    }
    System.arraycopy(raw, 0, fixed, 32 - raw.length, raw.length);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
  }
}
