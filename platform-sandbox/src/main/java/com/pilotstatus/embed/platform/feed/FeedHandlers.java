package com.pilotstatus.embed.platform.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.platform.chat.ChatEvent;
import com.pilotstatus.embed.platform.chat.EventLog;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.kit.lifecycle.Draining;
import com.pilotstatus.embed.platform.http.EventStreamOutput;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /v1/internal/events}: every chat event of every tenant, for front-end instances (one subscription per
 * chat-app instance, which fans it out to its browsers). Authorised by the {@link ServiceCredential} only.
 *
 * <p>Requirements: the stream first states its position ({@code event: position} with the current {@code id:}, or the
 * resume point), so a subscriber that has seen nothing yet still resumes exactly; with {@code Last-Event-ID} it replays every retained
 * later event, in order, once, then the live ones; a resume point no longer retained gives {@code event: reset} (the
 * subscriber drops what it derived from the feed); a keep-alive comment every 15 s; the stream does not expire.
 * Each event's data is {@code {"whatsappNumberId": …, "data": <the public stream's payload>}}.
 */
public final class FeedHandlers {

  private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

  private final ServiceCredential credential;
  private final EventLog events;
  /** Queued by a drain: the feed's last word is a retry hint. Compared by identity, never sent. */
  private static final ChatEvent DRAINED = new ChatEvent(-1, "", "drained", null);

  private final ObjectMapper json;
  private final Draining draining;

  public FeedHandlers(ServiceCredential credential, EventLog events, ObjectMapper json, Draining draining) {
    this.draining = draining;
    this.credential = credential;
    this.events = events;
    this.json = json;
  }

  public void stream(Context ctx) throws IOException {
    credential.authenticate(ctx);
    long after = lastEventId(ctx);
    LinkedBlockingQueue<ChatEvent> queue = new LinkedBlockingQueue<>();
    // On SIGTERM the feed says "reconnect in 1 s" and ends: the instance resumes by Last-Event-ID elsewhere.
    try (EventLog.Subscription subscription = events.subscribeAll(after, queue);
         Draining.Registration closer = draining.onDrain(() -> queue.offer(DRAINED))) {
      EventStreamOutput out = EventStreamOutput.open(ctx, 1000);
      if (subscription.isReset()) {
        out.event(subscription.position(), "reset", "{}");
      } else {
        out.event(after < 0 ? subscription.position() : after, "position", "{}"); // then what followed it
      }
      while (!Thread.currentThread().isInterrupted()) {
        ChatEvent event = queue.poll(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
        if (event == DRAINED) {
          out.retryHint();
          return;
        }
        if (event == null) {
          out.comment("keep-alive");
        } else {
          Map<String, Object> data = new LinkedHashMap<>();
          data.put("whatsappNumberId", event.numberId());
          data.put("data", event.data());
          out.event(event.sequence(), event.type(), json.writeValueAsString(data));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the subscriber went away; it resumes with Last-Event-ID
    }
  }

  private static long lastEventId(Context ctx) {
    String raw = ctx.header("Last-Event-ID");
    if (raw == null || raw.isBlank()) {
      return -1;
    }
    try {
      return Math.max(0, Long.parseLong(raw.trim()));
    } catch (NumberFormatException e) {
      throw ApiError.invalid("Last-Event-ID", "Last-Event-ID must be an event id this feed sent");
    }
  }
}
