package com.pilotstatus.embed.platform.chat;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The documented Message object; {@code templateId} only on messages sent from a template, {@code quoted} only on a
 * reply to an earlier message, {@code media} only on a media message, {@code location} only on a location.
 */
public record MessageView(String id, String conversationId, String direction, String text, String status,
                          String createdAt, @JsonInclude(JsonInclude.Include.NON_NULL) String templateId,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Quote quoted,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Media media,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Location location) {

  public static MessageView of(ChatMessage m) {
    return m == null ? null : new MessageView(m.id(), m.conversationId(), m.direction(), m.text(), m.status(),
        m.createdAt().toString(), m.templateId(), m.quoted(), m.media(), m.location());
  }
}
