package com.pilotstatus.embed.platform.chat;

import java.time.Instant;

/**
 * One WhatsApp message of a conversation.
 *
 * @param direction {@code inbound} or {@code outbound}
 * @param status    {@code received} (inbound) or {@code pending|sent|delivered|read|failed} (outbound)
 */
public record ChatMessage(String id, String conversationId, String direction, String text, String status,
                          Instant createdAt) {

  public ChatMessage withStatus(String value) {
    return new ChatMessage(id, conversationId, direction, text, value, createdAt);
  }
}
