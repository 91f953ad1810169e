package com.pilotstatus.embed.platform.chat;

/** The documented Message object. */
public record MessageView(String id, String conversationId, String direction, String text, String status,
                          String createdAt) {

  public static MessageView of(ChatMessage m) {
    return m == null ? null
        : new MessageView(m.id(), m.conversationId(), m.direction(), m.text(), m.status(), m.createdAt().toString());
  }
}
