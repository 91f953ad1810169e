package com.pilotstatus.embed.chat.inbox;

import com.pilotstatus.embed.chat.conversation.Conversation;
import com.pilotstatus.embed.chat.conversation.ConversationPage;
import com.pilotstatus.embed.chat.conversation.Summary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the inbox shows of one WhatsApp number, in memory: its description and every conversation (the whole
 * list, so pages, search, lookups and the unread total need no platform call). Kept current by the event feed:
 * each {@code conversation.updated} carries the conversation's full state, so applying events in feed order is exact.
 *
 * <p>While the first load runs, events for the number are held and applied after it, in order: an event that the
 * loaded snapshot already contains is applied again harmlessly (full state), and none published during the load is
 * lost.
 */
final class NumberInbox {

  private final String numberId;
  private final Map<String, Conversation> conversations = new HashMap<>();
  private List<FeedEventHeld> held = new ArrayList<>(); // null once loaded
  private String tenantId;
  private Summary.NumberInfo info;
  private int unread;
  private long version;

  /**
   * Versions come from one counter for all inboxes, so an inbox made again (after a {@code reset} or an eviction)
   * never shows a version an earlier one had: "same version" means "same content", whatever was cached from it.
   */
  private static final AtomicLong VERSIONS = new AtomicLong();

  /** An event that arrived while the inbox was loading. */
  record FeedEventHeld(Conversation conversation, Summary.NumberInfo info) {
  }

  NumberInbox(String numberId) {
    this.numberId = numberId;
  }

  String numberId() {
    return numberId;
  }

  synchronized boolean isLoaded() {
    return held == null;
  }

  /** Fills the inbox from the platform's answers, then applies what arrived meanwhile. */
  synchronized void load(String tenantId, Summary.NumberInfo info, List<Conversation> all) {
    this.tenantId = tenantId;
    this.info = info;
    for (Conversation c : all) {
      put(c);
    }
    List<FeedEventHeld> pending = held;
    held = null;
    for (FeedEventHeld event : pending) {
      if (event.conversation() != null) {
        put(event.conversation());
      } else {
        this.info = event.info();
      }
    }
    version = VERSIONS.incrementAndGet();
  }

  synchronized void apply(Conversation conversation) {
    if (held != null) {
      held.add(new FeedEventHeld(conversation, null));
    } else {
      put(conversation);
    }
  }

  synchronized void applyState(String state) {
    Summary.NumberInfo current = info;
    if (held != null) {
      held.add(new FeedEventHeld(null, current == null ? new Summary.NumberInfo(numberId, null, null, state)
          : new Summary.NumberInfo(numberId, current.name(), current.number(), state)));
    } else if (current != null) {
      info = new Summary.NumberInfo(numberId, current.name(), current.number(), state);
      version = VERSIONS.incrementAndGet();
    }
  }

  /** Changes with every change of what this inbox holds (see {@link #VERSIONS}). */
  synchronized long version() {
    return version;
  }

  synchronized String tenantId() {
    return tenantId;
  }

  synchronized Summary.NumberInfo info() {
    return info;
  }

  synchronized int unread() {
    return unread;
  }

  synchronized Conversation find(String conversationId) {
    return conversations.get(conversationId);
  }

  synchronized int size() {
    return conversations.size();
  }

  /**
   * This number's conversations matching {@code needle} (lower-case, or null for all) and of {@code status} (null:
   * any), in no order.
   */
  synchronized List<Conversation> matching(String needle, String status) {
    List<Conversation> out = new ArrayList<>(conversations.size());
    for (Conversation c : conversations.values()) {
      if ((needle == null || matches(c, needle)) && (status == null || status.equals(c.status()))) {
        out.add(c);
      }
    }
    return out;
  }

  /** A page of the merged, newest-first list of several numbers' conversations. */
  static ConversationPage page(List<NumberInbox> inboxes, String query, String status, int limit, String cursor) {
    String needle = query == null || query.isBlank() ? null : query.trim().toLowerCase(Locale.ROOT);
    Conversation after = cursor == null ? null : ConversationOrder.position(cursor);
    List<Conversation> all = new ArrayList<>();
    for (NumberInbox inbox : inboxes) {
      all.addAll(inbox.matching(needle, status));
    }
    all.sort(ConversationOrder.NEWEST_FIRST);
    int start = 0;
    if (after != null) {
      while (start < all.size() && ConversationOrder.NEWEST_FIRST.compare(all.get(start), after) <= 0) {
        start++;
      }
    }
    int end = Math.min(all.size(), start + limit);
    List<Conversation> page = all.subList(start, end);
    String next = end < all.size() && !page.isEmpty() ? ConversationOrder.cursorAfter(page.get(page.size() - 1)) : null;
    return new ConversationPage(page, next);
  }

  // What the platform's search looks at: the contact's name and number, and the last message's text.
  private static boolean matches(Conversation c, String needle) {
    Conversation.Contact contact = c.contact();
    String digits = needle.startsWith("+") ? needle.substring(1) : needle;
    return contact != null && contact.name() != null && contact.name().toLowerCase(Locale.ROOT).contains(needle)
        || contact != null && contact.number() != null && contact.number().contains(digits)
        || c.lastMessage() != null && c.lastMessage().text() != null
            && c.lastMessage().text().toLowerCase(Locale.ROOT).contains(needle);
  }

  private void put(Conversation c) {
    if (!numberId.equals(c.whatsappNumberId())) {
      return;
    }
    Conversation previous = conversations.put(c.id(), c);
    unread += Math.max(0, c.unreadCount()) - (previous == null ? 0 : Math.max(0, previous.unreadCount()));
    version = VERSIONS.incrementAndGet();
  }
}
