package com.pilotstatus.embed.platform.chat;

import java.time.Instant;

/**
 * A conversation between one of the tenant's numbers and a contact.
 *
 * @param contactNumber digits only
 * @param lastMessage   the newest message, or {@code null}
 */
public record Conversation(String id, String tenantId, String whatsappNumberId, String contactName,
                           String contactNumber, ChatMessage lastMessage, int unreadCount, Instant updatedAt) {

  public Conversation withMessage(ChatMessage message, int unread) {
    return new Conversation(id, tenantId, whatsappNumberId, contactName, contactNumber, message, unread,
        message.createdAt());
  }

  public Conversation withLastMessage(ChatMessage message) {
    return new Conversation(id, tenantId, whatsappNumberId, contactName, contactNumber, message, unreadCount,
        updatedAt);
  }

  public Conversation read() {
    return new Conversation(id, tenantId, whatsappNumberId, contactName, contactNumber, lastMessage, 0, updatedAt);
  }
}
