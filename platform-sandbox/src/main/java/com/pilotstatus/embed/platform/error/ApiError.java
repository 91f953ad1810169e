package com.pilotstatus.embed.platform.error;

/**
 * A typed HTTP outcome of the platform API. Every 4xx/5xx leaves the server in the one documented shape
 * {@code {"error":{"code","message","field"?}}} (docs/platform-api.md "Conventions"). Codes are API, messages are not.
 */
public class ApiError extends RuntimeException {

  private final int status;
  private final String code;
  private final String field;
  private final long retryAfterSeconds;

  public ApiError(int status, String code, String message, String field, long retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.field = field;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** 400: names the field at fault, e.g. {@code allowedOrigins[2]}. */
  public static ApiError invalid(String field, String message) {
    return new ApiError(400, "invalid_request", message, field, 0);
  }

  public static ApiError unauthorized(String message) {
    return new ApiError(401, "unauthorized", message, null, 0);
  }

  public static ApiError forbidden(String message) {
    return new ApiError(403, "forbidden", message, null, 0);
  }

  /** 404, also the answer for anything outside the caller's scope: the same body as a missing resource. */
  public static ApiError notFound(String what) {
    return new ApiError(404, "not_found", what + " not found", null, 0);
  }

  /**
   * 402 {@code SUBSCRIPTION_REQUIRED_FOR_MEDIA} (seed 002's own name for it): the number's plan does not include
   * media, so no file can be uploaded or sent until it does.
   */
  public static ApiError subscriptionRequiredForMedia() {
    return new ApiError(402, "SUBSCRIPTION_REQUIRED_FOR_MEDIA",
        "This number's plan does not include media; upgrade the subscription to send files", null, 0);
  }

  public static ApiError conflict(String message) {
    return new ApiError(409, "conflict", message, null, 0);
  }

  /**
   * 409 {@code window_closed}: a free-form message outside WhatsApp's 24-hour customer service window; only an
   * approved template can be sent until the contact writes again.
   */
  public static ApiError windowClosed(String message) {
    return new ApiError(409, "window_closed", message, null, 0);
  }

  /** 413 {@code payload_too_large}: a file over its kind's limit (names the limit in the message). */
  public static ApiError tooLarge(String field, String message) {
    return new ApiError(413, "payload_too_large", message, field, 0);
  }

  /** 415 {@code unsupported_media_type}: a file type that may not be sent, or content that is not its declared type. */
  public static ApiError unsupportedType(String field, String message) {
    return new ApiError(415, "unsupported_media_type", message, field, 0);
  }

  public static ApiError rateLimited(long retryAfterSeconds) {
    return new ApiError(429, "rate_limited", "Too many requests; retry after " + retryAfterSeconds + " s",
        null, retryAfterSeconds);
  }

  public static ApiError providerUnavailable(String message) {
    return new ApiError(503, "provider_unavailable", message, null, 0);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** The input field at fault, or {@code null}. */
  public String field() {
    return field;
  }

  /** Seconds for the {@code Retry-After} header; 0 when none. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
