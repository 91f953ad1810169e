package com.pilotstatus.embed.chat.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of messages, oldest to newest; {@code hasMore} when older ones exist, {@code hasNewer} when newer ones do. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessagePage(List<ChatMessage> data, boolean hasMore, boolean hasNewer) {
  public MessagePage {
    data = data == null ? List.of() : List.copyOf(data);
  }
}
