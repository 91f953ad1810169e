package com.pilotstatus.embed.chat.session;

import static com.pilotstatus.embed.chat.session.TokenRejected.Reason.EXPIRED;
import static com.pilotstatus.embed.chat.session.TokenRejected.Reason.ORIGIN_NOT_ALLOWED;
import static com.pilotstatus.embed.chat.session.TokenRejected.Reason.TOKEN_INVALID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.pilotstatus.embed.origin.AllowedOrigins;
import com.pilotstatus.embed.origin.OriginPolicy;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.UnsupportedJwtException;
import java.security.Key;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies chat JWTs locally against the platform's JWKS (DESIGN.md "Tokens").
 *
 * <p>Requirements: the algorithm is pinned to ES256 (so {@code none}, HS256-with-the-public-key and friends are
 * refused before any key is used); issuer, audience {@code pilot-status-embed}, {@code surface: "chat"}, {@code exp}
 * and {@code nbf} are checked; {@code whatsappNumberIds} and {@code allowedOrigins} must be present and well formed;
 * and the iframe's parent origin must be one of {@code allowedOrigins}. Every failure is a {@link TokenRejected} with a
 * reason the iframe can turn into the right state.
 */
public final class TokenVerifier {

  public static final String AUDIENCE = "pilot-status-embed";
  private static final String ALGORITHM = "ES256";
  private static final long CLOCK_SKEW_SECONDS = 5;
  private static final int MAX_TOKEN_CHARS = 8192;

  private final JwtParser parser;
  private final JwksKeys keys;
  private final OriginPolicy originPolicy;
  private final RevokedSessions revoked;
  /**
   * Tokens already verified, so the ES256 check runs once per token and not on every fragment and stream of an
   * open inbox. Kept 30 s at most (a key the platform withdraws stops being accepted well within a minute) and never
   * past {@code exp}; bounded, so a flood of distinct tokens cannot grow it.
   */
  private final Cache<String, ChatToken> verified = Caffeine.newBuilder()
      .expireAfterWrite(Duration.ofSeconds(30))
      .maximumSize(50_000)
      .build();

  public TokenVerifier(JwksKeys keys, String issuer, OriginPolicy originPolicy) {
    this(keys, issuer, originPolicy, new RevokedSessions());
  }

  public TokenVerifier(JwksKeys keys, String issuer, OriginPolicy originPolicy, RevokedSessions revoked) {
    this.keys = keys;
    this.originPolicy = originPolicy;
    this.revoked = revoked;
    this.parser = Jwts.parser()
        .sig().clear().add(Jwts.SIG.ES256).and()
        .keyLocator(new LocatorAdapter<Key>() {
          @Override
          protected Key locate(JwsHeader header) {
            if (!ALGORITHM.equals(header.getAlgorithm())) {
              throw new UnsupportedJwtException("alg must be " + ALGORITHM);
            }
            return keys.find(header.getKeyId())
                .orElseThrow(() -> new UnsupportedJwtException("unknown signing key"));
          }
        })
        .requireIssuer(issuer)
        .requireAudience(AUDIENCE)
        .require("surface", "chat")
        .clockSkewSeconds(CLOCK_SKEW_SECONDS)
        .build();
  }

  /** The platform withdrew signing keys: nothing verified before counts, and the key set is fetched again. */
  public void forgetKeys() {
    keys.forget();
    verified.invalidateAll();
  }

  /**
   * Verifies {@code compact} for an iframe whose parent is {@code parentOrigin}.
   *
   * @throws TokenRejected                    when the token or the parent is not acceptable
   * @throws JwksKeys.JwksUnavailable         when the platform's keys cannot be fetched
   */
  public ChatToken verify(String compact, String parentOrigin) {
    ChatToken known = compact == null ? null : verified.getIfPresent(compact);
    ChatToken token = known != null && Instant.now().isBefore(known.expiresAt()) ? known : verify(compact);
    if (revoked.isRevoked(token)) {
      throw new TokenRejected(TOKEN_INVALID, "This chat session was revoked; mint a new token.");
    }
    var parent = originPolicy.parse(parentOrigin);
    if (!parent.isValid() || !token.allowsParent(parent.origin())) {
      throw new TokenRejected(ORIGIN_NOT_ALLOWED,
          "The page at " + printable(parentOrigin) + " is not in this token's allowedOrigins; mint the token with it.");
    }
    return token;
  }

  /** Verifies the token alone (signature, claims, lifetime), without the parent-origin check. */
  public ChatToken verify(String compact) {
    if (compact == null || compact.isEmpty() || compact.length() > MAX_TOKEN_CHARS) {
      throw new TokenRejected(TOKEN_INVALID, "No chat token was given; pass the JWT from POST /v1/embed/sessions.");
    }
    Claims claims;
    try {
      claims = parser.parseSignedClaims(compact).getPayload();
    } catch (ExpiredJwtException e) {
      throw new TokenRejected(EXPIRED, "The chat token has expired; mint a new one.", e);
    } catch (JwtException | IllegalArgumentException | ClassCastException e) {
      throw new TokenRejected(TOKEN_INVALID, "The chat token is not valid: " + e.getMessage(), e);
    }
    List<String> numbers = stringList(claims.get("whatsappNumberIds"));
    List<String> origins = stringList(claims.get("allowedOrigins"));
    if (numbers == null || numbers.isEmpty() || origins == null) {
      throw new TokenRejected(TOKEN_INVALID, "The chat token lacks whatsappNumberIds or allowedOrigins.");
    }
    // The platform normalised these when minting; re-check under our own policy rather than trust a claim shape.
    AllowedOrigins.Result allowed = AllowedOrigins.check(origins, OriginPolicy.allowingHttp());
    if (!allowed.isValid()) {
      throw new TokenRejected(TOKEN_INVALID, "The chat token's allowedOrigins are not valid: " + allowed.error());
    }
    if (claims.getExpiration() == null) {
      throw new TokenRejected(TOKEN_INVALID, "The chat token has no exp.");
    }
    Object sid = claims.get("sid");
    ChatToken token = new ChatToken(compact, claims.getSubject(), numbers, allowed.allowed(),
        claims.getExpiration().toInstant(), sid instanceof String s && !s.isEmpty() && s.length() <= 256 ? s : null);
    verified.put(compact, token);
    return token;
  }

  private static List<String> stringList(Object claim) {
    if (!(claim instanceof List<?> list)) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String s) || s.isEmpty() || s.length() > 256) {
        return null;
      }
      out.add(s);
    }
    return out;
  }

  private static String printable(String s) {
    if (s == null) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length() && i < 100; i++) {
      char c = s.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return out.toString();
  }
}
