package com.pilotstatus.embed.platform.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The documented Message object; {@code templateId}/{@code templateName} only on messages sent from a template,
 * {@code quoted} only on a reply to an earlier message, {@code reactions} only when someone reacted, {@code media}
 * only on a media message, {@code location} only on a location.
 */
public record MessageView(String id, String conversationId, String direction, String text, String status,
                          String createdAt, @JsonInclude(JsonInclude.Include.NON_NULL) String templateId,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String templateName,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Quote quoted,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ReactionView> reactions,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Media media,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Location location) {

  /** A reaction as the API shows it. */
  public record ReactionView(String from, String emoji, String createdAt) {
  }

  public static MessageView of(ChatMessage m) {
    return m == null ? null : new MessageView(m.id(), m.conversationId(), m.direction(), m.text(), m.status(),
        m.createdAt().toString(), m.templateId(), m.templateName(), m.quoted(),
        m.reactions().stream().map(r -> new ReactionView(r.from(), r.emoji(), r.at().toString())).toList(),
        m.media(), m.location());
  }
}
