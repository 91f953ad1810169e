package com.pilotstatus.embed.chat.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * One message of a conversation. {@code status}: {@code received} (inbound) or
 * {@code pending|sent|delivered|read|failed} (outbound).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatMessage(String id, String conversationId, String direction, String text, String status,
                          Instant createdAt) {

  public boolean isOutbound() {
    return "outbound".equals(direction);
  }
}
