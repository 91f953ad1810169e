package com.pilotstatus.embed.chat.inbox;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a cache entry's first load once, however many requests need it at the same moment: the first caller loads on
 * its own thread (outside any cache or entry lock, so the feed keeps applying events), the others wait for that
 * result. A failure is passed to those waiting and forgotten, so the next request tries again.
 */
final class FirstLoad {

  private static final long WAIT_SECONDS = 15;

  private final AtomicReference<CompletableFuture<Void>> running = new AtomicReference<>();

  void run(Runnable load) {
    CompletableFuture<Void> mine = new CompletableFuture<>();
    CompletableFuture<Void> current = running.compareAndExchange(null, mine);
    if (current == null) {
      try {
        load.run();
        mine.complete(null);
      } catch (Throwable e) { // any failure: no waiter may be left on a future nobody completes
        running.set(null);
        mine.completeExceptionally(e);
        throw e;
      }
      return;
    }
    try {
      current.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the inbox load that this request waited for took over " + WAIT_SECONDS + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the inbox load");
    }
  }
}
