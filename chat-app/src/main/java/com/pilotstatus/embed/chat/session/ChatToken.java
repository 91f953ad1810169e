package com.pilotstatus.embed.chat.session;

import com.pilotstatus.embed.origin.AllowedOrigins;
import com.pilotstatus.embed.origin.Origin;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A verified chat JWT: who it is for, what it may see, and until when. Only {@link TokenVerifier} makes these, so
 * holding one means the signature, issuer, audience, surface and lifetime were checked.
 *
 * @param raw               the compact JWT, forwarded to the platform as the bearer credential
 * @param tenantId          {@code sub}
 * @param whatsappNumberIds the numbers this session may read and write
 * @param allowedOrigins    the origins that may embed this session
 * @param expiresAt         {@code exp}
 * @param sessionId         {@code sid}: the chat session, the same across refreshed tokens (null when absent)
 */
public record ChatToken(String raw, String tenantId, List<String> whatsappNumberIds, AllowedOrigins allowedOrigins,
                        Instant expiresAt, String sessionId) {

  public ChatToken {
    Objects.requireNonNull(raw, "raw");
    whatsappNumberIds = List.copyOf(whatsappNumberIds);
    Objects.requireNonNull(allowedOrigins, "allowedOrigins");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** The scope re-check: may this session see {@code numberId}? */
  public boolean covers(String numberId) {
    return numberId != null && whatsappNumberIds.contains(numberId);
  }

  public boolean allowsParent(Origin parent) {
    return allowedOrigins.allows(parent);
  }
}
