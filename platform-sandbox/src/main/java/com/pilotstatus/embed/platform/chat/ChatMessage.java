package com.pilotstatus.embed.platform.chat;

import java.time.Instant;

/**
 * One WhatsApp message of a conversation.
 *
 * @param direction  {@code inbound} or {@code outbound}
 * @param status     {@code received} (inbound) or {@code pending|sent|delivered|read|failed} (outbound)
 * @param templateId the template an outbound message was sent from, or {@code null} for free-form text
 * @param quoted     the earlier message of the conversation this one replies to, or {@code null}
 * @param media      the file of a media message ({@code text} is then its caption, maybe empty), or {@code null}
 * @param location   the place of a location message ({@code text} empty), or {@code null}
 */
public record ChatMessage(String id, String conversationId, String direction, String text, String status,
                         Instant createdAt, String templateId, Quote quoted, Media media, Location location) {

  /** A text message (free-form or from a template). */
  public ChatMessage(String id, String conversationId, String direction, String text, String status,
                     Instant createdAt, String templateId, Quote quoted) {
    this(id, conversationId, direction, text, status, createdAt, templateId, quoted, null, null);
  }

  public ChatMessage withStatus(String value) {
    return new ChatMessage(id, conversationId, direction, text, value, createdAt, templateId, quoted, media, location);
  }
}
