package com.pilotstatus.embed.chat.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A conversation as the platform describes it ({@code docs/platform-api.md} "Chat data").
 *
 * @param windowClosesAt the end of WhatsApp's 24-hour customer service window (free-form replies allowed before it,
 *                       only templates after); {@code null} when the contact never wrote
 * @param status         {@code open} or {@code resolved} (the team's bookkeeping; an inbound message reopens)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Conversation(String id, String whatsappNumberId, Contact contact, ChatMessage lastMessage,
                           int unreadCount, Instant updatedAt, Instant lastInboundAt, Instant windowClosesAt,
                           String status) {

  public static final String OPEN = "open";
  public static final String RESOLVED = "resolved";

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Contact(String name, String number) {
  }

  public boolean isResolved() {
    return RESOLVED.equals(status);
  }

  /** True when a free-form reply may be sent at {@code now}. */
  public boolean isWindowOpen(Instant now) {
    return windowClosesAt != null && now.isBefore(windowClosesAt);
  }

  public Conversation withUnreadCount(int count) {
    return new Conversation(id, whatsappNumberId, contact, lastMessage, count, updatedAt, lastInboundAt,
        windowClosesAt, status);
  }
}
