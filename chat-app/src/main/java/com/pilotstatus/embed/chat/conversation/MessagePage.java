package com.pilotstatus.embed.chat.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of messages, oldest to newest; {@code hasMore} when older ones exist. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessagePage(List<ChatMessage> data, boolean hasMore) {
  public MessagePage {
    data = data == null ? List.of() : List.copyOf(data);
  }
}
