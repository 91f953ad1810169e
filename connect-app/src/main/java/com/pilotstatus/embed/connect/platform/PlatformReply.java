package com.pilotstatus.embed.connect.platform;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One answer of the platform, as received: status, raw body, parsed JSON (or a missing node) and the
 * {@code Retry-After} header of a 429.
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
}
