package com.pilotstatus.embed.chat.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.chat.testing.ChatClient;
import com.pilotstatus.embed.chat.testing.ChatStack;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /live}: platform events reach the iframe rendered, and a resumed stream has no gaps or duplicates. */
class LiveRoutesTest {

  private static final String HOST = "http://app.acme.test:8090";
  private static ChatStack stack;
  private static String token;

  @BeforeAll
  static void start() {
    stack = ChatStack.start();
    token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900);
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  /** An open {@code /live} stream, its events collected on a background thread. */
  private static final class Stream implements AutoCloseable {
    final BlockingQueue<SseEvent> events = new LinkedBlockingQueue<>();
    final InputStream body;

    Stream(String lastEventId) throws Exception {
      this(token, lastEventId);
    }

    Stream(String sessionToken, String lastEventId) throws Exception {
      HttpRequest.Builder b = new ChatClient(stack.chatUrl()).as(sessionToken, HOST).builder("/live").timeout(Duration.ofMinutes(1))
          .header("Accept", "text/event-stream");
      if (lastEventId != null) {
        b.header("Last-Event-ID", lastEventId);
      }
      HttpResponse<InputStream> response = new ChatClient(stack.chatUrl()).http()
          .send(b.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      assertThat(response.statusCode()).isEqualTo(200);
      body = response.body();
      Thread reader = new Thread(() -> {
        try {
          SseReader r = new SseReader(body);
          SseEvent e;
          while ((e = r.next()) != null) {
            events.add(e);
          }
        } catch (Exception ignored) {
          // closed by the test
        }
      });
      reader.setDaemon(true);
      reader.start();
      awaitEvent(x -> x.name().equals("open"));
    }

    SseEvent awaitEvent(Predicate<SseEvent> matching) throws InterruptedException {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (System.nanoTime() < end) {
        SseEvent e = events.poll(100, TimeUnit.MILLISECONDS);
        if (e != null && matching.test(e)) {
          return e;
        }
      }
      throw new AssertionError("no matching event within 5 s");
    }

    List<SseEvent> drain(Duration wait) throws InterruptedException {
      Thread.sleep(wait.toMillis());
      List<SseEvent> out = new ArrayList<>();
      events.drainTo(out);
      return out;
    }

    @Override
    public void close() throws Exception {
      body.close();
    }
  }

  @Test
  void inbound_message_arrives_rendered_within_a_second() throws Exception {
    try (Stream stream = new Stream(null)) {
      long sent = System.nanoTime();
      stack.inbound(ChatStack.DEMO_NUMBER, "+5511977776666", "Bruno Lima", "Chegou agora?");

      SseEvent message = stream.awaitEvent(e -> e.name().equals("message") && e.data().contains("Chegou agora?"));
      long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);

      assertThat(elapsedMs).isLessThan(1000);
      assertThat(message.id()).isNotBlank();
      assertThat(message.data()).contains("class=\\\"bubble in\\\"").contains("\"inbound\":true");
      assertThat(stream.awaitEvent(e -> e.name().equals("conversation")).data()).contains("Bruno Lima");
      assertThat(stream.awaitEvent(e -> e.name().equals("unread")).data()).contains("\"count\":");
    }
  }

  @Test
  void resumed_stream_replays_missed_events_once_and_nothing_before() throws Exception {
    String lastId;
    try (Stream stream = new Stream(null)) {
      stack.inbound(ChatStack.DEMO_NUMBER, "+5511966665555", "Clara Dias", "first, seen live");
      lastId = stream.awaitEvent(e -> e.name().equals("message") && e.data().contains("first, seen live")).id();
      stream.awaitEvent(e -> e.name().equals("unread"));
      lastId = latestId(stream.drain(Duration.ofMillis(300)), lastId);
    }
    stack.inbound(ChatStack.DEMO_NUMBER, "+5511966665555", "Clara Dias", "second, sent while offline");

    try (Stream resumed = new Stream(lastId)) {
      List<SseEvent> replayed = resumed.drain(Duration.ofMillis(800));

      assertThat(replayed).filteredOn(e -> e.name().equals("message"))
          .extracting(SseEvent::data)
          .hasSize(1)
          .allSatisfy(d -> assertThat(d).contains("second, sent while offline"));
    }
  }

  @Test
  void every_stream_of_one_scope_gets_the_unread_total_after_the_event() throws Exception {
    // Five sessions (five tokens) of the same scope, whose streams share the summary fetch (UnreadCountsTest counts
    // the fetches): each still gets the platform's total.
    List<Stream> streams = new ArrayList<>();
    try {
      for (int i = 0; i < 5; i++) {
        streams.add(new Stream(stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900), null));
      }
      stack.inbound(ChatStack.DEMO_NUMBER, "+5511955550000", "Dora Reis", "unread for everyone");
      List<String> counts = new ArrayList<>();
      for (Stream stream : streams) {
        stream.awaitEvent(e -> e.name().equals("message") && e.data().contains("unread for everyone"));
        counts.add(stream.awaitEvent(e -> e.name().equals("unread")).data());
      }

      String total = "{\"count\":" + stack.platformSummary(token).path("unreadCount").asInt() + "}";
      assertThat(counts).hasSize(5).containsOnly(total);
    } finally {
      for (Stream stream : streams) {
        stream.close();
      }
    }
  }

  private static String latestId(List<SseEvent> events, String fallback) {
    String id = fallback;
    for (SseEvent e : events) {
      if (e.id() != null && !e.id().isEmpty()) {
        id = e.id();
      }
    }
    return id;
  }
}
