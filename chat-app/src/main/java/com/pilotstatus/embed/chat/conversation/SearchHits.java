package com.pilotstatus.embed.chat.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The platform's answer to a search in message text: newest first, each message with its conversation. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchHits(List<Hit> data) {
  public SearchHits {
    data = data == null ? List.of() : List.copyOf(data);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Hit(Conversation conversation, ChatMessage message) {
  }
}
