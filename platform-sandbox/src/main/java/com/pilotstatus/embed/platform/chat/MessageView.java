package com.pilotstatus.embed.platform.chat;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The documented Message object; {@code templateId} only on messages sent from a template. */
public record MessageView(String id, String conversationId, String direction, String text, String status,
                          String createdAt, @JsonInclude(JsonInclude.Include.NON_NULL) String templateId) {

  public static MessageView of(ChatMessage m) {
    return m == null ? null : new MessageView(m.id(), m.conversationId(), m.direction(), m.text(), m.status(),
        m.createdAt().toString(), m.templateId());
  }
}
