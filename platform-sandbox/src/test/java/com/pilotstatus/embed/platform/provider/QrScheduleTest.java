package com.pilotstatus.embed.platform.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** WhatsApp's QR timing (60 s, then 20 s per ref, 6 refs) without a server. */
class QrScheduleTest {

  static final QrSchedule WHATSAPP = new QrSchedule(6, Duration.ofSeconds(60), Duration.ofSeconds(20),
      Duration.ofMillis(1500));
  static final Instant T0 = Instant.parse("2026-11-23T18:00:00Z");

  @Test
  void refIndexAt_walks_the_batch_and_ends_at_160_seconds() {
    assertThat(WHATSAPP.refIndexAt(T0, T0)).isZero();
    assertThat(WHATSAPP.refIndexAt(T0, T0.plusMillis(59_999))).isZero();
    assertThat(WHATSAPP.refIndexAt(T0, T0.plusSeconds(60))).isEqualTo(1);
    assertThat(WHATSAPP.refIndexAt(T0, T0.plusSeconds(159))).isEqualTo(5);
    assertThat(WHATSAPP.refIndexAt(T0, T0.plusSeconds(160))).isEqualTo(-1);
    assertThat(WHATSAPP.batchEndsAt(T0)).isEqualTo(T0.plusSeconds(160));
  }

  @Test
  void refExpiresAt_is_the_start_of_the_next_ref() {
    for (int i = 0; i < 5; i++) {
      Instant end = WHATSAPP.refExpiresAt(T0, i);
      assertThat(WHATSAPP.refIndexAt(T0, end)).isEqualTo(i + 1);
      assertThat(WHATSAPP.refIndexAt(T0, end.minusMillis(1))).isEqualTo(i);
    }
  }
}
