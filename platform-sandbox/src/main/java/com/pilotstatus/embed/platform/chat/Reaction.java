package com.pilotstatus.embed.platform.chat;

import com.pilotstatus.embed.platform.error.ApiError;
import java.time.Instant;

/**
 * A reaction to a message: who reacted ({@code contact} or {@code agent}: WhatsApp keeps one per person and message,
 * a new one replaces the old) and the emoji.
 */
public record Reaction(String from, String emoji, Instant at) {

  public static final String CONTACT = "contact";
  public static final String AGENT = "agent";
  /** The longest emoji sequence accepted, in UTF-16 units: a flag or a family with skin tones fits. */
  public static final int MAX_EMOJI_CHARS = 16;

  /**
   * {@code value} when it reads as one emoji: 1–{@value #MAX_EMOJI_CHARS} UTF-16 units, no whitespace, no control
   * character and no ASCII letter, with at least one character beyond ASCII. Else 400 on {@code emoji}.
   */
  public static String checkedEmoji(String value) {
    boolean ok = value != null && !value.isEmpty() && value.length() <= MAX_EMOJI_CHARS
        && value.codePoints().anyMatch(c -> c > 0x7f)
        && value.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
            || (c < 0x80 && Character.isLetter(c)));
    if (!ok) {
      throw ApiError.invalid("emoji", "emoji must be one emoji (1 to " + MAX_EMOJI_CHARS + " characters, e.g. \"👍\")");
    }
    return value;
  }
}
