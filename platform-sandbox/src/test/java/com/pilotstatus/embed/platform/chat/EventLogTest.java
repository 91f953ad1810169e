package com.pilotstatus.embed.platform.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/** The event log's resume rules, without a server. */
class EventLogTest {

  @Test
  void subscribe_after_n_replays_later_events_of_its_numbers_then_live_ones() {
    EventLog log = new EventLog(100);
    log.publish("wa_a", "message.created", "1");
    log.publish("wa_b", "message.created", "2");
    log.publish("wa_a", "message.created", "3");
    LinkedBlockingQueue<ChatEvent> queue = new LinkedBlockingQueue<>();
    try (EventLog.Subscription subscription = log.subscribe(Set.of("wa_a"), 1, queue)) {
      log.publish("wa_a", "message.created", "4");
      log.publish("wa_b", "message.created", "5");
      assertThat(subscription.isReset()).isFalse();
      List<Object> data = new ArrayList<>();
      queue.forEach(e -> data.add(e.data()));
      assertThat(data).containsExactly("3", "4");
    }
  }

  @Test
  void subscribe_before_the_oldest_kept_event_is_a_reset() {
    EventLog log = new EventLog(2);
    for (int i = 0; i < 5; i++) {
      log.publish("wa_a", "message.created", i);
    }
    LinkedBlockingQueue<ChatEvent> queue = new LinkedBlockingQueue<>();
    assertThat(log.subscribe(Set.of("wa_a"), 2, queue).isReset()).isTrue();
    assertThat(log.subscribe(Set.of("wa_a"), 3, new LinkedBlockingQueue<>()).isReset()).isFalse();
    assertThat(log.subscribe(Set.of("wa_a"), 99, new LinkedBlockingQueue<>()).isReset())
        .as("an id from the future (a restarted server)").isTrue();
  }

  @Test
  void closed_subscription_gets_nothing_more() {
    EventLog log = new EventLog(10);
    LinkedBlockingQueue<ChatEvent> queue = new LinkedBlockingQueue<>();
    log.subscribe(Set.of("wa_a"), -1, queue).close();
    log.publish("wa_a", "message.created", "x");
    assertThat(queue).isEmpty();
  }

  @Test
  void publishRevocation_is_logged_but_reaches_no_per_number_stream() {
    EventLog log = new EventLog(100);
    LinkedBlockingQueue<ChatEvent> queue = new LinkedBlockingQueue<>();
    try (EventLog.Subscription subscription = log.subscribe(Set.of("wa_a"), -1, queue)) {
      ChatEvent event = log.publishRevocation("tn_a", "jti-1", "ses_1");
      assertThat(event.type()).isEqualTo("session.revoked");
      assertThat(event.numberId()).isEqualTo(EventLog.NO_NUMBER);
      assertThat(log.lastSequence()).isEqualTo(event.sequence());
      assertThat(queue).isEmpty();
    }
  }
}
