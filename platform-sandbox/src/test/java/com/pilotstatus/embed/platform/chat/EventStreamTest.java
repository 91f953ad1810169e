package com.pilotstatus.embed.platform.chat;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.bearer;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.EventStreamClient;
import com.pilotstatus.embed.platform.testing.EventStreamClient.Event;
import com.pilotstatus.embed.platform.testing.MutableClock;
import com.pilotstatus.embed.platform.testing.Sandbox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chat event stream (SSE): live events for the token's numbers only, resumable without gaps or duplicates. */
class EventStreamTest {

  static Sandbox sandbox;
  static Api api;
  static String token;

  @BeforeAll
  static void start() {
    MutableClock clock = MutableClock.startingNow();
    sandbox = Sandbox.start(clock, Sandbox.config(clock).withEventLogSize(50));
    api = sandbox.api;
    token = sandbox.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void inbound_message_arrives_live() throws Exception {
    try (EventStreamClient stream = open(null)) {
      assertThat(stream.status()).isEqualTo(200);
      inbound("+5511955550001", "Chegou?");
      Event created = stream.next("message.created");
      assertThat(created.id()).matches("\\d+");
      assertThat(Api.JSON.readTree(created.data()).at("/message/text").asText()).isEqualTo("Chegou?");
      Event conversation = stream.next("conversation.updated");
      assertThat(Api.JSON.readTree(conversation.data()).at("/conversation/unreadCount").asInt()).isEqualTo(1);
    }
  }

  @Test
  void events_of_other_numbers_never_reach_the_stream() throws Exception {
    String other = sandbox.createNumber(Sandbox.TENANT_KEY, "5511955559999");
    try (EventStreamClient stream = open(null)) {
      assertThat(stream.status()).isEqualTo(200);
      api.post("/v1/sandbox/numbers/" + other + "/inbound", Api.json("from", "+5511955550002", "text", "secret"),
          tenant());
      inbound("+5511955550003", "visible");
      Event created = stream.next("message.created");
      assertThat(created.data()).contains("visible").doesNotContain("secret");
    }
  }

  @Test
  void reconnecting_with_last_event_id_replays_what_was_missed_exactly_once() throws Exception {
    String lastSeen;
    try (EventStreamClient stream = open(null)) {
      assertThat(stream.status()).isEqualTo(200);
      inbound("+5511955550004", "one");
      lastSeen = stream.next("message.created").id();
    }
    inbound("+5511955550004", "two");
    inbound("+5511955550004", "three");
    try (EventStreamClient resumed = open(lastSeen)) {
      List<String> texts = new ArrayList<>();
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Event event = resumed.next("message.created");
        texts.add(Api.JSON.readTree(event.data()).at("/message/text").asText());
        ids.add(Long.parseLong(event.id()));
      }
      assertThat(texts).containsExactly("two", "three");
      assertThat(ids).allMatch(id -> id > Long.parseLong(lastSeen)).isSorted();
      inbound("+5511955550004", "four");
      assertThat(Api.JSON.readTree(resumed.next("message.created").data()).at("/message/text").asText())
          .isEqualTo("four");
    }
  }

  @Test
  void resuming_from_a_point_no_longer_kept_says_reset() throws Exception {
    for (int i = 0; i < 40; i++) {
      inbound("+5511955550005", "flood " + i);
    }
    try (EventStreamClient stream = open("1")) {
      Event reset = stream.next("reset");
      assertThat(Long.parseLong(reset.id())).isGreaterThan(1);
    }
  }

  @Test
  void number_state_changes_reach_the_stream() throws Exception {
    String number = sandbox.createNumber(Sandbox.TENANT_KEY, "5511955558888");
    String own = sandbox.chatToken(Sandbox.TENANT_KEY, number);
    try (EventStreamClient stream = new EventStreamClient(api.base() + "/v1/embed/chat/events", own, null)) {
      assertThat(stream.status()).isEqualTo(200);
      api.post("/v1/sandbox/numbers/" + number + "/scan", "", tenant());
      sandbox.clock.advance(java.time.Duration.ofSeconds(2));
      api.get("/v1/numbers", tenant());
      Event updated = stream.next("number.updated");
      assertThat(Api.JSON.readTree(updated.data()).at("/number/state").asText()).isEqualTo("OPEN");
      assertThat(Api.JSON.readTree(updated.data()).at("/number/id").asText()).isEqualTo(number);
    }
  }

  @Test
  void stream_needs_a_valid_chat_token() {
    assertThat(api.get("/v1/embed/chat/events", bearer("not-a-jwt")).status()).isEqualTo(401);
    assertThat(api.get("/v1/embed/chat/events", tenant()).status()).isEqualTo(401);
  }

  private static EventStreamClient open(String lastEventId) {
    return new EventStreamClient(api.base() + "/v1/embed/chat/events", token, lastEventId);
  }

  private static void inbound(String from, String text) {
    api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound", Api.json("from", from, "text", text), tenant());
  }
}
