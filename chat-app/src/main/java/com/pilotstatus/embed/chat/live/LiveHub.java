package com.pilotstatus.embed.chat.live;

import com.pilotstatus.embed.chat.LiveSettings;
import com.pilotstatus.embed.chat.inbox.InboxCache;
import com.pilotstatus.embed.chat.session.ChatToken;
import com.pilotstatus.embed.chat.session.RevokedSessions;
import com.pilotstatus.embed.kit.lifecycle.Draining;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Fans the instance's one feed out to its browser streams.
 *
 * <p>Requirements, and how they are met:
 * <ul>
 *   <li>A stream gets only the events of the numbers its token covers: streams are indexed by number, and
 *       {@link LiveFrames} checks the scope again for each frame.</li>
 *   <li>No gap, no duplicate, across any reconnect: every frame goes out under one lock, in feed order, and each stream
 *       keeps a cursor (the last id its browser will have). A stream starts by telling the browser its position
 *       ({@code open} with an {@code id:}), idle streams get {@code position} frames as the feed moves on, so a
 *       browser that reconnects always has an exact {@code Last-Event-ID}, even before its first real event. A
 *       reconnect with an id still in the replay buffer gets exactly what it missed; an older one gets {@code reset}
 *       (the runtime reloads the list); an id ahead of this instance (another instance was further on) is honoured by
 *       skipping events up to it.</li>
 *   <li>Streams end when they should: a browser that left is noticed by a failing write (idle streams get a few bytes
 *       every probe interval, the first write after the browser's FIN draws a reset, the next one fails), a stream
 *       ends at its token's {@code exp}, and a slow one is cut by {@link LiveStream}'s backlog bound.</li>
 *   <li>Limits: at most {@code maxStreamsPerSession} per chat session (refreshed tokens keep the session), answered
 *       429 after that, so a page cannot open streams without bound; at most {@code maxStreams} per instance, 503.</li>
 * </ul>
 */
public final class LiveHub implements EventFeed.Listener {

  /** The platform revoked a chat session: {@code {tenantId, jti, sessionId}}. */
  static final String SESSION_REVOKED = "session.revoked";
  /** The platform withdrew every signing key but the current one: {@code {currentKid}}. */
  static final String KEYS_REVOKED = "keys.revoked";

  private final InboxCache inbox;
  private final RevokedSessions revoked;
  private final Runnable keysRevoked;
  private final LiveFrames frames;
  private final LiveSettings settings;
  private final Clock clock;
  private final Timer fanOut;
  private final Counter closedSlow;
  private final MeterRegistry meters;

  private final Object lock = new Object();
  // Guarded by lock:
  private long position = -1;
  private final ArrayDeque<FeedEvent> replay = new ArrayDeque<>();
  private final Set<LiveStream> streams = new LinkedHashSet<>();
  private final Map<String, Set<LiveStream>> byNumber = new HashMap<>();
  private final Map<String, Integer> bySession = new HashMap<>();
  private int reserved;
  private int nextSlot;
  private long ticks; // only the timer thread

  private static final int PROBE_SLOTS = 10;

  /** {@code keysRevoked} forgets every verification made with the platform's old keys (see {@code TokenVerifier}). */
  public LiveHub(InboxCache inbox, RevokedSessions revoked, Runnable keysRevoked, LiveFrames frames,
                 LiveSettings settings, Clock clock, MeterRegistry meters) {
    this.inbox = inbox;
    this.revoked = revoked;
    this.keysRevoked = keysRevoked;
    this.frames = frames;
    this.settings = settings;
    this.clock = clock;
    Gauge.builder("chat.live.streams", this, LiveHub::openStreams)
        .description("Browser live streams open on this instance").register(meters);
    this.fanOut = Timer.builder("chat.live.fanout").description("Time to queue one feed event to every stream")
        .publishPercentileHistogram().register(meters);
    this.closedSlow = Counter.builder("chat.live.closed.backlog")
        .description("Streams closed because their browser read too slowly").register(meters);
    this.meters = meters;
  }

  public int openStreams() {
    synchronized (lock) {
      return streams.size();
    }
  }

  // ---------------------------------------------------------------- the feed

  @Override
  public void onConnected(long feedPosition, boolean reset) {
    if (reset) {
      inbox.clear();
    }
    synchronized (lock) {
      if (reset || position < 0) {
        replay.clear();
        position = feedPosition;
        if (reset) {
          String frame = LiveFrames.reset(position);
          for (LiveStream stream : streams.toArray(LiveStream[]::new)) {
            stream.cursor = position;
            stream.send(frame);
          }
        }
      }
    }
    inbox.setCurrent(true);
  }

  @Override
  public void onDisconnected() {
    inbox.setCurrent(false); // streams stay open: the feed resumes and they get what it missed
  }

  @Override
  public void onEvent(FeedEvent event) {
    if (SESSION_REVOKED.equals(event.type())) {
      String sessionId = event.data().path("sessionId").asText(null);
      revoked.revoke(sessionId); // refused from now on: fragments, refresh, and the reconnect of its streams
      closeSession(sessionId);
    } else if (KEYS_REVOKED.equals(event.type())) {
      keysRevoked.run();
      closeAll(); // each browser reconnects: a token of a withdrawn key is refused, the others verify again
    }
    inbox.apply(event);
    long started = System.nanoTime();
    synchronized (lock) {
      if (event.id() <= position) {
        return; // already seen (a resumed feed never repeats, but an instance must not trust that)
      }
      position = event.id();
      replay.addLast(event);
      while (replay.size() > settings.replayEvents()) {
        replay.removeFirst();
      }
      Set<LiveStream> covered = byNumber.get(event.numberId());
      if (covered != null) {
        LiveFrames.Event rendered = frames.of(event);
        for (LiveStream stream : covered.toArray(LiveStream[]::new)) {
          deliver(stream, event, rendered);
        }
      }
    }
    fanOut.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
  }

  // ---------------------------------------------------------------- streams

  /** A place for one more stream of {@code token}'s session, or {@link LiveRefused}. */
  Ticket reserve(ChatToken token) {
    try {
      return admit(token);
    } catch (LiveRefused e) {
      Counter.builder("chat.live.refused").tag("status", Integer.toString(e.status()))
          .description("Streams refused at a limit").register(meters).increment();
      throw e;
    }
  }

  private Ticket admit(ChatToken token) {
    synchronized (lock) {
      if (position < 0) {
        throw new LiveRefused(503, "provider_unavailable", 2, "Live updates are starting; retry shortly");
      }
      if (streams.size() + reserved >= settings.maxStreams()) {
        throw new LiveRefused(503, "provider_unavailable", 10, "This chat instance is at its stream limit");
      }
      String session = sessionOf(token);
      int open = bySession.getOrDefault(session, 0);
      if (open >= settings.maxStreamsPerSession()) {
        throw new LiveRefused(429, "rate_limited", 5,
            "This chat session already has " + open + " live streams open; close one or wait");
      }
      bySession.put(session, open + 1);
      reserved++;
      return new Ticket(session);
    }
  }

  /** A reserved place that was not used (the stream could not start). */
  void release(Ticket ticket) {
    synchronized (lock) {
      reserved--;
      leave(ticket.session());
    }
  }

  /**
   * Starts {@code stream} in its reserved place: replays what a resuming browser missed (or says {@code reset}), tells
   * it its position, and from then on delivers the feed to it.
   */
  void attach(Ticket ticket, LiveStream stream, String lastEventId) {
    synchronized (lock) {
      reserved--;
      stream.slot = nextSlot++ & Integer.MAX_VALUE;
      // Registered first, so that a stream closed while its first frames are queued is released like any other.
      streams.add(stream);
      for (String number : stream.token.whatsappNumberIds()) {
        byNumber.computeIfAbsent(number, k -> new LinkedHashSet<>()).add(stream);
      }
      stream.onClose(() -> detach(stream, ticket.session()));
      long resumeFrom = parseId(lastEventId);
      if (resumeFrom < 0) {
        stream.cursor = position;
        stream.send(LiveFrames.open(position));
      } else if (resumeFrom >= position) {
        stream.cursor = resumeFrom; // as far on as this instance, or further (another instance was ahead): skip to it
        stream.send(LiveFrames.open(resumeFrom));
      } else if (!replay.isEmpty() && resumeFrom >= replay.peekFirst().id() - 1 && replayFits(stream, resumeFrom)) {
        stream.send(LiveFrames.open(-1)); // no id yet: the browser keeps its own until the replay has reached it
        stream.cursor = resumeFrom;
        for (FeedEvent missed : replay) {
          deliver(stream, missed, frames.of(missed));
        }
        moveOn(stream);
      } else {
        stream.send(LiveFrames.open(-1));
        stream.send(LiveFrames.reset(position)); // what it missed is no longer kept: the runtime reloads the list
        stream.cursor = -1;
        moveOn(stream);
      }
    }
  }

  /**
   * How often {@link #tick} runs: a tenth of the probe interval (at least 50 ms). Each tick looks at one slot of the
   * streams, so the probe writes of 10,000 idle streams spread over the interval instead of landing, with the hub's
   * lock held, in one burst that every fragment request on the instance would wait behind.
   */
  public long tickMillis() {
    return Math.max(50, settings.probeInterval().toMillis() / PROBE_SLOTS);
  }

  /**
   * Ends streams whose token expired; for the streams of this tick's slot, moves idle streams' position on and writes
   * a few bytes to the idle ones, so that a browser that left is noticed. Position frames go out under the lock (they
   * are ordered with the events); probes and heartbeats are comments, written after it is released.
   */
  public void tick() {
    long now = System.nanoTime();
    long period = TimeUnit.MILLISECONDS.toNanos(tickMillis());
    int slots = (int) Math.max(1, settings.probeInterval().toNanos() / period);
    int slot = (int) (ticks++ % slots);
    long probe = settings.probeInterval().toNanos() - period; // each slot is visited once a probe interval
    long heartbeat = settings.heartbeat().toNanos();
    Instant wallClock = clock.instant();
    List<LiveStream> expired = new ArrayList<>();
    List<LiveStream> heartbeats = new ArrayList<>();
    List<LiveStream> probes = new ArrayList<>();
    synchronized (lock) {
      for (LiveStream stream : streams.toArray(LiveStream[]::new)) {
        if (!wallClock.isBefore(stream.token.expiresAt())) {
          expired.add(stream);
        } else if (stream.slot % slots != slot) {
          continue;
        } else if (stream.cursor < position && now - stream.lastQueuedNanos >= probe) {
          moveOn(stream);
        } else if (now - stream.lastHeartbeatNanos >= heartbeat) {
          stream.lastHeartbeatNanos = now;
          heartbeats.add(stream);
        } else if (now - stream.lastQueuedNanos >= probe) {
          probes.add(stream);
        }
      }
    }
    heartbeats.forEach(stream -> stream.send(LiveFrames.HEARTBEAT));
    probes.forEach(stream -> stream.send(LiveFrames.PROBE));
    expired.forEach(LiveStream::close); // the runtime reconnects with its refreshed token, or reports expiry
  }

  /** Ends every stream (shutdown); each browser reconnects, to another instance behind a load balancer. */
  public void closeAll() {
    LiveStream[] all;
    synchronized (lock) {
      all = streams.toArray(LiveStream[]::new);
      for (LiveStream stream : all) {
        stream.send(Draining.SSE_RETRY_HINT);
      }
    }
    for (LiveStream stream : all) {
      stream.close();
    }
  }

  /** Ends the streams of one chat session at once (revoked). */
  public void closeSession(String sessionId) {
    if (sessionId == null) {
      return;
    }
    List<LiveStream> matching = new ArrayList<>();
    synchronized (lock) {
      for (LiveStream stream : streams) {
        if (sessionOf(stream.token).equals(sessionId)) {
          matching.add(stream);
        }
      }
    }
    matching.forEach(LiveStream::close);
  }

  /**
   * Whether what a resuming browser missed fits in its backlog: a browser away so long that it would be cut before
   * catching up gets {@code reset} instead, or it would reconnect, replay and be cut again, forever.
   */
  private boolean replayFits(LiveStream stream, long resumeFrom) {
    long bytes = 0;
    for (FeedEvent missed : replay) {
      if (missed.id() > resumeFrom && stream.token.covers(missed.numberId())) {
        byte[] frame = frames.of(missed).forStream(stream);
        bytes += frame == null ? 0 : frame.length;
        if (bytes > settings.maxBacklogBytes() / 2) {
          return false;
        }
      }
    }
    return true;
  }

  /** Tells the browser it has everything up to the feed's position (all of its numbers' events are queued). */
  private void moveOn(LiveStream stream) {
    if (stream.cursor < position) {
      stream.cursor = position;
      stream.send(LiveFrames.position(position));
    }
  }

  private void deliver(LiveStream stream, FeedEvent event, LiveFrames.Event rendered) {
    if (event.id() <= stream.cursor) {
      return;
    }
    byte[] frame = rendered.forStream(stream);
    if (frame != null) {
      stream.cursor = event.id();
      stream.send(frame);
    }
  }

  private void detach(LiveStream stream, String session) {
    synchronized (lock) {
      if (!streams.remove(stream)) {
        return;
      }
      if (stream.overflowed()) {
        closedSlow.increment();
      }
      for (String number : stream.token.whatsappNumberIds()) {
        Set<LiveStream> set = byNumber.get(number);
        if (set != null) {
          set.remove(stream);
          if (set.isEmpty()) {
            byNumber.remove(number);
          }
        }
      }
      leave(session);
    }
  }

  private void leave(String session) {
    bySession.computeIfPresent(session, (k, n) -> n <= 1 ? null : n - 1);
  }

  private static String sessionOf(ChatToken token) {
    return token.sessionId() != null ? token.sessionId() : token.raw();
  }

  private static long parseId(String raw) {
    if (raw == null || raw.isBlank() || raw.length() > 19) {
      return -1;
    }
    try {
      return Long.parseLong(raw.trim());
    } catch (NumberFormatException e) {
      return -1; // not an id we sent: start fresh
    }
  }

  /** A reserved place for one stream. */
  record Ticket(String session) {
  }
}
