package com.pilotstatus.embed.platform.chat;

/**
 * One entry of the chat event log, streamed to inboxes.
 *
 * @param sequence  the global, increasing event id ({@code id:} on the stream)
 * @param numberId  the number the event belongs to (streams filter on it)
 * @param type      {@code message.created|message.updated|conversation.updated|number.updated}
 * @param data      the JSON payload
 */
public record ChatEvent(long sequence, String numberId, String type, Object data) {
}
