package com.pilotstatus.embed.platform.webhook;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.SandboxTrust;
import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.MutableClock;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import com.pilotstatus.embed.platform.testing.WebhookReceiver;
import com.pilotstatus.embed.platform.testing.WebhookReceiver.Delivery;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks as a host receives them: signed (verified by the receiver with the shared secret), unique event ids,
 * retried after a receiver failure, and fired for number.created/connected/removed and message.received. The
 * sandbox runs on the real clock with millisecond QR timings, so number.connected comes from the timer alone.
 */
class WebhookTest {

  static final String SECRET = "whsec_test_0123456789abcdef";

  static WebhookReceiver receiver;
  static Sandbox sandbox;
  static Api api;

  @BeforeAll
  static void start() throws Exception {
    receiver = new WebhookReceiver(SECRET);
    MutableClock unused = MutableClock.startingNow();
    // The receiver is on localhost: private targets allowed, as in the demo launcher (see WebhookTargetTest).
    sandbox = Sandbox.start(unused, Sandbox.config(unused).withClock(Clock.systemUTC())
        .withTrust(SandboxTrust.closed().withAdminKey(Sandbox.ADMIN_KEY).withWebhooksAllowPrivate(true))
        .withQrTimings(6, Duration.ofSeconds(60), Duration.ofSeconds(20), Duration.ofMillis(100)));
    api = sandbox.api;
    Reply set = api.put("/v1/webhooks", Api.json("url", receiver.url(), "secret", SECRET), tenant());
    assertThat(set.status()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
    receiver.close();
  }

  @Test
  void webhook_settings_never_echo_the_secret() {
    Reply reply = api.get("/v1/webhooks", tenant());
    assertThat(reply.at("/url")).isEqualTo(receiver.url());
    assertThat(reply.json().get("secretSet").asBoolean()).isTrue();
    assertThat(reply.text()).doesNotContain(SECRET);
    assertThat(api.put("/v1/webhooks", Api.json("url", "ftp://x", "secret", SECRET), tenant()).errorField())
        .isEqualTo("url");
    assertThat(api.put("/v1/webhooks", Api.json("url", receiver.url(), "secret", "short"), tenant()).errorField())
        .isEqualTo("secret");
  }

  @Test
  void number_lifecycle_fires_signed_created_connected_and_removed() throws Exception {
    String id = sandbox.createNumber(Sandbox.TENANT_KEY, "5511988880001");
    Delivery created = receiver.next("number.created");
    assertThat(created.body().at("/data/number/id").asText()).isEqualTo(id);
    assertThat(created.eventId()).startsWith("evt_").isEqualTo(created.body().get("id").asText());
    assertThat(created.body().get("createdAt").asText()).isNotBlank();

    api.post("/v1/sandbox/numbers/" + id + "/scan", "", tenant());
    Delivery connected = receiver.next("number.connected");
    assertThat(connected.body().at("/data/number/state").asText()).isEqualTo("OPEN");

    api.delete("/v1/numbers/" + id, tenant());
    assertThat(receiver.next("number.removed").body().at("/data/number/id").asText()).isEqualTo(id);
  }

  @Test
  void inbound_message_fires_message_received() throws Exception {
    api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound",
        Api.json("from", "+5511977770001", "name", "Paula", "text", "Oi, tudo bem?"), tenant());
    Delivery delivery = receiver.next("message.received");
    assertThat(delivery.body().at("/data/message/text").asText()).isEqualTo("Oi, tudo bem?");
    assertThat(delivery.body().at("/data/conversationId").asText()).startsWith("cv_");
  }

  @Test
  void internal_note_fires_no_webhook() throws Exception {
    String from = "+5511977776666";
    Reply first = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound", Api.json("from", from, "text", "Oi"),
        tenant());
    deliveriesUntil(first.at("/id")); // what earlier tests left in the queue goes with it
    String token = sandbox.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);

    Reply note = api.post("/v1/embed/chat/conversations/" + first.at("/conversationId") + "/notes",
        Api.json("text", "Só para a equipe"), "Authorization", "Bearer " + token);
    Reply after = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound", Api.json("from", from, "text", "Alô?"),
        tenant());

    assertThat(note.status()).isEqualTo(201);
    // Deliveries go out in order: every one up to the inbound after the note, and none is about the note.
    assertThat(deliveriesUntil(after.at("/id"))).noneMatch(d -> d.body().toString().contains(note.at("/id")))
        .noneMatch(d -> d.body().toString().contains("Só para a equipe"));
  }

  /** The verified deliveries up to and including the one about message {@code messageId}. */
  private static List<Delivery> deliveriesUntil(String messageId) throws InterruptedException {
    List<Delivery> seen = new ArrayList<>();
    Delivery d;
    do {
      d = receiver.next();
      seen.add(d);
    } while (!messageId.equals(d.body().at("/data/message/id").asText()));
    return seen;
  }

  @Test
  void failed_delivery_is_retried_with_the_same_event_id() throws Exception {
    receiver.failNext(2);
    api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound",
        Api.json("from", "+5511977770002", "text", "retry me"), tenant());
    Delivery delivery = receiver.next("message.received");
    while (!delivery.body().at("/data/message/text").asText().equals("retry me")) {
      delivery = receiver.next("message.received");
    }
    String id = delivery.eventId();
    assertThat(receiver.attempts().stream().filter(id::equals).count()).isEqualTo(3);
  }

  @Test
  void every_event_has_a_unique_id() throws Exception {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound",
          Api.json("from", "+5511977770003", "text", "unique " + i), tenant());
    }
    for (int i = 0; i < 5; i++) {
      ids.add(receiver.next("message.received").eventId());
    }
    assertThat(ids).hasSize(5);
  }
}
