package com.pilotstatus.embed.chat.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The session's total unread count and the numbers it covers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Summary(int unreadCount, List<NumberInfo> numbers) {
  public Summary {
    numbers = numbers == null ? List.of() : List.copyOf(numbers);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record NumberInfo(String id, String name, String number, String state) {
  }
}
