package com.pilotstatus.embed.platform.feed;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.bearer;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.EventStreamClient;
import com.pilotstatus.embed.platform.testing.EventStreamClient.Event;
import com.pilotstatus.embed.platform.testing.MutableClock;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v1/internal/events}: the one subscription of a front-end instance. Every tenant's and number's events,
 * a stated position before the first one, exact resumption, {@code reset} past what is kept, and nobody but a holder
 * of the service credential.
 */
class InternalFeedTest {

  static Sandbox sandbox;
  static Api api;
  static String credential;

  @BeforeAll
  static void start() {
    MutableClock clock = MutableClock.startingNow();
    sandbox = Sandbox.start(clock, Sandbox.config(clock).withEventLogSize(50).withServiceCredential(
        ServiceCredential.generate()));
    api = sandbox.api;
    credential = sandbox.server.serviceCredential();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void the_feed_states_its_position_before_any_event() throws Exception {
    try (EventStreamClient feed = open(credential, null)) {
      assertThat(feed.status()).isEqualTo(200);
      Event position = feed.next("position");
      inbound(DEMO_NUMBER, "+5511955551001", "after the position");
      Event created = feed.next("message.created");
      assertThat(Long.parseLong(created.id())).isGreaterThan(Long.parseLong(position.id()));
    }
  }

  @Test
  void every_number_of_every_tenant_is_on_the_feed_with_its_number_id() throws Exception {
    String otherTenantKey = sandbox.newTenantKey();
    String otherNumber = sandbox.createNumber(otherTenantKey, "5511955551999");
    try (EventStreamClient feed = open(credential, null)) {
      feed.next("position");
      api.post("/v1/sandbox/numbers/" + otherNumber + "/inbound", Api.json("from", "+5511955551002", "text", "b"),
          Sandbox.key(otherTenantKey));
      inbound(DEMO_NUMBER, "+5511955551003", "a");
      JsonNode first = Api.JSON.readTree(feed.next("message.created").data());
      JsonNode second = Api.JSON.readTree(feed.next("message.created").data());
      assertThat(first.path("whatsappNumberId").asText()).isEqualTo(otherNumber);
      assertThat(first.at("/data/message/text").asText()).isEqualTo("b");
      assertThat(second.path("whatsappNumberId").asText()).isEqualTo(DEMO_NUMBER);
    }
  }

  @Test
  void resuming_with_last_event_id_replays_exactly_the_missed_events() throws Exception {
    String lastSeen;
    try (EventStreamClient feed = open(credential, null)) {
      lastSeen = feed.next("position").id();
    }
    inbound(DEMO_NUMBER, "+5511955551004", "missed one");
    inbound(DEMO_NUMBER, "+5511955551004", "missed two");
    try (EventStreamClient resumed = open(credential, lastSeen)) {
      assertThat(resumed.next("position").id()).isEqualTo(lastSeen);
      assertThat(Api.JSON.readTree(resumed.next("message.created").data()).at("/data/message/text").asText())
          .isEqualTo("missed one");
      assertThat(Api.JSON.readTree(resumed.next("message.created").data()).at("/data/message/text").asText())
          .isEqualTo("missed two");
    }
  }

  @Test
  void a_resume_point_no_longer_kept_gives_reset() throws Exception {
    for (int i = 0; i < 40; i++) {
      inbound(DEMO_NUMBER, "+5511955551005", "flood " + i);
    }
    try (EventStreamClient feed = open(credential, "1")) {
      assertThat(Long.parseLong(feed.next("reset").id())).isGreaterThan(1);
    }
  }

  @Test
  void tenant_keys_chat_tokens_and_wrong_credentials_are_refused() {
    String chatToken = sandbox.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
    assertThat(api.get("/v1/internal/events", tenant()).status()).isEqualTo(401);
    assertThat(api.get("/v1/internal/events", bearer(chatToken)).status()).isEqualTo(401);
    assertThat(api.get("/v1/internal/events", bearer(credential + "x")).status()).isEqualTo(401);
    Reply refused = api.get("/v1/internal/events");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("unauthorized");
  }

  private static EventStreamClient open(String credential, String lastEventId) {
    return new EventStreamClient(api.base() + "/v1/internal/events", credential, lastEventId);
  }

  private static void inbound(String number, String from, String text) {
    api.post("/v1/sandbox/numbers/" + number + "/inbound", Api.json("from", from, "text", text), tenant());
  }
}
