package com.pilotstatus.embed.platform.chat;

/**
 * What a reply quotes (WhatsApp's {@code context}): the original message of the same conversation, snapshotted when
 * the reply is stored so the quote reads the same however long the thread grows.
 *
 * @param id        the quoted message's id
 * @param direction {@code inbound} or {@code outbound}, so a client can say who wrote it
 * @param excerpt   the original's text on one line, at most {@link #EXCERPT_CHARS} characters (ending in "…" when cut)
 */
public record Quote(String id, String direction, String excerpt) {

  public static final int EXCERPT_CHARS = 120;

  public static Quote of(ChatMessage original) {
    String oneLine = original.text().replaceAll("\\s+", " ").trim();
    String excerpt = oneLine.length() > EXCERPT_CHARS ? oneLine.substring(0, EXCERPT_CHARS - 1) + "…" : oneLine;
    return new Quote(original.id(), original.direction(), excerpt);
  }
}
