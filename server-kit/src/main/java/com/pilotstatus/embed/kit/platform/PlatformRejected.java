package com.pilotstatus.embed.kit.platform;

/**
 * The platform refused the call as the caller's fault (4xx), with its documented error code and message; a 429
 * carries the platform's {@code Retry-After} (seconds, or {@code null}).
 */
public final class PlatformRejected extends RuntimeException {

  private final int status;
  private final String code;
  private final String retryAfter;

  public PlatformRejected(int status, String code, String message, String retryAfter) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }

  public int status() {
    return status;
  }

  /** The platform's {@code error.code} ({@code not_found}, {@code invalid_request}, …). */
  public String code() {
    return code;
  }

  public String retryAfter() {
    return retryAfter;
  }
}
