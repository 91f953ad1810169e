package com.pilotstatus.embed.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.demo.webhook.WebhookSignature;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /webhooks/pilot-status} over real HTTP: genuine deliveries (hand-signed, and the sandbox's own) are
 * accepted and logged as verified; forged, tampered and replayed ones are refused.
 */
class WebhookReceiverTest {

  private static DemoTestStack stack;

  @BeforeAll
  static void start() {
    stack = DemoTestStack.start();
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  private static DemoTestStack.Answer deliver(String body, String secret, long timestamp) {
    String signature = new WebhookSignature(secret, Clock.systemUTC()).sign(timestamp + "." + body);
    return stack.post(stack.demo + "/webhooks/pilot-status", body, Map.of(
        "X-PilotStatus-Timestamp", Long.toString(timestamp), "X-PilotStatus-Signature", "v1=" + signature));
  }

  private static JsonNode logged(String eventId) {
    for (JsonNode entry : stack.get(stack.demo + "/api/demo/webhooks").json()) {
      if (eventId.equals(entry.path("eventId").asText())) {
        return entry;
      }
    }
    return null;
  }

  private static String event(String id, String type) {
    return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"createdAt\":\"2026-11-23T18:00:00Z\",\"data\":{}}";
  }

  @Test
  void genuine_delivery_is_accepted_and_logged_as_verified() {
    DemoTestStack.Answer answer = deliver(event("evt_genuine", "number.connected"), DemoTestStack.WEBHOOK_SECRET,
        Instant.now().getEpochSecond());

    assertThat(answer.status()).isEqualTo(204);
    assertThat(logged("evt_genuine").path("signatureValid").asBoolean()).isTrue();
    assertThat(logged("evt_genuine").path("type").asText()).isEqualTo("number.connected");
  }

  @Test
  void forged_delivery_is_refused_and_logged_as_bad() {
    DemoTestStack.Answer answer = deliver(event("evt_forged", "number.connected"), "whsec_guessed",
        Instant.now().getEpochSecond());

    assertThat(answer.status()).isEqualTo(401);
    assertThat(logged("evt_forged").path("signatureValid").asBoolean()).isFalse();
  }

  @Test
  void unsigned_delivery_is_refused() {
    DemoTestStack.Answer answer = stack.post(stack.demo + "/webhooks/pilot-status",
        event("evt_unsigned", "message.received"), Map.of());

    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void replayed_delivery_older_than_five_minutes_is_refused() {
    DemoTestStack.Answer answer = deliver(event("evt_replayed", "number.removed"), DemoTestStack.WEBHOOK_SECRET,
        Instant.now().minusSeconds(600).getEpochSecond());

    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void sandbox_delivers_message_received_signed_with_the_shared_secret() throws InterruptedException {
    String text = "Webhook check " + System.nanoTime();
    assertThat(stack.post(stack.demo + "/api/demo/inbound",
        "{\"from\":\"+5511933334444\",\"name\":\"Carla\",\"text\":\"" + text + "\"}", Map.of()).status())
        .isEqualTo(201);

    assertThat(DemoTestStack.eventually(5000, () -> {
      for (JsonNode entry : stack.get(stack.demo + "/api/demo/webhooks").json()) {
        if ("message.received".equals(entry.path("type").asText()) && entry.path("body").asText().contains(text)) {
          return entry.path("signatureValid").asBoolean();
        }
      }
      return false;
    })).isTrue();
  }
}
