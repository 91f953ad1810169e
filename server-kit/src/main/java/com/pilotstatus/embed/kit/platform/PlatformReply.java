package com.pilotstatus.embed.kit.platform;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One answer of the platform, as received: status, content type, raw body, parsed JSON (a missing node when the
 * body is not JSON) and the {@code Retry-After} header of a 429. For the clients that relay answers (connect-app's
 * public token endpoints); the others use {@link PlatformHttp#call} and get a typed value or an exception.
 */
public record PlatformReply(int status, String contentType, byte[] body, JsonNode json, String retryAfter) {

  public boolean isOk() {
    return status >= 200 && status < 300;
  }

  public boolean isNotFound() {
    return status == 404;
  }

  /** A string member of the JSON body, or {@code null}. */
  public String text(String field) {
    JsonNode node = json.path(field);
    return node.isTextual() ? node.asText() : null;
  }

  /** The platform's {@code error.code}, or {@code null}. */
  public String errorCode() {
    JsonNode node = json.path("error").path("code");
    return node.isTextual() ? node.asText() : null;
  }

  /** The platform's error message ({@code error.message}), or {@code null}. */
  public String errorMessage() {
    JsonNode node = json.path("error").path("message");
    return node.isTextual() ? node.asText() : null;
  }

  /** The field the platform blames ({@code error.field}), or {@code null}. */
  public String errorField() {
    JsonNode node = json.path("error").path("field");
    return node.isTextual() ? node.asText() : null;
  }

  /** This answer as the exception family: {@link PlatformRejected} for 4xx (5xx never get here). */
  public PlatformRejected rejected() {
    String code = errorCode();
    String message = errorMessage();
    return new PlatformRejected(status, code == null ? com.pilotstatus.embed.kit.error.ErrorBody.codeFor(status) : code,
        message == null ? "the platform answered " + status : message, retryAfter);
  }
}
