package com.pilotstatus.embed.chat.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock, shifted by an offset a test can change: mints tokens "in the past" for the sandbox. */
public final class ShiftableClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  public void shift(Duration offset) {
    this.offset = offset;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}
