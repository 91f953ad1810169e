package com.pilotstatus.embed.platform.sandbox;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/** Caffeine's time for the sandbox's caches: the sandbox's {@link Clock}, which tests move, not the system's. */
public final class ClockTicker {

  private ClockTicker() {
  }

  /** A ticker that reads {@code clock}, so entries expire when the sandbox's time says so. */
  public static Ticker of(Clock clock) {
    return () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
  }
}
