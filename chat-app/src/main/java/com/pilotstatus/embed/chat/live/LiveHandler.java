package com.pilotstatus.embed.chat.live;

import com.pilotstatus.embed.chat.conversation.ConversationService;
import com.pilotstatus.embed.chat.i18n.Viewer;
import com.pilotstatus.embed.chat.platform.PlatformClient;
import com.pilotstatus.embed.chat.session.ChatToken;
import com.pilotstatus.embed.chat.session.SessionGuard;
import com.pilotstatus.embed.chat.shell.Templates;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /live}: the iframe's live updates as server-sent events. chat-app relays the platform's event stream
 * for this session, rendering each event into the fragment the runtime swaps in.
 *
 * <p>Requirements: new messages and status changes reach the iframe within a second; after a dropped connection the
 * iframe resumes from its last event id with no gaps and no duplicates (the id is the platform's sequence, passed
 * through both ways); a stream never outlives its token (it closes at {@code exp}, and the runtime reconnects with
 * the refreshed token and its {@code Last-Event-ID}).
 */
public final class LiveHandler {

  private final PlatformClient platform;
  private final UnreadCounts unread;
  private final Templates templates;
  private final Clock clock;
  private final ScheduledExecutorService timers;

  public LiveHandler(PlatformClient platform, ConversationService conversations, Templates templates, Clock clock,
                     ScheduledExecutorService timers) {
    this.platform = platform;
    this.unread = new UnreadCounts(token -> conversations.summary(token).unreadCount()); // one for every stream
    this.templates = templates;
    this.clock = clock;
    this.timers = timers;
  }

  public void stream(SseClient client) {
    Context ctx = client.ctx();
    ChatToken token = SessionGuard.token(ctx);
    Viewer viewer = Viewer.of(ctx, clock);
    String lastEventId = ctx.header("Last-Event-ID");
    Relay relay = new Relay(client, token, viewer, lastEventId, platform, unread, templates);
    long untilExpiry = Math.max(0, Duration.between(Instant.now(clock), token.expiresAt()).toMillis());
    ScheduledFuture<?> expiry = timers.schedule(relay::stop, untilExpiry, TimeUnit.MILLISECONDS);
    client.onClose(relay::stop);
    try {
      // On Javalin's async SSE thread, until the platform stream ends, the token expires or the browser leaves.
      relay.run();
    } finally {
      // However the stream ended (the browser left, the platform stream ended or failed), its timer goes with it.
      expiry.cancel(false);
    }
  }
}
