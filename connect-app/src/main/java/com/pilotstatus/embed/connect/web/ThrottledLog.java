package com.pilotstatus.embed.connect.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Decides whether a repeated event for one client is worth a log line: at most one per client per window. A load test
 * or a hammering client then costs one line a minute, not one per request (issue 16: 37,000 INFO lines in 8 s).
 * Bounded: a flood of distinct clients keeps at most {@code maxClients} entries, each for one window.
 */
public final class ThrottledLog {

  private final Cache<String, Boolean> logged;

  public ThrottledLog(Duration window, long maxClients) {
    this.logged = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(maxClients).build();
  }

  /** Once a minute per client. */
  public static ThrottledLog perMinute() {
    return new ThrottledLog(Duration.ofMinutes(1), 10_000);
  }

  /** True the first time {@code client} is seen in the current window, false after. */
  public boolean shouldLog(String client) {
    return logged.asMap().putIfAbsent(client, Boolean.TRUE) == null;
  }

  /** Clients remembered now (for the flood test). */
  long size() {
    logged.cleanUp();
    return logged.estimatedSize();
  }
}
