package com.pilotstatus.embed.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** An HTTP answer: status, headers and the body parsed as JSON (a missing node when it is not JSON). */
public record Reply(int status, HttpHeaders headers, String text, JsonNode json) {

  /** The string at a JSON pointer ({@code /error/code}), or {@code null}. */
  public String at(String pointer) {
    JsonNode node = json.at(pointer);
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }

  public String errorCode() {
    return at("/error/code");
  }

  public String errorField() {
    return at("/error/field");
  }

  @Override
  public String toString() {
    return status + " " + text;
  }
}
