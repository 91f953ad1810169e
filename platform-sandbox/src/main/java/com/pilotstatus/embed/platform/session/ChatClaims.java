package com.pilotstatus.embed.platform.session;

import java.time.Instant;
import java.util.List;

/**
 * What a verified chat token grants.
 *
 * @param tenantId   the {@code sub}
 * @param sessionId  the {@code sid}, kept across refreshes
 * @param ttlSeconds the session's token lifetime, reused by refreshes
 * @param maxExp     the absolute end of the session: no refresh goes past it
 */
public record ChatClaims(String tenantId, List<String> whatsappNumberIds, List<String> allowedOrigins,
                         String sessionId, long ttlSeconds, Instant maxExp, Instant issuedAt, Instant expiresAt,
                         String jti) {

  public ChatClaims {
    whatsappNumberIds = List.copyOf(whatsappNumberIds);
    allowedOrigins = List.copyOf(allowedOrigins);
  }

  public boolean covers(String numberId) {
    return whatsappNumberIds.contains(numberId);
  }
}
