package com.pilotstatus.embed.platform.session;

import com.pilotstatus.embed.platform.error.ApiError;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.LocatorAdapter;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints and verifies chat JWTs (seed 000, DESIGN.md "Tokens"). Requirements:
 * <ul>
 *   <li>ES256 only, with a {@code kid}; {@code none}, HMAC (even keyed with our public key) and unknown kids are
 *       refused. The algorithm is pinned twice: in the parser's algorithm list and in the key locator.</li>
 *   <li>Issuer, audience {@code pilot-status-embed} and {@code surface: "chat"} must match; expired and not-yet-valid
 *       tokens are refused (no clock skew: the platform's own clock signs and checks).</li>
 *   <li>TTL ≤ 15 min; a refresh keeps the scope and the session id, and never goes past {@code maxExp}
 *       ({@link #SESSION_LIMIT} after the session was minted).</li>
 * </ul>
 */
public final class ChatTokens {

  public static final String AUDIENCE = "pilot-status-embed";
  public static final long MAX_TTL_SECONDS = 900;
  public static final long MIN_TTL_SECONDS = 60;
  public static final Duration SESSION_LIMIT = Duration.ofHours(12);

  private final SigningKeys keys;
  private final String issuer;
  private final Clock clock;
  private final Revocations revocations;
  // Built once: it looks keys up and reads the clock on every parse, so rotation and a moving clock still apply.
  private final JwtParser parser;

  public ChatTokens(SigningKeys keys, String issuer, Clock clock, Revocations revocations) {
    this.revocations = revocations;
    this.keys = keys;
    this.issuer = issuer;
    this.clock = clock;
    this.parser = Jwts.parser()
        .sig().clear().add(Jwts.SIG.ES256).and()
        .keyLocator(new LocatorAdapter<Key>() {
          @Override
          protected Key locate(JwsHeader header) {
            if (!"ES256".equals(header.getAlgorithm())) {
              throw new JwtException("alg must be ES256");
            }
            return keys.find(header.getKeyId())
                .orElseThrow(() -> new JwtException("unknown kid"))
                .publicKey();
          }
        })
        .clock(() -> Date.from(clock.instant()))
        .requireIssuer(issuer)
        .requireAudience(AUDIENCE)
        .build();
  }

  /** A signed token and its claims. */
  public record Minted(String token, ChatClaims claims) {
  }

  /** A new session's first token. */
  public Minted mint(String tenantId, List<String> numberIds, List<String> origins, long ttlSeconds) {
    Instant now = now();
    return sign(tenantId, numberIds, origins, "ses_" + UUID.randomUUID().toString().replace("-", ""), ttlSeconds,
        now.plus(SESSION_LIMIT), now);
  }

  /** A new token for the same session and scope; 401 when {@code token} is not a valid chat token. */
  public Minted refresh(String token) {
    ChatClaims claims = verify(token);
    Instant now = now();
    if (!now.isBefore(claims.maxExp())) {
      throw ApiError.unauthorized("The chat session reached its maximum length; mint a new token");
    }
    return sign(claims.tenantId(), claims.whatsappNumberIds(), claims.allowedOrigins(), claims.sessionId(),
        claims.ttlSeconds(), claims.maxExp(), now);
  }

  private Minted sign(String tenantId, List<String> numberIds, List<String> origins, String sid, long ttlSeconds,
                      Instant maxExp, Instant now) {
    Instant exp = now.plusSeconds(ttlSeconds);
    if (exp.isAfter(maxExp)) {
      exp = maxExp;
    }
    String jti = UUID.randomUUID().toString();
    SigningKey key = keys.current();
    String token = Jwts.builder()
        .header().keyId(key.kid()).type("JWT").and()
        .issuer(issuer)
        .audience().add(AUDIENCE).and()
        .subject(tenantId)
        .claim("surface", "chat")
        .claim("whatsappNumberIds", numberIds)
        .claim("allowedOrigins", origins)
        .issuedAt(Date.from(now))
        .notBefore(Date.from(now))
        .expiration(Date.from(exp))
        .id(jti)
        .claim("sid", sid)
        .claim("ttl", ttlSeconds)
        .claim("maxExp", maxExp.getEpochSecond())
        .signWith(key.pair().getPrivate(), Jwts.SIG.ES256)
        .compact();
    revocations.issued(jti, tenantId, sid);
    return new Minted(token, new ChatClaims(tenantId, numberIds, origins, sid, ttlSeconds, maxExp, now, exp, jti));
  }

  /** The claims of a valid chat token; 401 for anything else (the reason is in the message). */
  public ChatClaims verify(String token) {
    if (token == null || token.isBlank()) {
      throw ApiError.unauthorized("Missing chat token: send Authorization: Bearer <token>");
    }
    Claims claims;
    try {
      claims = parser.parseSignedClaims(token).getPayload();
    } catch (JwtException | IllegalArgumentException e) {
      throw ApiError.unauthorized("Invalid or expired chat token");
    }
    if (claims.getExpiration() == null || !clock.instant().isBefore(claims.getExpiration().toInstant())) {
      throw ApiError.unauthorized("Invalid or expired chat token");
    }
    if (!"chat".equals(claims.get("surface"))) {
      throw ApiError.unauthorized("Not a chat token");
    }
    List<String> numberIds = strings(claims.get("whatsappNumberIds"));
    List<String> origins = strings(claims.get("allowedOrigins"));
    Object sid = claims.get("sid");
    Object ttl = claims.get("ttl");
    Object maxExp = claims.get("maxExp");
    if (numberIds == null || origins == null || !(sid instanceof String) || !(ttl instanceof Number)
        || !(maxExp instanceof Number) || claims.getSubject() == null || claims.getIssuedAt() == null) {
      throw ApiError.unauthorized("Not a chat token");
    }
    if (revocations.isRevoked((String) sid)) {
      throw ApiError.unauthorized("This chat session was revoked; mint a new token");
    }
    return new ChatClaims(claims.getSubject(), numberIds, origins, (String) sid, ((Number) ttl).longValue(),
        Instant.ofEpochSecond(((Number) maxExp).longValue()), claims.getIssuedAt().toInstant(),
        claims.getExpiration().toInstant(), claims.getId());
  }

  /** Now, in whole seconds: JWT times have second precision, and {@code expiresAt} must equal the token's exp. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  private static List<String> strings(Object value) {
    if (!(value instanceof List<?> list)) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String s)) {
        return null;
      }
      out.add(s);
    }
    return out;
  }
}
