package com.pilotstatus.embed.platform.pairing;

import com.pilotstatus.embed.platform.error.ApiError;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed one-minute windows per client IP and per token for the unauthenticated pairing endpoints, so a token cannot
 * be guessed or a link hammered. Over the limit: 429 with {@code Retry-After} (seconds to the window's end).
 */
public final class PublicRateLimiter {

  private static final long WINDOW_MS = 60_000;

  private record Window(long start, int count) {
  }

  private final int perIp;
  private final int perToken;
  private final Clock clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  public PublicRateLimiter(int perIp, int perToken, Clock clock) {
    this.perIp = perIp;
    this.perToken = perToken;
    this.clock = clock;
  }

  /** Counts one call; 429 when the IP or the token is over its limit. */
  public void check(String ip, String token) {
    long now = clock.millis();
    if (windows.size() > 50_000) {
      windows.values().removeIf(w -> now - w.start() >= WINDOW_MS);
    }
    hit("ip:" + ip, perIp, now);
    hit("token:" + token, perToken, now);
  }

  private void hit(String key, int limit, long now) {
    Window window = windows.compute(key, (k, w) ->
        w == null || now - w.start() >= WINDOW_MS ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
    if (window.count() > limit) {
      long retryAfter = Math.max(1, (window.start() + WINDOW_MS - now + 999) / 1000);
      throw ApiError.rateLimited(retryAfter);
    }
  }
}
