package com.pilotstatus.embed.chat.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.chat.platform.PlatformClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's one subscription to the platform's internal event feed ({@code GET /v1/internal/events}), read on
 * one thread and handed to the {@link Listener} (the {@link LiveHub}) in feed order.
 *
 * <p>Why one per instance and not one per number shard: the feed is a single ordered sequence, so one subscription
 * keeps one position to resume from, and an instance needs every number some browser of it may open; a platform
 * with more traffic than one stream carries would shard by number behind the same interface.
 *
 * <p>Requirements: when the feed drops, it is resumed from the last id seen ({@code Last-Event-ID}), with jittered
 * backoff, so the listener sees every event once, in order; a {@code reset} (the resume point was no longer kept) is
 * passed on so that what was derived from the feed is dropped; failures are logged once per outage, not per attempt.
 */
public final class EventFeed implements AutoCloseable {

  /** What the feed tells the hub. All calls come from the feed's one thread. */
  public interface Listener {
    /** Connected at {@code position}; {@code reset}: events before it were missed. */
    void onConnected(long position, boolean reset);

    void onEvent(FeedEvent event);

    void onDisconnected();
  }

  private static final Logger LOG = LoggerFactory.getLogger(EventFeed.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MIN_BACKOFF_MS = 250;
  private static final long MAX_BACKOFF_MS = 5_000;

  private final PlatformClient platform;
  private final Listener listener;
  private final Counter reconnects;
  private final Thread thread;
  private volatile boolean closed;
  private volatile boolean connected;
  private volatile InputStream body;
  private long lastId = -1;

  public EventFeed(PlatformClient platform, Listener listener, MeterRegistry meters) {
    this.platform = platform;
    this.listener = listener;
    this.reconnects = Counter.builder("chat.feed.reconnects")
        .description("Times the platform feed was opened again after a drop").register(meters);
    Gauge.builder("chat.feed.connected", this, f -> f.connected ? 1 : 0)
        .description("1 while the platform feed is connected").register(meters);
    this.thread = new Thread(this::run, "chat-feed");
    this.thread.setDaemon(true);
  }

  public EventFeed start() {
    thread.start();
    return this;
  }

  public boolean isConnected() {
    return connected;
  }

  @Override
  public void close() {
    closed = true;
    abort();
    thread.interrupt();
  }

  /** Drops the current connection (tests simulate an outage with it); the feed resumes by itself. */
  public void abort() {
    InputStream in = body;
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // closing to abort
      }
    }
  }

  private void run() {
    long backoff = MIN_BACKOFF_MS;
    boolean outageLogged = false;
    while (!closed) {
      try {
        HttpResponse<InputStream> response = platform.openFeed(lastId < 0 ? null : Long.toString(lastId));
        body = response.body(); // a refusal or an outage is an exception of the kit's client, handled below
        backoff = MIN_BACKOFF_MS;
        outageLogged = false;
        read(new SseReader(body));
      } catch (IOException | RuntimeException e) {
        if (!closed && !outageLogged) {
          LOG.warn("platform event feed unavailable, resuming after id {}: {}", lastId, e.toString());
          outageLogged = true;
        }
      } finally {
        body = null;
        if (connected) {
          connected = false;
          listener.onDisconnected();
        }
      }
      if (closed) {
        return;
      }
      reconnects.increment();
      try {
        Thread.sleep(backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1));
      } catch (InterruptedException e) {
        return;
      }
      backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
    }
  }

  private void read(SseReader reader) throws IOException {
    SseEvent event;
    while (!closed && (event = reader.next()) != null) {
      switch (event.name()) {
        case ":" -> { } // keep-alive
        case "position" -> connected(Long.parseLong(event.id()), false);
        case "reset" -> connected(Long.parseLong(event.id()), true);
        default -> {
          long id = Long.parseLong(event.id());
          JsonNode envelope = JSON.readTree(event.data());
          String numberId = envelope.path("whatsappNumberId").isTextual()
              ? envelope.get("whatsappNumberId").asText() : null;
          lastId = id;
          listener.onEvent(new FeedEvent(id, event.name(), numberId, envelope.path("data")));
        }
      }
    }
  }

  private void connected(long position, boolean reset) {
    lastId = position;
    connected = true;
    listener.onConnected(position, reset);
  }
}
