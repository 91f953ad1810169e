package com.pilotstatus.embed.chat.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.chat.LiveSettings;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.LiveClient;
import com.pilotstatus.embed.chat.testing.LiveClient.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The live path at scale (issue 15): one platform feed fanned out to browser streams by number, exact positions across
 * any reconnect, streams released when their browser leaves, and the per-session and per-instance limits. Every test
 * speaks real HTTP to a chat-app in front of a real platform sandbox.
 */
class LiveFanOutTest {

  private static final String HOST = "http://app.acme.test:8090";
  private static ChatStack stack;

  @BeforeAll
  static void start() {
    // A small replay buffer, so that "past the buffer" takes a few events; a small backlog, so a slow client is cut soon.
    // A replay must fit in half the backlog: 16 KB leaves room for the resume test's five frames, which grew with the
    // bubbles' reaction action and the conversation frames' status control (issue 18).
    stack = ChatStack.start(config -> config.withLive(LiveSettings.defaults().withReplayEvents(8)
        .withMaxBacklogBytes(16384)));
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  // ---------------------------------------------------------------- scope

  @Test
  void two_sessions_on_different_numbers_each_get_only_their_own_numbers_events() throws Exception {
    String[] other = stack.otherNumberWithConversation();
    try (LiveClient demo = open(token(ChatStack.DEMO_NUMBER), null);
         LiveClient otherLine = open(token(other[0]), null)) {
      stack.inbound(other[0], "+5511944440001", "Only Other", "for the other line");
      stack.inbound(ChatStack.DEMO_NUMBER, "+5511944440002", "Only Demo", "for the demo line");

      assertThat(otherLine.await(e -> e.data().contains("for the other line"), 5)).isNotNull();
      assertThat(demo.await(e -> e.data().contains("for the demo line"), 5)).isNotNull();
      assertThat(demo.collect(500)).noneMatch(e -> e.data().contains("for the other line") || e.data().contains(other[0]));
      assertThat(otherLine.collect(0)).noneMatch(e -> e.data().contains("for the demo line"));
    }
  }

  // ---------------------------------------------------------------- positions and resumption

  @Test
  void a_stream_states_its_position_before_any_event() throws Exception {
    try (LiveClient stream = open(token(ChatStack.DEMO_NUMBER), null)) {
      Event open = stream.await("open");
      assertThat(open.id()).matches("\\d+");
    }
  }

  @Test
  void a_message_sent_while_a_stream_that_had_no_event_was_away_arrives_on_reconnect() throws Exception {
    String token = token(ChatStack.DEMO_NUMBER);
    String position;
    try (LiveClient first = open(token, null)) {
      position = first.await("open").id(); // no real event ever reached this stream
    }
    stack.inbound(ChatStack.DEMO_NUMBER, "+5511944440003", "Gap Test", "sent in the gap");
    try (LiveClient resumed = open(token, position)) {
      assertThat(resumed.await(e -> e.name().equals("message") && e.data().contains("sent in the gap"), 5)).isNotNull();
    }
  }

  @Test
  void the_feed_dropped_and_restored_gives_browsers_no_gap_and_no_duplicate() throws Exception {
    try (LiveClient stream = open(token(ChatStack.DEMO_NUMBER), null)) {
      stream.await("open");
      stack.inbound(ChatStack.DEMO_NUMBER, "+5511944440004", "Outage", "before the outage");
      stack.chat().dropFeed();
      stack.inbound(ChatStack.DEMO_NUMBER, "+5511944440004", "Outage", "during the outage 1");
      stack.inbound(ChatStack.DEMO_NUMBER, "+5511944440004", "Outage", "during the outage 2");
      await(() -> stack.chat().isFeedConnected(), 5000);
      stack.inbound(ChatStack.DEMO_NUMBER, "+5511944440004", "Outage", "after the outage");

      List<Event> messages = stream.until(e -> e.name().equals("message") && e.data().contains("after the outage"), 5)
          .stream().filter(e -> e.name().equals("message")).toList();
      assertThat(messages).extracting(LiveFanOutTest::text)
          .containsExactly("before the outage", "during the outage 1", "during the outage 2", "after the outage");
      assertThat(messages).extracting(e -> Long.parseLong(e.id())).isSorted().doesNotHaveDuplicates();
      assertThat(stream.collect(300)).noneMatch(e -> e.name().equals("message")); // and nothing twice afterwards
    }
  }

  @Test
  void a_resumed_browser_gets_exactly_the_events_it_missed_in_order() throws Exception {
    String token = token(ChatStack.DEMO_NUMBER);
    String last;
    try (LiveClient stream = open(token, null)) {
      stack.inbound(ChatStack.DEMO_NUMBER, "+5511944440005", "Resume", "seen");
      last = stream.await(e -> e.name().equals("message") && e.data().contains("seen"), 5).id();
    }
    stack.chat().dropFeed(); // the upstream outage in the middle changes nothing for the browser
    stack.inbound(ChatStack.DEMO_NUMBER, "+5511944440005", "Resume", "missed 1");
    stack.inbound(ChatStack.DEMO_NUMBER, "+5511944440005", "Resume", "missed 2");
    await(() -> stack.chat().isFeedConnected(), 5000);
    try (LiveClient resumed = open(token, last)) {
      resumed.await(e -> e.name().equals("message") && e.data().contains("missed 2"), 5);
    }
    try (LiveClient resumed = open(token, last)) {
      List<String> texts = resumed.collect(800).stream().filter(e -> e.name().equals("message"))
          .map(LiveFanOutTest::text).toList();
      assertThat(texts).containsExactly("missed 1", "missed 2");
    }
  }

  @Test
  void resuming_from_beyond_the_replay_buffer_gives_reset_and_a_new_position() throws Exception {
    String token = token(ChatStack.DEMO_NUMBER);
    String last;
    try (LiveClient stream = open(token, null)) {
      last = stream.await("open").id();
    }
    for (int i = 0; i < 10; i++) { // each inbound is two feed events; the buffer keeps 8
      stack.inbound(ChatStack.DEMO_NUMBER, "+5511944440006", "Flood", "flood " + i);
    }
    awaitPositionPast(token, Long.parseLong(last) + 19);
    try (LiveClient resumed = open(token, last)) {
      Event reset = resumed.await("reset");
      Event position = resumed.await("position");
      assertThat(Long.parseLong(reset.id())).isGreaterThan(Long.parseLong(last));
      assertThat(position.id()).isEqualTo(reset.id());
    }
  }

  // ---------------------------------------------------------------- release

  @Test
  void a_browser_that_goes_away_is_released_within_5_seconds() throws Exception {
    try (ChatStack own = ChatStack.start(config -> config)) { // its own instance: no other test's streams in the count
      String token = own.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900);
      await(() -> own.chat().isFeedConnected(), 5000);
      LiveClient stream = LiveClient.open(own.chatPort(), token, HOST, null, 0, true);
      stream.await("open");
      assertThat(own.chat().openStreams()).isEqualTo(1);
      assertThat(gauge(own)).isEqualTo(1);

      long left = System.nanoTime();
      stream.close();
      await(() -> gauge(own) == 0, 5000);
      System.out.printf("[live] a browser that left was released after %d ms%n", (System.nanoTime() - left) / 1_000_000);
    }
  }

  private static double gauge(ChatStack stack) {
    return stack.chat().meters().get("chat.live.streams").gauge().value();
  }

  @Test
  void a_browser_that_stops_reading_is_cut_at_the_backlog_bound() throws Exception {
    String token = token(ChatStack.DEMO_NUMBER);
    double cutBefore = stack.chat().meters().get("chat.live.closed.backlog").counter().count();
    try (LiveClient slow = LiveClient.open(stack.chatPort(), token, HOST, null, 2048, false)) {
      assertThat(slow.status()).isEqualTo(200);
      for (int i = 0; i < 400 && stack.chat().meters().get("chat.live.closed.backlog").counter().count() == cutBefore;
           i++) {
        stack.inbound(ChatStack.DEMO_NUMBER, "+5511944440007", "Slow Reader", "y".repeat(3000));
      }
      // Counted when the hub released it (detached from every index), not merely when it was marked.
      assertThat(stack.chat().meters().get("chat.live.closed.backlog").counter().count()).isGreaterThan(cutBefore);
    }
  }

  // ---------------------------------------------------------------- revocation

  @Test
  void a_revoked_session_s_stream_ends_within_5_seconds_and_cannot_open_again() throws Exception {
    String token = token(ChatStack.DEMO_NUMBER);
    try (LiveClient stream = open(token, null)) {
      stream.await("open");
      long revoked = System.nanoTime();
      stack.revoke(token);

      await(stream::hasEnded, 5000);
      System.out.printf("[live] a revoked session's stream ended after %d ms%n", (System.nanoTime() - revoked) / 1_000_000);
    }
    try (LiveClient again = LiveClient.open(stack.chatPort(), token, HOST, null, 0, false)) {
      assertThat(again.status()).isEqualTo(401);
    }
  }

  @Test
  void withdrawing_the_signing_keys_ends_the_streams_of_their_tokens() throws Exception {
    try (ChatStack own = ChatStack.start(config -> config)) { // rotation is platform-wide: its own platform
      String token = own.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900);
      await(() -> own.chat().isFeedConnected(), 5000);
      try (LiveClient stream = LiveClient.open(own.chatPort(), token, HOST, null, 0, true)) {
        stream.await("open");
        own.rotateKeysRevokingPrevious();

        await(stream::hasEnded, 5000);
      }
      try (LiveClient again = LiveClient.open(own.chatPort(), token, HOST, null, 0, false)) {
        assertThat(again.status()).isEqualTo(401);
      }
      String fresh = own.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900);
      try (LiveClient renewed = LiveClient.open(own.chatPort(), fresh, HOST, null, 0, true)) {
        assertThat(renewed.status()).isEqualTo(200); // tokens of the new key are fine
      }
    }
  }

  // ---------------------------------------------------------------- limits

  @Test
  void the_sixth_stream_of_one_session_gets_429_in_the_error_shape_with_retry_after() throws Exception {
    String token = token(ChatStack.DEMO_NUMBER);
    List<LiveClient> five = new ArrayList<>();
    try {
      for (int i = 0; i < 5; i++) {
        five.add(open(token, null));
      }
      try (LiveClient sixth = LiveClient.open(stack.chatPort(), token, HOST, null, 0, false)) {
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.headers()).contains("retry-after: 5");
      }
      try (LiveClient otherSession = open(token(ChatStack.DEMO_NUMBER), null)) {
        assertThat(otherSession.status()).isEqualTo(200); // another session is not limited
      }
    } finally {
      for (LiveClient c : five) {
        c.close();
      }
    }
  }

  @Test
  void an_instance_at_its_maximum_answers_503_with_retry_after() throws Exception {
    try (ChatStack small = ChatStack.start(config -> config.withLive(LiveSettings.defaults().withMaxStreams(2)))) {
      String token = small.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900);
      String another = small.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900);
      await(() -> small.chat().isFeedConnected(), 5000);
      try (LiveClient a = LiveClient.open(small.chatPort(), token, HOST, null, 0, true);
           LiveClient b = LiveClient.open(small.chatPort(), another, HOST, null, 0, true);
           LiveClient c = LiveClient.open(small.chatPort(), another, HOST, null, 0, false)) {
        assertThat(a.status()).isEqualTo(200);
        assertThat(b.status()).isEqualTo(200);
        assertThat(c.status()).isEqualTo(503);
        assertThat(c.headers()).contains("retry-after: 10");
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static String token(String number) {
    return stack.mint(List.of(number), List.of(HOST), 900);
  }

  private static LiveClient open(String token, String lastEventId) throws Exception {
    LiveClient client = LiveClient.open(stack.chatPort(), token, HOST, lastEventId, 0, true);
    assertThat(client.status()).isEqualTo(200);
    return client;
  }

  private static String text(Event e) {
    int at = e.data().indexOf("\"text\":\"") + 8;
    return e.data().substring(at, e.data().indexOf('"', at));
  }

  /** Waits until this instance's feed has passed {@code id} (a fresh stream's position says where it is). */
  private static void awaitPositionPast(String token, long id) throws Exception {
    await(() -> {
      try (LiveClient probe = open(token, null)) {
        return Long.parseLong(probe.await("open").id()) >= id;
      } catch (Exception e) {
        return false;
      }
    }, 5000);
  }

  private static void await(BooleanSupplier condition, long millis) throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("condition not met within " + millis + " ms");
      }
      Thread.sleep(20);
    }
  }
}
