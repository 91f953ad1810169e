package com.pilotstatus.embed.chat.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Chat sessions the platform revoked ({@code DELETE /v1/embed/sessions/{jti}}), as its feed announced them
 * ({@code session.revoked}). chat-app verifies tokens locally, so without this a revoked session's token would still
 * open streams and read fragments here until it expired. Kept for the longest a token lives (15 min): after that
 * every token of the session has expired anyway. Bounded, like every per-request store.
 */
public final class RevokedSessions {

  private static final Duration KEEP = Duration.ofMinutes(15);

  private final Cache<String, Boolean> revoked = Caffeine.newBuilder()
      .expireAfterWrite(KEEP)
      .maximumSize(100_000)
      .build();

  public void revoke(String sessionId) {
    if (sessionId != null && !sessionId.isEmpty()) {
      revoked.put(sessionId, Boolean.TRUE);
    }
  }

  public boolean isRevoked(ChatToken token) {
    return token.sessionId() != null && revoked.getIfPresent(token.sessionId()) != null;
  }
}
