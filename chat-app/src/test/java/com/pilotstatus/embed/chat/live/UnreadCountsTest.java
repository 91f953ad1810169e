package com.pilotstatus.embed.chat.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pilotstatus.embed.chat.session.ChatToken;
import com.pilotstatus.embed.chat.session.TokenRejected;
import com.pilotstatus.embed.origin.AllowedOrigins;
import com.pilotstatus.embed.origin.OriginPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UnreadCountsTest {

  private final AtomicInteger fetches = new AtomicInteger();
  private final AtomicInteger unread = new AtomicInteger(7);

  /** Counts fetches and answers the current total, slowly enough that concurrent streams overlap. */
  private final UnreadCounts counts = new UnreadCounts(token -> {
    fetches.incrementAndGet();
    sleep(50);
    return unread.get();
  });

  @Test
  void streamsOfOneScope_receivingOneEvent_shareOneFetch() throws Exception {
    int streams = 40;
    ExecutorService pool = Executors.newFixedThreadPool(streams);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < streams; i++) {
        // Every stream has its own token; the numbers come in either order: the scope is the same.
        ChatToken token = token("jwt-" + i, "tn_1", i % 2 == 0 ? List.of("wa_a", "wa_b") : List.of("wa_b", "wa_a"));
        Callable<Integer> stream = () -> {
          start.await();
          return counts.after("42", token);
        };
        answers.add(pool.submit(stream));
      }
      start.countDown();
      for (Future<Integer> answer : answers) {
        assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(7);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(fetches.get()).as("platform calls for %d streams", streams).isEqualTo(1);
  }

  @Test
  void eachNewEvent_fetchesAgain_soACountIsNeverOlderThanItsEvent() {
    ChatToken token = token("jwt-1", "tn_1", List.of("wa_a"));

    assertThat(counts.after("42", token)).isEqualTo(7);
    unread.set(8);
    assertThat(counts.after("43", token)).isEqualTo(8);
    assertThat(counts.after("43", token("jwt-2", "tn_1", List.of("wa_a")))).as("same event, same scope").isEqualTo(8);

    assertThat(fetches.get()).isEqualTo(2);
  }

  @Test
  void anotherTenantOrOtherNumbers_isAnotherScope() {
    counts.after("42", token("jwt-1", "tn_1", List.of("wa_a")));
    counts.after("42", token("jwt-2", "tn_2", List.of("wa_a")));
    counts.after("42", token("jwt-3", "tn_1", List.of("wa_a", "wa_b")));
    counts.after("42", token("jwt-4", "tn_1", List.of("wa_b")));

    assertThat(fetches.get()).isEqualTo(4);
  }

  @Test
  void eventWithoutAnId_isFetchedEveryTime() {
    ChatToken token = token("jwt-1", "tn_1", List.of("wa_a"));

    counts.after(null, token);
    counts.after("", token);

    assertThat(fetches.get()).isEqualTo(2);
  }

  @Test
  void aFailedFetch_isNotKept_theNextStreamTriesWithItsOwnToken() {
    List<String> tokensUsed = new ArrayList<>();
    UnreadCounts failingOnce = new UnreadCounts(token -> {
      tokensUsed.add(token.raw());
      if (tokensUsed.size() == 1) {
        throw new IllegalStateException("401 from the platform: expired");
      }
      return 3;
    });

    assertThatThrownBy(() -> failingOnce.after("42", token("jwt-expired", "tn_1", List.of("wa_a"))))
        .hasMessageContaining("401");
    assertThat(failingOnce.after("42", token("jwt-fresh", "tn_1", List.of("wa_a")))).isEqualTo(3);
    assertThat(tokensUsed).containsExactly("jwt-expired", "jwt-fresh");
  }

  @Test
  void duringAnOutage_streamsWaitingForOneFetch_shareItsFailure_insteadOfFetchingInTurn() throws Exception {
    int streams = 8;
    CountDownLatch arrived = new CountDownLatch(streams);
    AtomicInteger slowFailures = new AtomicInteger();
    Set<Thread> streamThreads = ConcurrentHashMap.newKeySet();
    UnreadCounts outage = new UnreadCounts(token -> {
      if (slowFailures.incrementAndGet() == 1) {
        await(arrived); // every stream is past the start…
        awaitParked(streamThreads, streams - 1); // …and the others wait on this fetch before it fails
      }
      throw new IllegalStateException("platform unavailable");
    });
    ExecutorService pool = Executors.newFixedThreadPool(streams);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < streams; i++) {
        ChatToken token = token("jwt-" + i, "tn_1", List.of("wa_a"));
        answers.add(pool.submit(() -> {
          streamThreads.add(Thread.currentThread());
          start.await();
          arrived.countDown();
          try {
            outage.after("42", token);
            return "count";
          } catch (IllegalStateException e) {
            return e.getMessage();
          }
        }));
      }
      start.countDown();
      for (Future<String> answer : answers) {
        assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("platform unavailable");
      }
    } finally {
      pool.shutdownNow();
    }
    // One fetch for all eight (taking turns, each would have fetched in turn); a failure is not kept.
    assertThat(slowFailures.get()).isEqualTo(1);
    assertThatThrownBy(() -> outage.after("42", token("jwt-later", "tn_1", List.of("wa_a"))));
    assertThat(slowFailures.get()).as("the next call fetches afresh").isEqualTo(2);
  }

  @Test
  void aRefusedToken_isNotSharedWithTheWaiters_whoFetchWithTheirOwn() throws Exception {
    Set<Thread> streamThreads = ConcurrentHashMap.newKeySet();
    List<String> tokensUsed = new CopyOnWriteArrayList<>();
    UnreadCounts refusing = new UnreadCounts(token -> {
      tokensUsed.add(token.raw());
      if (token.raw().equals("jwt-expiring")) {
        awaitParked(streamThreads, 1); // the other stream waits on this fetch before it is refused
        throw new TokenRejected(TokenRejected.Reason.EXPIRED, "401 from the platform: expired");
      }
      return 4;
    });
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Object> expiring = stream(pool, streamThreads, refusing, "jwt-expiring");
      while (tokensUsed.isEmpty()) {
        Thread.onSpinWait(); // the expiring stream's fetch is under way: the next stream of the scope waits on it
      }
      Future<Object> fresh = stream(pool, streamThreads, refusing, "jwt-fresh");

      assertThat(expiring.get(5, TimeUnit.SECONDS)).isEqualTo(TokenRejected.class);
      assertThat(fresh.get(5, TimeUnit.SECONDS)).isEqualTo(4);
    } finally {
      pool.shutdownNow();
    }
    assertThat(tokensUsed).containsExactly("jwt-expiring", "jwt-fresh");
  }

  @Test
  void anErrorInTheFetch_stillReleasesTheStreamsWaitingOnIt() throws Exception {
    Set<Thread> streamThreads = ConcurrentHashMap.newKeySet();
    AtomicInteger calls = new AtomicInteger();
    UnreadCounts broken = new UnreadCounts(token -> {
      if (calls.incrementAndGet() == 1) {
        awaitParked(streamThreads, 1);
        throw new NoClassDefFoundError("an Error, not an exception");
      }
      return 2;
    });
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Object> first = stream(pool, streamThreads, broken, "jwt-1");
      while (calls.get() == 0) {
        Thread.onSpinWait();
      }
      Future<Object> waiting = stream(pool, streamThreads, broken, "jwt-2");

      assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(NoClassDefFoundError.class);
      assertThat(waiting.get(5, TimeUnit.SECONDS)).as("failed with the fetch, not blocked")
          .isEqualTo(CompletionException.class);
    } finally {
      pool.shutdownNow();
    }
    assertThat(broken.after("42", token("jwt-3", "tn_1", List.of("wa_a")))).as("nothing kept").isEqualTo(2);
  }

  /** A stream of scope (tn_1, wa_a) handling event 42 on {@code pool}: its count, or the class of what it threw. */
  private static Future<Object> stream(ExecutorService pool, Set<Thread> threads, UnreadCounts counts, String jwt) {
    return pool.submit(() -> {
      threads.add(Thread.currentThread());
      try {
        return counts.after("42", token(jwt, "tn_1", List.of("wa_a")));
      } catch (Throwable e) {
        return e.getClass();
      }
    });
  }

  private static ChatToken token(String raw, String tenantId, List<String> numbers) {
    AllowedOrigins origins = AllowedOrigins.check(List.of("https://app.acme.com"), OriginPolicy.of(false)).allowed();
    return new ChatToken(raw, tenantId, numbers, origins, Instant.parse("2030-01-01T00:00:00Z"));
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(5, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not every stream arrived");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Waits (at most 5 s) until {@code count} threads other than this one are parked: past the start latch, a stream
   * parks only in the shared fetch's {@code join()}. On timeout it returns, and the fetch count says what happened.
   */
  private static void awaitParked(Set<Thread> threads, int count) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (threads.stream().filter(t -> t != Thread.currentThread() && t.getState() == Thread.State.WAITING).count()
        < count && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }
}
