package com.pilotstatus.embed.chat.live;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.pilotstatus.embed.chat.session.ChatToken;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.ToIntFunction;

/**
 * The unread total a live stream sends after a {@code conversation.updated}: one platform {@code GET /summary} per
 * event and scope, shared by every open stream of that scope, instead of one per stream (a tenant with a thousand
 * inboxes open made a thousand calls per event).
 *
 * <p>Why sharing is exact: the summary depends only on the tenant and the session's numbers; the key also holds the
 * platform's event id (its global sequence), so a count is always read after the event that asks for it, and any
 * later change to unread counts comes with a later {@code conversation.updated} that every stream handles too. The
 * one session's JWT that fetched it stands for all sessions of that scope: same claims, same answer.
 *
 * <p>The first stream of a key fetches on its own thread, outside any cache lock; the others wait for that one
 * result. A failure is shared by those waiting (during an outage they fail together, not one fetch timeout after
 * another) and is not kept: the next event, or the next stream after it, fetches afresh.
 */
final class UnreadCounts {

  private final ToIntFunction<ChatToken> fetch;
  // Streams of one scope get an event within milliseconds of each other; 10 s only bounds what a slow one may reuse.
  private final AsyncCache<Key, Integer> counts = Caffeine.newBuilder()
      .expireAfterWrite(Duration.ofSeconds(10))
      .maximumSize(10_000)
      .buildAsync();

  /** {@code fetch} reads the platform's unread total with a session's token. */
  UnreadCounts(ToIntFunction<ChatToken> fetch) {
    this.fetch = fetch;
  }

  /** The unread total of {@code token}'s scope after event {@code eventId} (fetched alone when it has no id). */
  int after(String eventId, ChatToken token) {
    if (eventId == null || eventId.isEmpty()) {
      return fetch.applyAsInt(token);
    }
    Key key = new Key(token.tenantId(), Set.copyOf(token.whatsappNumberIds()), eventId);
    CompletableFuture<Integer> mine = new CompletableFuture<>();
    CompletableFuture<Integer> shared = counts.asMap().putIfAbsent(key, mine);
    if (shared != null) {
      return await(shared);
    }
    try {
      int count = fetch.applyAsInt(token);
      mine.complete(count);
      return count;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e); // the cache drops a failed future by itself
      throw e;
    }
  }

  private static int await(CompletableFuture<Integer> shared) {
    try {
      return shared.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private record Key(String tenantId, Set<String> numberIds, String eventId) {
  }
}
