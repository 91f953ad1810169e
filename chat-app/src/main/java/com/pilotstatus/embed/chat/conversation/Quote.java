package com.pilotstatus.embed.chat.conversation;

/**
 * The quote at the top of a reply's bubble, ready to render: a button that goes to the original message.
 *
 * @param messageId the quoted message's id (its bubble is {@code m-<messageId>}, maybe on an older page)
 * @param outbound  whether the agent wrote the quoted message
 * @param author    "You" or the contact's name, in the viewer's locale
 * @param excerpt   the quoted text on one line, as the platform cut it
 */
public record Quote(String messageId, boolean outbound, String author, String excerpt) {
}
