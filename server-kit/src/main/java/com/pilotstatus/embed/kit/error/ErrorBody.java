package com.pilotstatus.embed.kit.error;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The platform's one error shape, {@code {"error":{"code","message","field"?}}} (docs/platform-api.md
 * "Conventions"): what the sandbox writes, what every JSON route of every server answers, and what the platform
 * clients read. Codes are API, messages are not.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorBody(Detail error) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Detail(String code, String message, String field) {
  }

  public static ErrorBody of(String code, String message) {
    return new ErrorBody(new Detail(code, message, null));
  }

  public static ErrorBody of(String code, String message, String field) {
    return new ErrorBody(new Detail(code, message, field));
  }

  /** The documented code of an HTTP status, for errors that carry no code of their own. */
  public static String codeFor(int status) {
    return switch (status) {
      case 400 -> "invalid_request";
      case 401 -> "unauthorized";
      case 402 -> "payment_required";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 409 -> "conflict";
      case 413 -> "payload_too_large";
      case 429 -> "rate_limited";
      case 503 -> "provider_unavailable";
      default -> status >= 500 ? "internal" : "invalid_request";
    };
  }
}
