package com.pilotstatus.embed.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A seeded generator of chat JWTs that every verifier must refuse (issue 16, "Fuzzing"): {@code alg: none}, HS256
 * keyed with the public key, tampered payloads and headers, a signature by another key, wrong audience, surface or
 * issuer, expired, not yet valid, huge, and text that is not base64 at all. Signed cases are signed by the real key,
 * so each fails for its own reason. Needs no JWT library: the JOSE pieces are written by hand.
 */
public final class HostileJwts {

  /** One forged token and what is wrong with it. */
  public record Case(String kind, String token) {
  }

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final Random random;
  private final PrivateKey key;
  private final PublicKey publicKey;
  private final String kid;
  private final String issuer;
  private final long now;
  private final PrivateKey otherKey;

  /** {@code key}/{@code kid}: the verifier's real signing key; {@code now} in epoch seconds. */
  public HostileJwts(long seed, KeyPair key, String kid, String issuer, long now) {
    this.random = new Random(seed);
    this.key = key.getPrivate();
    this.publicKey = key.getPublic();
    this.kid = kid;
    this.issuer = issuer;
    this.now = now;
    this.otherKey = newKeyPair().getPrivate();
  }

  /** A token the verifier accepts (the positive control). */
  public String valid() {
    return signed(header("ES256", kid), claims(issuer, "pilot-status-embed", "chat", now - 10, now + 600), key);
  }

  public List<Case> generate(int count) {
    List<Case> out = new ArrayList<>(count);
    while (out.size() < count) {
      out.add(next(out.size() % 13));
    }
    return out;
  }

  private Case next(int kind) {
    String claims = claims(issuer, "pilot-status-embed", "chat", now - 10, now + 600);
    switch (kind) {
      case 0:
        return new Case("alg-none", b64(header("none", kid)) + "." + b64(claims) + "." + (random.nextBoolean() ? ""
            : B64.encodeToString("x".getBytes(StandardCharsets.UTF_8))));
      case 1:
        return new Case("hs256-with-public-key", hmac(header("HS256", kid), claims));
      case 2: {
        String[] parts = valid().split("\\.");
        String tampered = claims.replace("\"wa_demo\"", "\"wa_" + random.nextInt(1000) + "\"")
            .replace("\"sub\":\"tn_demo\"", "\"sub\":\"tn_" + random.nextInt(1000) + "\"");
        return new Case("tampered-payload", parts[0] + "." + b64(tampered) + "." + parts[2]);
      }
      case 3: {
        String[] parts = valid().split("\\.");
        String alg = pick("ES384", "ES512", "RS256", "PS256", "EdDSA", "es256", "ES256 ");
        return new Case("tampered-header", b64(header(alg, kid)) + "." + parts[1] + "." + parts[2]);
      }
      case 4:
        return new Case("other-key", signed(header("ES256", kid), claims, otherKey));
      case 5:
        return new Case("wrong-audience", signed(header("ES256", kid),
            claims(issuer, pick("another-app", "", "pilot-status-embed-x", "PILOT-STATUS-EMBED"), "chat", now - 10,
                now + 600), key));
      case 6:
        return new Case("wrong-surface", signed(header("ES256", kid),
            claims(issuer, "pilot-status-embed", pick("connect", "", "Chat", "chat "), now - 10, now + 600), key));
      case 7:
        return new Case("expired", signed(header("ES256", kid),
            claims(issuer, "pilot-status-embed", "chat", now - 4000, now - 60 - random.nextInt(3000)), key));
      case 8:
        return new Case("not-yet-valid", signed(header("ES256", kid), claims(issuer, "pilot-status-embed", "chat",
            now + 120 + random.nextInt(3000), now + 4000).replace("\"iat\"", "\"nbf\":" + (now + 120) + ",\"iat\""),
            key));
      case 9:
        return new Case("foreign-issuer", signed(header("ES256", kid),
            claims(pick("someone-else", "", "pilot-status-sandbox ", "https://evil.example"), "pilot-status-embed",
                "chat", now - 10, now + 600), key));
      case 10: {
        String big = "A".repeat(9_000 + random.nextInt(150_000));
        return new Case("huge", random.nextBoolean() ? big : b64(header("ES256", kid)) + "." + big + ".sig");
      }
      case 11: {
        StringBuilder junk = new StringBuilder();
        String alphabet = "!@#$%^&*()+=~`<>?,;:'\"[]{}|\\ \u00e9\u4e2d\u0000\n.";
        int length = 1 + random.nextInt(300);
        for (int i = 0; i < length; i++) {
          junk.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return new Case("not-base64", junk.toString());
      }
      default: {
        String unknownKid = "kid-" + random.nextInt(1_000_000);
        return new Case("unknown-kid", signed(header("ES256", unknownKid), claims, otherKey));
      }
    }
  }

  private String claims(String iss, String aud, String surface, long iat, long exp) {
    return "{\"iss\":\"" + iss + "\",\"aud\":[\"" + aud + "\"],\"sub\":\"tn_demo\",\"surface\":\"" + surface
        + "\",\"whatsappNumberIds\":[\"wa_demo\"],\"allowedOrigins\":[\"https://app.example.com\"],\"iat\":" + iat
        + ",\"exp\":" + exp + ",\"jti\":\"" + random.nextLong() + "\",\"sid\":\"ses_fuzz\",\"ttl\":600,\"maxExp\":"
        + (exp + 3600) + "}";
  }

  private static String header(String alg, String kid) {
    return "{\"alg\":\"" + alg + "\",\"kid\":\"" + kid + "\",\"typ\":\"JWT\"}";
  }

  private static String signed(String header, String claims, PrivateKey with) {
    String input = b64(header) + "." + b64(claims);
    try {
      Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
      signature.initSign(with);
      signature.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + B64.encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private String hmac(String header, String claims) {
    String input = b64(header) + "." + b64(claims);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(publicKey.getEncoded(), "HmacSHA256"));
      return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh P-256 key pair. */
  public static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String b64(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }
}
