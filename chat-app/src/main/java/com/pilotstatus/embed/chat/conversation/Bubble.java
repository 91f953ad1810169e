package com.pilotstatus.embed.chat.conversation;

/**
 * One message bubble, ready to render.
 *
 * @param status      {@code received}, or an outbound status: {@code pending|sent|delivered|read|failed}
 * @param statusLabel the status in words, for screen readers and the tooltip
 * @param author      who wrote it ("You" or the contact's name): what the reply preview says when the agent quotes it
 * @param quote       the message this one replies to, or {@code null}
 * @param media       the file or place it carries ({@code text} is then the caption, maybe empty), or {@code null}
 */
public record Bubble(String id, boolean outbound, String text, String time, String isoTime, String dayKey,
                     String status, String statusLabel, String author, Quote quote, MediaCard media) {
}
