package com.pilotstatus.embed.chat.live;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.pilotstatus.embed.chat.session.ChatToken;
import com.pilotstatus.embed.chat.session.TokenRejected;
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
 * another) and is not kept: the next event, or the next stream after it, fetches afresh. A refused token is the
 * exception: it says nothing about the waiters' own tokens, so each of them fetches with its own.
 */
final class UnreadCounts {

  private final ToIntFunction<ChatToken> fetch;
  // Streams of one scope get an event within milliseconds of each other; 10 s only bounds what a slow one may reuse.
  // A plain cache of futures, not an AsyncCache: that one logs a warning with a stack trace for every failed future.
  private final Cache<Key, CompletableFuture<Integer>> counts = Caffeine.newBuilder()
      .expireAfterWrite(Duration.ofSeconds(10))
      .maximumSize(10_000)
      .build();

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
      return await(shared, token);
    }
    try {
      int count = fetch.applyAsInt(token);
      mine.complete(count);
      return count;
    } catch (Throwable e) { // any failure, so that no waiter is left blocked on a future nobody completes
      counts.asMap().remove(key, mine); // gone before the waiters wake: no later stream joins a failure
      mine.completeExceptionally(e);
      throw e;
    }
  }

  private int await(CompletableFuture<Integer> shared, ChatToken token) {
    try {
      return shared.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof TokenRejected) {
        return fetch.applyAsInt(token); // the fetching stream's token was refused, not necessarily this one
      }
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private record Key(String tenantId, Set<String> numberIds, String eventId) {
  }
}
