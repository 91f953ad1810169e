package com.pilotstatus.embed.chat.live;

/**
 * A live stream that may not open now: 429 (this session already has its maximum of streams) or 503 (this instance
 * is full, or its feed is not connected yet). Answered in the platform's error shape with {@code Retry-After}; the
 * runtime waits at least that long, with jitter, before it tries again.
 */
public final class LiveRefused extends RuntimeException {

  private final int status;
  private final String code;
  private final long retryAfterSeconds;

  LiveRefused(int status, String code, long retryAfterSeconds, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
