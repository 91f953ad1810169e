package com.pilotstatus.embed.chat.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A conversation as the platform describes it ({@code docs/platform-api.md} "Chat data"). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Conversation(String id, String whatsappNumberId, Contact contact, ChatMessage lastMessage,
                           int unreadCount, Instant updatedAt) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Contact(String name, String number) {
  }
}
