package com.pilotstatus.embed.chat.inbox;

import com.pilotstatus.embed.chat.conversation.Conversation;
import io.javalin.http.BadRequestResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;

/**
 * The inbox's order, newest first (then by id), and its keyset cursor. The cursor names the last row of a page, so a
 * row that moves while the agent scrolls never shows twice. It is written the way the platform writes its own
 * ({@code docs/platform-api.md}: base64url of {@code epochMillis|nanos|id}), so a page served from memory and the
 * next one served by the platform (while the feed is down) continue each other.
 */
final class ConversationOrder {

  static final Comparator<Conversation> NEWEST_FIRST = Comparator
      .comparing((Conversation c) -> updatedAt(c), Comparator.reverseOrder())
      .thenComparing(Conversation::id, Comparator.reverseOrder());

  private ConversationOrder() {
  }

  static String cursorAfter(Conversation last) {
    Instant at = updatedAt(last);
    String raw = at.toEpochMilli() + "|" + at.getNano() + "|" + last.id();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The position a cursor names, as a stand-in conversation that {@link #NEWEST_FIRST} can compare. */
  static Conversation position(String cursor) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
      Instant at = Instant.ofEpochSecond(Math.floorDiv(Long.parseLong(parts[0]), 1000), Integer.parseInt(parts[1]));
      return new Conversation(parts[2], null, null, null, 0, at, null, null, null);
    } catch (RuntimeException e) {
      throw new BadRequestResponse("cursor is not a cursor this inbox returned");
    }
  }

  private static Instant updatedAt(Conversation c) {
    return c.updatedAt() == null ? Instant.EPOCH : c.updatedAt();
  }
}
