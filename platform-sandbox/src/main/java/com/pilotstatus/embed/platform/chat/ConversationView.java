package com.pilotstatus.embed.platform.chat;

/** The documented Conversation object; {@code lastMessage} is {@code null} for an empty conversation. */
public record ConversationView(String id, String whatsappNumberId, Contact contact, MessageView lastMessage,
                               int unreadCount, String updatedAt) {

  public record Contact(String name, String number) {
  }

  public static ConversationView of(Conversation c) {
    return new ConversationView(c.id(), c.whatsappNumberId(), new Contact(c.contactName(), "+" + c.contactNumber()),
        MessageView.of(c.lastMessage()), c.unreadCount(), c.updatedAt().toString());
  }
}
