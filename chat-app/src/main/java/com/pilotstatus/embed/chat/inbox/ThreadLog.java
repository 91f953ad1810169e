package com.pilotstatus.embed.chat.inbox;

import com.pilotstatus.embed.chat.conversation.ChatMessage;
import com.pilotstatus.embed.chat.conversation.MessagePage;
import java.util.ArrayList;
import java.util.List;

/**
 * The newest messages of one conversation, in memory, oldest to newest: what opening a thread shows. Kept current by
 * the feed's {@code message.created} / {@code message.updated} (full message state each, applied in feed order;
 * events that arrive during the first load are held and applied after it). Older pages come from the platform.
 */
final class ThreadLog {

  /** Messages kept per conversation; the newest page is {@code pageSize} of them. */
  static final int KEEP = 200;

  private final List<ChatMessage> messages = new ArrayList<>();
  private List<ChatMessage> held = new ArrayList<>(); // null once loaded
  private boolean hasOlder;

  synchronized boolean isLoaded() {
    return held == null;
  }

  synchronized void load(MessagePage newest) {
    messages.addAll(newest.data());
    hasOlder = newest.hasMore();
    List<ChatMessage> pending = held;
    held = null;
    pending.forEach(this::put);
  }

  synchronized void apply(ChatMessage message) {
    if (held != null) {
      held.add(message);
    } else {
      put(message);
    }
  }

  synchronized int size() {
    return messages.size();
  }

  /** The newest {@code limit} messages, or those just before {@code beforeId}; null when this log cannot tell. */
  synchronized MessagePage page(String beforeId, int limit) {
    int end = messages.size();
    if (beforeId != null) {
      end = indexOf(beforeId);
      if (end < 0) {
        return null;
      }
    }
    int start = Math.max(0, end - limit);
    if (start == 0 && hasOlder && end - start < limit) {
      return null; // part of that page is older than what is kept
    }
    return new MessagePage(List.copyOf(messages.subList(start, end)), start > 0 || hasOlder, end < messages.size());
  }

  private void put(ChatMessage message) {
    int at = indexOf(message.id());
    if (at >= 0) {
      messages.set(at, message); // a status change, or an event the load already contained
      return;
    }
    messages.add(message);
    if (messages.size() > KEEP) {
      messages.remove(0);
      hasOlder = true;
    }
  }

  private int indexOf(String messageId) {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).id().equals(messageId)) {
        return i;
      }
    }
    return -1;
  }
}
