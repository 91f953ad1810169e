package com.pilotstatus.embed.chat.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * One message of a conversation. {@code status}: {@code received} (inbound) or
 * {@code pending|sent|delivered|read|failed} (outbound); {@code quoted}: the earlier message it replies to, or null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatMessage(String id, String conversationId, String direction, String text, String status,
                          Instant createdAt, Quoted quoted) {

  /** What a reply quotes, as the platform snapshotted it: the original's id, who wrote it, its text on one line. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Quoted(String id, String direction, String excerpt) {

    public boolean isOutbound() {
      return "outbound".equals(direction);
    }
  }

  public boolean isOutbound() {
    return "outbound".equals(direction);
  }
}
