package com.pilotstatus.embed.chat.session;

import com.pilotstatus.embed.chat.platform.PlatformClient;
import com.pilotstatus.embed.kit.platform.EmbedSession;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /session} (the runtime's check after {@code init}) and {@code POST /session/refresh} (the sliding
 * refresh). Both answer when to refresh next, computed here so the runtime needs no clock arithmetic of its own
 * beyond "in N ms".
 */
public final class SessionHandlers {

  private final PlatformClient platform;
  private final TokenVerifier verifier;
  private final Duration refreshLead;
  private final Clock clock;

  public SessionHandlers(PlatformClient platform, TokenVerifier verifier, Duration refreshLead, Clock clock) {
    this.platform = platform;
    this.verifier = verifier;
    this.refreshLead = refreshLead;
    this.clock = clock;
  }

  public void check(Context ctx) {
    ctx.json(timing(SessionGuard.token(ctx), null));
  }

  public void refresh(Context ctx) {
    ChatToken current = SessionGuard.token(ctx);
    EmbedSession refreshed = platform.refresh(current);
    ChatToken next = verifier.verify(refreshed.token(), ctx.header(SessionGuard.PARENT_HEADER));
    if (!next.whatsappNumberIds().equals(current.whatsappNumberIds())) {
      throw new TokenRejected(TokenRejected.Reason.TOKEN_INVALID, "The refreshed token changed the session's scope.");
    }
    ctx.status(201).json(timing(next, next.raw()));
  }

  private Map<String, Object> timing(ChatToken token, String raw) {
    long expiresIn = Math.max(0, Duration.between(Instant.now(clock), token.expiresAt()).toMillis());
    long refreshIn = Math.max(1000, expiresIn - refreshLead.toMillis());
    Map<String, Object> body = new LinkedHashMap<>();
    if (raw != null) {
      body.put("token", raw);
    }
    body.put("expiresInMs", expiresIn);
    body.put("refreshInMs", Math.min(refreshIn, expiresIn));
    return body;
  }
}
