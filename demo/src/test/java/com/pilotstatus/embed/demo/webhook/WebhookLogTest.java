package com.pilotstatus.embed.demo.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookLogTest {

  private static WebhookLog.Entry entry(String id, boolean valid) {
    return new WebhookLog.Entry(id, "message.received", "2026-11-23T18:00:00Z", valid, "{}");
  }

  @Test
  void record_retryOfTheSameEvent_isKeptOnce() {
    WebhookLog log = new WebhookLog();

    assertThat(log.record(entry("evt_1", true))).isTrue();
    assertThat(log.record(entry("evt_1", true))).isFalse();
    assertThat(log.entries()).hasSize(1);
  }

  @Test
  void record_keepsTheNewestFirstAndAtMostTheCapacity() {
    WebhookLog log = new WebhookLog();
    for (int i = 0; i < WebhookLog.CAPACITY + 5; i++) {
      log.record(entry("evt_" + i, true));
    }

    assertThat(log.entries()).hasSize(WebhookLog.CAPACITY);
    assertThat(log.entries().get(0).eventId()).isEqualTo("evt_" + (WebhookLog.CAPACITY + 4));
  }
}
