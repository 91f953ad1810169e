package com.pilotstatus.embed.e2e;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform sandbox's clock in the e2e stack: real time, plus an offset a test can move forward to let
 * something with a long lifetime (a 24 h pairing link) expire without waiting for it. Only the platform gets this
 * clock; the browser, chat-app, connect-app and the demo keep real time.
 */
final class ShiftableClock extends Clock {

  private final Clock base = Clock.tickMillis(ZoneOffset.UTC);
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  /** Moves the platform's time {@code by} ahead of real time (not cumulative). */
  void shift(Duration by) {
    offset.set(by);
  }

  /** Back to real time. */
  void reset() {
    offset.set(Duration.ZERO);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the platform runs in UTC");
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }
}
