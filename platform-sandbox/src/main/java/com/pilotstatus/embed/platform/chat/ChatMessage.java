package com.pilotstatus.embed.platform.chat;

import java.time.Instant;

/**
 * One WhatsApp message of a conversation.
 *
 * @param direction  {@code inbound} or {@code outbound}
 * @param status     {@code received} (inbound) or {@code pending|sent|delivered|read|failed} (outbound)
 * @param templateId the template an outbound message was sent from, or {@code null} for free-form text
 * @param quoted     the earlier message of the conversation this one replies to, or {@code null}
 */
public record ChatMessage(String id, String conversationId, String direction, String text, String status,
                         Instant createdAt, String templateId, Quote quoted) {

  public ChatMessage withStatus(String value) {
    return new ChatMessage(id, conversationId, direction, text, value, createdAt, templateId, quoted);
  }
}
