package com.pilotstatus.embed.demo.webhook;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last webhook deliveries the demo received, newest first, deduplicated by event id (delivery is at-least-once). */
public final class WebhookLog {

  static final int CAPACITY = 100;

  /** One received delivery. */
  public record Entry(String eventId, String type, String receivedAt, boolean signatureValid, String body) {
  }

  private final Deque<Entry> entries = new ArrayDeque<>();

  /** Records {@code entry}; false when an event with that id was already recorded (a retry). */
  public synchronized boolean record(Entry entry) {
    for (Entry existing : entries) {
      if (existing.signatureValid() && existing.eventId().equals(entry.eventId())) {
        return false;
      }
    }
    entries.addFirst(entry);
    while (entries.size() > CAPACITY) {
      entries.removeLast();
    }
    return true;
  }

  public synchronized List<Entry> entries() {
    return new ArrayList<>(entries);
  }
}
