package com.pilotstatus.embed.chat.conversation;

/**
 * A message that matched the search, ready to render: the words around the match, cut to one line, and the match
 * itself, which the template wraps in {@code <mark>} (each part escaped on its own).
 */
public record HitItem(String conversationId, String messageId, String name, String before, String match,
                      String after, String stamp, String isoTime) {
}
