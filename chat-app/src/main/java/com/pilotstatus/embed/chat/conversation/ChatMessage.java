package com.pilotstatus.embed.chat.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * One message of a conversation. {@code status}: {@code received} (inbound) or
 * {@code pending|sent|delivered|read|failed} (outbound); {@code quoted}: the earlier message it replies to, or null;
 * {@code media} / {@code location}: the file or place of a media message (its text is then the caption), or null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatMessage(String id, String conversationId, String direction, String text, String status,
                          Instant createdAt, Quoted quoted, Media media, Location location) {

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

  public boolean isOutbound() {
    return "outbound".equals(direction);
  }
}
