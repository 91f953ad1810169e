package com.pilotstatus.embed.platform.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The limiter on its own: windows, limits, and what a flood of distinct clients costs. */
class PublicRateLimiterTest {

  private final MutableClock clock = MutableClock.startingNow();

  @Test
  void limitIsPerWindow_andTheNextWindowStartsAfresh() {
    PublicRateLimiter limiter = new PublicRateLimiter(3, 1000, clock);
    for (int i = 0; i < 3; i++) {
      limiter.check("203.0.113.1", "tok-" + i);
    }
    assertThatThrownBy(() -> limiter.check("203.0.113.1", "tok-x")).isInstanceOf(ApiError.class);

    clock.advance(Duration.ofSeconds(59));
    assertThatThrownBy(() -> limiter.check("203.0.113.1", "tok-y")).as("same window").isInstanceOf(ApiError.class);
    clock.advance(Duration.ofSeconds(1));
    assertThatCode(() -> limiter.check("203.0.113.1", "tok-z")).doesNotThrowAnyException();
  }

  @Test
  void aFloodOfDistinctClients_isForgottenAfterOneWindow() {
    PublicRateLimiter limiter = new PublicRateLimiter(10, 10, clock);
    for (int i = 0; i < 60_000; i++) {
      limiter.check("2001:db8::" + Integer.toHexString(i), "guess-" + i);
    }
    assertThat(limiter.windowCount()).as("one IP and one token window per call").isEqualTo(120_000);

    clock.advance(Duration.ofMinutes(1));

    assertThat(limiter.windowCount()).isZero();
  }

  @Test
  void aFloodBeyondTheBound_keepsAtMostTheBound() {
    PublicRateLimiter limiter = new PublicRateLimiter(10, 10, clock);
    for (int i = 0; i < 150_000; i++) {
      limiter.check("2001:db8::" + Integer.toHexString(i), "guess-" + i);
    }

    assertThat(limiter.windowCount()).isLessThanOrEqualTo(200_000);
  }
}
