package com.pilotstatus.embed.chat.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * One message of a conversation, or an internal note ({@code direction: note}). {@code status}: {@code received}
 * (inbound), {@code pending|sent|delivered|read|failed} (outbound) or {@code internal} (note); {@code templateName}: the
 * template it was sent from, or null; {@code quoted}: the earlier message it replies to, or null; {@code reactions}:
 * at most one per side; {@code media} / {@code location}: the file or place of a media message (its text is then the
 * caption), or null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatMessage(String id, String conversationId, String direction, String text, String status,
                          Instant createdAt, String templateName, Quoted quoted, List<Reaction> reactions,
                          Media media, Location location) {

  public ChatMessage {
    reactions = reactions == null ? List.of() : List.copyOf(reactions);
  }

  /** The platform's {@code media}: {@code kind} is {@code image|document|audio|voice|video|sticker}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Media(String id, String kind, String mimeType, long size, String fileName, String thumbnailId) {
  }

  /** The platform's {@code location}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Location(double latitude, double longitude, String name, String address) {
  }

  /** What a reply quotes, as the platform snapshotted it: the original's id, who wrote it, its text on one line. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Quoted(String id, String direction, String excerpt) {

    public boolean isOutbound() {
      return "outbound".equals(direction);
    }
  }

  /** A reaction: {@code from} is {@code contact} or {@code agent}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Reaction(String from, String emoji) {

    public boolean isAgent() {
      return "agent".equals(from);
    }
  }

  public boolean isOutbound() {
    return "outbound".equals(direction);
  }

  /** Written by the contact: what an unread count counts. */
  public boolean isInbound() {
    return !isOutbound() && !isNote();
  }

  /** An internal note: for the team only, never sent to the contact. */
  public boolean isNote() {
    return "note".equals(direction);
  }

  /** The agent's reaction's emoji, or null. */
  public String agentReaction() {
    return reactions.stream().filter(Reaction::isAgent).map(Reaction::emoji).findFirst().orElse(null);
  }
}
