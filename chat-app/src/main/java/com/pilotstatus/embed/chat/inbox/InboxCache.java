package com.pilotstatus.embed.chat.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.pilotstatus.embed.chat.conversation.ChatMessage;
import com.pilotstatus.embed.chat.conversation.Conversation;
import com.pilotstatus.embed.chat.conversation.ConversationPage;
import com.pilotstatus.embed.chat.conversation.MessagePage;
import com.pilotstatus.embed.chat.conversation.Summary;
import com.pilotstatus.embed.chat.live.FeedEvent;
import com.pilotstatus.embed.chat.platform.PlatformClient;
import com.pilotstatus.embed.chat.session.ChatToken;
import com.pilotstatus.embed.kit.platform.PlatformHttp;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The inbox data of this instance, in memory: per number its conversations ({@link NumberInbox}), per opened
 * conversation its newest messages ({@link ThreadLog}). Fragments render from here after the token check; the event
 * feed keeps it current ({@link #apply}). A miss loads from the platform with the requesting session's token (the
 * platform re-checks that scope), once however many requests miss together.
 *
 * <p>Only used while the feed is connected ({@link #isCurrent}): with the feed down nothing would keep it current, so
 * reads go to the platform until the feed is back (and resumed) or, after a {@code reset}, everything is dropped.
 *
 * <p>Scope: an inbox is loaded only for a number the platform lists for the token, and served only to tokens of the
 * same tenant that cover the number; a conversation outside them is not found, as the platform would answer.
 */
public final class InboxCache {

  public static final int LOAD_PAGE = 100;

  private static final ObjectMapper JSON = PlatformHttp.platformJson();

  private final PlatformClient platform;
  private final Cache<String, NumberInbox> numbers;
  private final Cache<String, ThreadLog> threads;
  private final Map<Object, FirstLoad> loads = new ConcurrentHashMap<>();
  private final Counter hits;
  private final Counter misses;
  private volatile boolean current;

  /** {@code maxConversations} / {@code maxMessages} bound the memory: entries are weighed by what they hold. */
  public InboxCache(PlatformClient platform, long maxConversations, long maxMessages, MeterRegistry meters) {
    this.platform = platform;
    this.numbers = Caffeine.newBuilder()
        .maximumWeight(maxConversations)
        .weigher((String id, NumberInbox inbox) -> 1 + inbox.size())
        .build();
    this.threads = Caffeine.newBuilder()
        .maximumWeight(maxMessages)
        .weigher((String id, ThreadLog log) -> 1 + log.size())
        .build();
    this.hits = Counter.builder("chat.inbox.cache.requests").tag("result", "hit")
        .description("Fragment reads answered from memory").register(meters);
    this.misses = Counter.builder("chat.inbox.cache.requests").tag("result", "miss")
        .description("Fragment reads that loaded from the platform first").register(meters);
    Gauge.builder("chat.inbox.cache.numbers", numbers, c -> c.estimatedSize()).register(meters);
    Gauge.builder("chat.inbox.cache.threads", threads, c -> c.estimatedSize()).register(meters);
  }

  /** True while the feed is connected and applied: only then may reads come from here. */
  public boolean isCurrent() {
    return current;
  }

  /** The feed connected and resumed ({@code true}), or dropped ({@code false}). */
  public void setCurrent(boolean value) {
    current = value;
  }

  /** Forgets everything: the feed said {@code reset}, so events were missed. */
  public void clear() {
    numbers.invalidateAll();
    threads.invalidateAll();
  }

  // ---------------------------------------------------------------- reads

  /** The token's numbers that the platform knows for it, each loaded; the scope of every read. */
  public List<NumberInbox> inboxes(ChatToken token) {
    List<NumberInbox> out = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String numberId : token.whatsappNumberIds()) {
      NumberInbox inbox = numbers.getIfPresent(numberId);
      if (inbox != null && inbox.isLoaded()) {
        if (token.tenantId() != null && token.tenantId().equals(inbox.tenantId())) {
          out.add(inbox);
        }
      } else {
        missing.add(numberId);
      }
    }
    if (missing.isEmpty()) {
      hits.increment();
      return out;
    }
    misses.increment();
    load(token, missing);
    return inboxes(token, out, missing);
  }

  private List<NumberInbox> inboxes(ChatToken token, List<NumberInbox> out, List<String> loaded) {
    for (String numberId : loaded) {
      NumberInbox inbox = numbers.getIfPresent(numberId);
      if (inbox != null && inbox.isLoaded() && token.tenantId() != null && token.tenantId().equals(inbox.tenantId())) {
        out.add(inbox);
      }
    }
    return out;
  }

  /**
   * The token's unread total from what is kept, without loading: null when one of its numbers is not in memory
   * (a live stream then sends no count for this event; the next fragment carries it).
   */
  public Integer unreadIfKept(ChatToken token) {
    if (!current) {
      return null;
    }
    int unread = 0;
    for (String numberId : token.whatsappNumberIds()) {
      NumberInbox inbox = numbers.getIfPresent(numberId);
      if (inbox == null || !inbox.isLoaded()) {
        return null;
      }
      if (token.tenantId() != null && token.tenantId().equals(inbox.tenantId())) {
        unread += inbox.unread();
      }
    }
    return unread;
  }

  /**
   * The versions of the token's inboxes, in its numbers' order, or null while reads do not come from here. Read before
   * the data a render uses: a change in between only makes the next request render again, never serve stale HTML.
   */
  public long[] versions(ChatToken token) {
    if (!current) {
      return null;
    }
    List<NumberInbox> scope = inboxes(token);
    long[] out = new long[scope.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = scope.get(i).version();
    }
    return out;
  }

  public Summary summary(ChatToken token) {
    int unread = 0;
    List<Summary.NumberInfo> infos = new ArrayList<>();
    for (NumberInbox inbox : inboxes(token)) {
      unread += inbox.unread();
      infos.add(inbox.info());
    }
    return new Summary(unread, infos);
  }

  /**
   * A page of the token's conversations (of one number when {@code numberId} is given, of one {@code status} when
   * given).
   */
  public ConversationPage list(ChatToken token, String numberId, String query, String status, int limit,
                               String cursor) {
    List<NumberInbox> scope = inboxes(token);
    if (numberId != null) {
      scope = scope.stream().filter(inbox -> inbox.numberId().equals(numberId)).toList();
    }
    return NumberInbox.page(scope, query, status, limit, cursor);
  }

  /** The conversation, or null when none of the token's numbers has it. */
  public Conversation find(ChatToken token, String conversationId) {
    for (NumberInbox inbox : inboxes(token)) {
      Conversation c = inbox.find(conversationId);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** A page of {@code conversation}'s messages (in scope: it comes from {@link #find}). */
  public MessagePage messages(ChatToken token, Conversation conversation, String before, int limit) {
    ThreadLog log = threads.get(conversation.id(), id -> new ThreadLog());
    if (log.isLoaded()) {
      hits.increment();
    } else {
      misses.increment();
      loads.computeIfAbsent(log, k -> new FirstLoad()).run(() -> {
        if (log.isLoaded()) {
          return; // loaded by the request this one raced with
        }
        try {
          log.load(platform.messages(token, conversation.id(), null, limit));
          threads.put(conversation.id(), log); // weighed again, now that it holds messages
        } catch (RuntimeException e) {
          threads.asMap().remove(conversation.id(), log);
          throw e;
        } finally {
          loads.remove(log);
        }
      });
    }
    MessagePage page = log.page(before, limit);
    return page != null ? page : platform.messages(token, conversation.id(), before, limit);
  }

  private void load(ChatToken token, List<String> numberIds) {
    List<NumberInbox> created = new ArrayList<>();
    for (String numberId : numberIds) {
      created.add(numbers.get(numberId, NumberInbox::new));
    }
    // One summary for all of them: the numbers the platform really lists for this token, with their descriptions.
    Map<String, Summary.NumberInfo> listed = new HashMap<>();
    boolean[] fetched = {false};
    for (NumberInbox inbox : created) {
      if (inbox.isLoaded()) {
        continue;
      }
      loads.computeIfAbsent(inbox, k -> new FirstLoad()).run(() -> {
        if (inbox.isLoaded()) {
          return; // loaded by the request this one raced with
        }
        try {
          if (!fetched[0]) {
            platform.summary(token).numbers().forEach(n -> listed.put(n.id(), n));
            fetched[0] = true;
          }
          Summary.NumberInfo info = listed.get(inbox.numberId());
          if (info == null) {
            numbers.asMap().remove(inbox.numberId(), inbox); // not this token's to see: nothing is kept
            return;
          }
          inbox.load(token.tenantId(), info, allConversations(token, inbox.numberId()));
          numbers.put(inbox.numberId(), inbox); // weighed again, now that it holds the list
        } catch (RuntimeException e) {
          numbers.asMap().remove(inbox.numberId(), inbox);
          throw e;
        } finally {
          loads.remove(inbox);
        }
      });
    }
  }

  private List<Conversation> allConversations(ChatToken token, String numberId) {
    List<Conversation> all = new ArrayList<>();
    String cursor = null;
    do {
      ConversationPage page = platform.conversations(token, numberId, null, null, LOAD_PAGE, cursor);
      all.addAll(page.data());
      cursor = page.nextCursor();
    } while (cursor != null);
    return all;
  }

  // ---------------------------------------------------------------- events

  /**
   * The conversation when this instance keeps its number's inbox, else null; never loads (the live path asks it for
   * the contact's name a quote shows, and must not wait on the platform).
   */
  public Conversation findIfKept(String numberId, String conversationId) {
    NumberInbox inbox = numbers.getIfPresent(numberId);
    return inbox == null ? null : inbox.find(conversationId);
  }

  /** Applies one feed event to what is kept (nothing is loaded for it: only kept entries change). */
  public void apply(FeedEvent event) {
    try {
      switch (event.type()) {
        case "conversation.updated" -> {
          NumberInbox inbox = numbers.getIfPresent(event.numberId());
          if (inbox != null) {
            inbox.apply(JSON.treeToValue(event.data().get("conversation"), Conversation.class));
          }
        }
        case "message.created", "message.updated" -> {
          JsonNode data = event.data();
          ThreadLog log = threads.getIfPresent(data.path("conversationId").asText());
          if (log != null) {
            log.apply(JSON.treeToValue(data.get("message"), ChatMessage.class));
          }
        }
        case "number.updated" -> {
          NumberInbox inbox = numbers.getIfPresent(event.numberId());
          if (inbox != null) {
            inbox.applyState(event.data().at("/number/state").asText(null));
          }
        }
        case "number.removed" -> numbers.invalidate(event.numberId());
        default -> { } // other types change nothing kept here
      }
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // An event this version cannot read: drop what it may concern rather than keep it wrong.
      numbers.invalidate(event.numberId());
    }
  }
}
