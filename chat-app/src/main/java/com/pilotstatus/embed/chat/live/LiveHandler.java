package com.pilotstatus.embed.chat.live;

import com.pilotstatus.embed.protocol.ChatHeaders;
import com.pilotstatus.embed.chat.LiveSettings;
import com.pilotstatus.embed.chat.i18n.Viewer;
import com.pilotstatus.embed.chat.inbox.InboxCache;
import com.pilotstatus.embed.chat.session.ChatToken;
import com.pilotstatus.embed.chat.session.SessionGuard;
import io.javalin.http.Context;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * {@code GET /live}: the iframe's live updates as server-sent events, rendered (see {@link LiveFrames}). The request
 * is taken asynchronous and handed to the {@link LiveHub}; no thread waits for it.
 */
public final class LiveHandler {

  private final LiveHub hub;
  private final InboxCache inbox;
  private final LiveSettings settings;
  private final Clock clock;

  public LiveHandler(LiveHub hub, InboxCache inbox, LiveSettings settings, Clock clock) {
    this.hub = hub;
    this.inbox = inbox;
    this.settings = settings;
    this.clock = clock;
  }

  public void stream(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    Viewer viewer = Viewer.of(ctx, clock);
    String lastEventId = ctx.header(ChatHeaders.LAST_EVENT_ID);
    LiveHub.Ticket ticket = hub.reserve(token); // 429 / 503 before anything is streamed
    if (inbox.isCurrent()) {
      try {
        inbox.inboxes(token); // in memory before the first event, so each one can carry the unread total
      } catch (RuntimeException e) {
        hub.release(ticket);
        throw e;
      }
    }
    ctx.status(200);
    ctx.contentType("text/event-stream; charset=utf-8");
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Accel-Buffering", "no"); // nginx: pass each event on at once
    CompletableFuture<Void> done = new CompletableFuture<>();
    ctx.future(() -> {
      try {
        ServletOutputStream out = ctx.res().getOutputStream();
        AsyncContext async = ctx.req().getAsyncContext(); // Javalin started it before calling this supplier
        LiveStream stream = new LiveStream(token, viewer, out, () -> end(async, done), settings.maxBacklogBytes());
        out.setWriteListener(stream);
        hub.attach(ticket, stream, lastEventId);
      } catch (IOException e) {
        hub.release(ticket);
        done.complete(null);
        throw new UncheckedIOException(e);
      } catch (RuntimeException e) {
        hub.release(ticket);
        done.complete(null);
        throw e;
      }
      return done;
    });
  }

  /** Completes the response on one of the container's threads, never on the caller's (see {@link LiveStream}). */
  private static void end(AsyncContext async, CompletableFuture<Void> done) {
    try {
      async.start(() -> done.complete(null));
    } catch (RuntimeException e) { // the request is already over, or the container is stopping and takes no task
      done.complete(null);
    }
  }
}
