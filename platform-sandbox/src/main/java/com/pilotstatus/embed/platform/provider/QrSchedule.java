package com.pilotstatus.embed.platform.provider;

import java.time.Duration;
import java.time.Instant;

/**
 * When each QR ref of a batch is shown. WhatsApp (Baileys/Evolution) emits 6 refs: the first lives 60 s, each later
 * one 20 s, 160 s in all; then the connection closes. The timings are configurable so tests run them in milliseconds.
 */
public record QrSchedule(int refs, Duration firstTtl, Duration nextTtl, Duration linking) {

  /** The 0-based index of the ref shown at {@code now}, or -1 once the batch is over. */
  public int refIndexAt(Instant startedAt, Instant now) {
    long elapsed = Duration.between(startedAt, now).toMillis();
    if (elapsed < firstTtl.toMillis()) {
      return 0;
    }
    long index = 1 + (elapsed - firstTtl.toMillis()) / Math.max(1, nextTtl.toMillis());
    return index < refs ? (int) index : -1;
  }

  /** When ref {@code index} (0-based) stops being valid. */
  public Instant refExpiresAt(Instant startedAt, int index) {
    return startedAt.plus(firstTtl).plus(nextTtl.multipliedBy(index));
  }

  /** When the whole batch is over without a scan. */
  public Instant batchEndsAt(Instant startedAt) {
    return refExpiresAt(startedAt, refs - 1);
  }
}
