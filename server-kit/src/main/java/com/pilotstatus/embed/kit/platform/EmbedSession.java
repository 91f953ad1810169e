package com.pilotstatus.embed.kit.platform;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The platform's answer to {@code POST /v1/embed/sessions} and {@code POST /v1/embed/sessions/refresh}: a chat JWT
 * and when it expires (ISO-8601). Shared by the demo backend (mint) and chat-app (refresh).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmbedSession(String token, String expiresAt) {

  @Override
  public String toString() {
    return "EmbedSession[token=***, expiresAt=" + expiresAt + "]";
  }
}
