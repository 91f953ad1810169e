package com.pilotstatus.embed.platform.chat;

import java.time.Instant;

/**
 * A conversation between one of the tenant's numbers and a contact.
 *
 * @param contactNumber digits only
 * @param lastMessage   the newest message, or {@code null}
 * @param lastInboundAt when the contact last wrote, or {@code null} when they never did: it opens the
 *                      {@link CustomerServiceWindow}
 */
public record Conversation(String id, String tenantId, String whatsappNumberId, String contactName,
                           String contactNumber, ChatMessage lastMessage, int unreadCount, Instant updatedAt,
                           Instant lastInboundAt) {

  public Conversation withMessage(ChatMessage message, int unread) {
    Instant inbound = "inbound".equals(message.direction()) ? message.createdAt() : lastInboundAt;
    return new Conversation(id, tenantId, whatsappNumberId, contactName, contactNumber, message, unread,
        message.createdAt(), inbound);
  }

  public Conversation withLastMessage(ChatMessage message) {
    return new Conversation(id, tenantId, whatsappNumberId, contactName, contactNumber, message, unreadCount,
        updatedAt, lastInboundAt);
  }

  public Conversation withLastInboundAt(Instant at) {
    return new Conversation(id, tenantId, whatsappNumberId, contactName, contactNumber, lastMessage, unreadCount,
        updatedAt, at);
  }

  public Conversation read() {
    return new Conversation(id, tenantId, whatsappNumberId, contactName, contactNumber, lastMessage, 0, updatedAt,
        lastInboundAt);
  }
}
