package com.pilotstatus.embed.platform.chat;

import java.time.Instant;

/**
 * The documented Conversation object; {@code lastMessage} is {@code null} for an empty conversation, and
 * {@code lastInboundAt}/{@code windowClosesAt} are {@code null} when the contact never wrote (the window is closed);
 * {@code status} is {@code open} or {@code resolved}.
 */
public record ConversationView(String id, String whatsappNumberId, Contact contact, MessageView lastMessage,
                               int unreadCount, String updatedAt, String lastInboundAt, String windowClosesAt,
                               String status) {

  public record Contact(String name, String number) {
  }

  public static ConversationView of(Conversation c) {
    Instant closes = CustomerServiceWindow.closesAt(c.lastInboundAt());
    return new ConversationView(c.id(), c.whatsappNumberId(), new Contact(c.contactName(), "+" + c.contactNumber()),
        MessageView.of(c.lastMessage()), c.unreadCount(), c.updatedAt().toString(),
        c.lastInboundAt() == null ? null : c.lastInboundAt().toString(), closes == null ? null : closes.toString(),
        c.status());
  }
}
