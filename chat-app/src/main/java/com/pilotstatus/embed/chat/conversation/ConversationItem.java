package com.pilotstatus.embed.chat.conversation;

/**
 * One row of the conversation list, ready to render.
 *
 * @param preview        the last message's text, or empty
 * @param previewIsMine  the last message was sent by the user (shown as "You: …")
 * @param stamp          the localised time or day of the last activity
 * @param isoTime        the same instant in ISO-8601, for {@code <time datetime>}
 * @param resolved       the team marked the conversation resolved
 */
public record ConversationItem(String id, String numberId, String name, String number, String preview,
                               boolean previewIsMine, String stamp, String isoTime, int unread, boolean resolved) {
}
