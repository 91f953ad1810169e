package com.pilotstatus.embed.platform.chat;

import java.time.Instant;

/**
 * A conversation between one of the tenant's numbers and a contact.
 *
 * @param contactNumber digits only
 * @param lastMessage   the newest message, or {@code null} (internal notes never are: they are not WhatsApp messages)
 * @param lastInboundAt when the contact last wrote, or {@code null} when they never did: it opens the
 *                      {@link CustomerServiceWindow}
 * @param status        {@code open} or {@code resolved}; an inbound message reopens a resolved conversation
 */
public record Conversation(String id, String tenantId, String whatsappNumberId, String contactName,
                           String contactNumber, ChatMessage lastMessage, int unreadCount, Instant updatedAt,
                           Instant lastInboundAt, String status) {

  public static final String OPEN = "open";
  public static final String RESOLVED = "resolved";

  public Conversation {
    status = status == null ? OPEN : status;
  }

  /** After {@code message}: an inbound one moves the window and reopens the conversation. */
  public Conversation withMessage(ChatMessage message, int unread) {
    boolean inbound = "inbound".equals(message.direction());
    return new Conversation(id, tenantId, whatsappNumberId, contactName, contactNumber, message, unread,
        message.createdAt(), inbound ? message.createdAt() : lastInboundAt, inbound ? OPEN : status);
  }

  public Conversation withLastMessage(ChatMessage message) {
    return new Conversation(id, tenantId, whatsappNumberId, contactName, contactNumber, message, unreadCount,
        updatedAt, lastInboundAt, status);
  }

  public Conversation withLastInboundAt(Instant at) {
    return new Conversation(id, tenantId, whatsappNumberId, contactName, contactNumber, lastMessage, unreadCount,
        updatedAt, at, status);
  }

  public Conversation withStatus(String value) {
    return new Conversation(id, tenantId, whatsappNumberId, contactName, contactNumber, lastMessage, unreadCount,
        updatedAt, lastInboundAt, value);
  }

  public Conversation read() {
    return new Conversation(id, tenantId, whatsappNumberId, contactName, contactNumber, lastMessage, 0, updatedAt,
        lastInboundAt, status);
  }
}
