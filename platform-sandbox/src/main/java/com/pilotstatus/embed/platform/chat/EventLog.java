package com.pilotstatus.embed.platform.chat;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The chat events of the last {@code capacity} changes, so a reconnecting inbox misses nothing. Requirements: events
 * get increasing ids; a subscriber that resumes after id N gets every later event for its numbers exactly once, then
 * the live ones, in order (replay and registration happen under one lock); a resume point older than what is kept
 * is reported ({@link Subscription#isReset()}) so the client refetches instead of silently missing events.
 */
public final class EventLog {

  private final int capacity;
  private final ArrayDeque<ChatEvent> events = new ArrayDeque<>();
  private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();
  private long lastSequence;

  public EventLog(int capacity) {
    this.capacity = Math.max(1, capacity);
  }

  /** A live feed of events for some numbers, or for all of them (the internal feed). */
  public final class Subscription implements AutoCloseable {
    private final Set<String> numberIds; // null: every event
    private final BlockingQueue<ChatEvent> queue;
    private final boolean reset;
    private final long position;

    private Subscription(Set<String> numberIds, BlockingQueue<ChatEvent> queue, boolean reset, long position) {
      this.numberIds = numberIds;
      this.queue = queue;
      this.reset = reset;
      this.position = position;
    }

    private boolean wants(ChatEvent event) {
      return covers(numberIds, event);
    }

    /** The last event id when the subscription started: after a reset, the client resumes from here. */
    public long position() {
      return position;
    }

    /** True when the resume point was older than the retained log: the client must refetch. */
    public boolean isReset() {
      return reset;
    }

    public BlockingQueue<ChatEvent> queue() {
      return queue;
    }

    @Override
    public void close() {
      subscriptions.remove(this);
    }
  }

  public synchronized ChatEvent publish(String numberId, String type, Object data) {
    ChatEvent event = new ChatEvent(++lastSequence, numberId, type, data);
    events.addLast(event);
    while (events.size() > capacity) {
      events.removeFirst();
    }
    for (Subscription subscription : subscriptions) {
      if (subscription.wants(event)) {
        subscription.queue.offer(event);
      }
    }
    return event;
  }

  /**
   * Registers a feed for {@code numberIds}. With {@code afterSequence} ≥ 0, first queues every retained later event
   * (or marks the subscription reset when events after it were dropped); with -1, only live events follow.
   */
  public Subscription subscribe(Collection<String> numberIds, long afterSequence, BlockingQueue<ChatEvent> queue) {
    return register(Set.copyOf(numberIds), afterSequence, queue);
  }

  /** Like {@link #subscribe}, for every event of every number: the internal feed of front-end instances. */
  public Subscription subscribeAll(long afterSequence, BlockingQueue<ChatEvent> queue) {
    return register(null, afterSequence, queue);
  }

  private synchronized Subscription register(Set<String> numberIds, long afterSequence,
                                             BlockingQueue<ChatEvent> queue) {
    boolean reset = false;
    if (afterSequence >= 0) {
      long oldestKept = events.isEmpty() ? lastSequence + 1 : events.peekFirst().sequence();
      if (afterSequence > lastSequence || afterSequence + 1 < oldestKept) {
        reset = true;
      } else {
        for (ChatEvent event : events) {
          if (event.sequence() > afterSequence && covers(numberIds, event)) {
            queue.offer(event);
          }
        }
      }
    }
    Subscription subscription = new Subscription(numberIds, queue, reset, lastSequence);
    subscriptions.add(subscription);
    return subscription;
  }

  private static boolean covers(Set<String> numberIds, ChatEvent event) {
    return numberIds == null || numberIds.contains(event.numberId());
  }

  /** The {@code numberId} of events that belong to no number: no per-number stream carries them. */
  public static final String NO_NUMBER = "";

  /**
   * Announces that a chat session was revoked ({@code session.revoked}, data {@code {tenantId, jti, sessionId}}), so
   * the front-ends' internal feed ({@link #subscribeAll}) can end the session's open streams. Per-number streams do
   * not carry it.
   */
  public ChatEvent publishRevocation(String tenantId, String jti, String sessionId) {
    return publish(NO_NUMBER, "session.revoked", java.util.Map.of("tenantId", tenantId, "jti", jti,
        "sessionId", sessionId));
  }

  /**
   * Announces that every signing key but {@code currentKid} was withdrawn ({@code keys.revoked}): the front-ends drop
   * what they verified with the old keys and end the streams opened with them.
   */
  public ChatEvent publishKeysRevoked(String currentKid) {
    return publish(NO_NUMBER, "keys.revoked", java.util.Map.of("currentKid", currentKid));
  }

  public synchronized long lastSequence() {
    return lastSequence;
  }
}
