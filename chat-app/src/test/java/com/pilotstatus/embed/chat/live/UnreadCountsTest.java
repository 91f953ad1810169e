package com.pilotstatus.embed.chat.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pilotstatus.embed.chat.session.ChatToken;
import com.pilotstatus.embed.origin.AllowedOrigins;
import com.pilotstatus.embed.origin.OriginPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
    UnreadCounts outage = new UnreadCounts(token -> {
      slowFailures.incrementAndGet();
      await(arrived); // every stream is at the cache before the fetch fails…
      sleep(200); // …and has had time to join it
      throw new IllegalStateException("platform unavailable");
    });
    ExecutorService pool = Executors.newFixedThreadPool(streams);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < streams; i++) {
        ChatToken token = token("jwt-" + i, "tn_1", List.of("wa_a"));
        answers.add(pool.submit(() -> {
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

  private static ChatToken token(String raw, String tenantId, List<String> numbers) {
    AllowedOrigins origins = AllowedOrigins.check(List.of("https://app.acme.com"), OriginPolicy.of(false)).allowed();
    return new ChatToken(raw, tenantId, numbers, origins, Instant.parse("2030-01-01T00:00:00Z"));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
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
}
