package com.pilotstatus.embed.platform.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.pilotstatus.embed.platform.sandbox.ClockTicker;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Revoked chat sessions (issue 16, item 10: {@code DELETE /v1/embed/sessions/{jti}}). Requirements:
 * <ul>
 *   <li>Revoking a token's {@code jti} revokes its whole session ({@code sid}): every token of it, including ones
 *       already refreshed from it, is refused from then on, and none can be refreshed.</li>
 *   <li>Only the tenant that minted a token can revoke it; an unknown or foreign {@code jti} is the same 404.</li>
 *   <li>Bounded: both stores are Caffeine caches that forget an entry after the longest token lifetime
 *       ({@link ChatTokens#MAX_TTL_SECONDS}). That is enough: a revoked session's last token expires by then, and a
 *       token can only be revoked while it is alive.</li>
 * </ul>
 */
public final class Revocations {

  static final Duration KEEP = Duration.ofSeconds(ChatTokens.MAX_TTL_SECONDS);
  static final long MAX_ENTRIES = 500_000;

  /** Who minted a live token, and its session. */
  public record Issued(String tenantId, String sessionId) {
  }

  private final Cache<String, Issued> issued;
  private final Cache<String, Boolean> revokedSessions;

  public Revocations(Clock clock) {
    this(clock, MAX_ENTRIES);
  }

  /** With a smaller bound, for the flood test. */
  Revocations(Clock clock, long maxEntries) {
    this.issued = Caffeine.newBuilder().expireAfterWrite(KEEP).maximumSize(maxEntries)
        .ticker(ClockTicker.of(clock)).executor(Runnable::run).build();
    this.revokedSessions = Caffeine.newBuilder().expireAfterWrite(KEEP).maximumSize(maxEntries)
        .ticker(ClockTicker.of(clock)).executor(Runnable::run).build();
  }

  void issued(String jti, String tenantId, String sessionId) {
    issued.put(jti, new Issued(tenantId, sessionId));
  }

  /** Revokes the session of {@code jti} when {@code tenantId} minted it; empty for an unknown or foreign jti. */
  public Optional<Issued> revoke(String tenantId, String jti) {
    Issued token = jti == null ? null : issued.getIfPresent(jti);
    if (token == null || !token.tenantId().equals(tenantId)) {
      return Optional.empty();
    }
    revokedSessions.put(token.sessionId(), Boolean.TRUE);
    return Optional.of(token);
  }

  public boolean isRevoked(String sessionId) {
    return revokedSessions.getIfPresent(sessionId) != null;
  }

  /** Entries kept now, both stores (for the flood test). */
  public long size() {
    issued.cleanUp();
    revokedSessions.cleanUp();
    return issued.estimatedSize() + revokedSessions.estimatedSize();
  }
}
