package com.pilotstatus.embed.chat.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of conversations, newest first; {@code nextCursor} is null on the last page. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConversationPage(List<Conversation> data, String nextCursor) {
  public ConversationPage {
    data = data == null ? List.of() : List.copyOf(data);
  }
}
