package com.pilotstatus.embed.platform.pairing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.sandbox.ClockTicker;
import java.time.Clock;
import java.time.Duration;

/**
 * Fixed one-minute windows per client IP and per token for the unauthenticated pairing endpoints, so a token cannot
 * be guessed or a link hammered. Over the limit: 429 with {@code Retry-After} (seconds to the window's end).
 *
 * <p>The windows live in a Caffeine cache that expires each one a window length after its last hit: a flood of
 * distinct IPs or tokens costs memory for one minute at most and never a sweep of every window on a request.
 */
public final class PublicRateLimiter {

  private static final long WINDOW_MS = 60_000;
  /** A bound for floods: Caffeine's eviction keeps the windows that are hit often, i.e. the busy clients'. */
  private static final long MAX_WINDOWS = 200_000;

  private record Window(long start, int count) {
  }

  private final int perIp;
  private final int perToken;
  private final Clock clock;
  private final Cache<String, Window> windows;

  public PublicRateLimiter(int perIp, int perToken, Clock clock) {
    this.perIp = perIp;
    this.perToken = perToken;
    this.clock = clock;
    this.windows = Caffeine.newBuilder()
        .expireAfterWrite(Duration.ofMillis(WINDOW_MS))
        .maximumSize(MAX_WINDOWS)
        .ticker(ClockTicker.of(clock))
        .build();
  }

  /** Counts one call; 429 when the IP or the token is over its limit. */
  public void check(String ip, String token) {
    long now = clock.millis();
    hit("ip:" + ip, perIp, now);
    hit("token:" + token, perToken, now);
  }

  /** How many windows are kept now (after expiring the ended ones). */
  long windowCount() {
    windows.cleanUp();
    return windows.estimatedSize();
  }

  private void hit(String key, int limit, long now) {
    Window window = windows.asMap().compute(key, (k, w) ->
        w == null || now - w.start() >= WINDOW_MS ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
    if (window.count() > limit) {
      long retryAfter = Math.max(1, (window.start() + WINDOW_MS - now + 999) / 1000);
      throw ApiError.rateLimited(retryAfter);
    }
  }
}
