package com.pilotstatus.embed.chat.conversation;

/**
 * One message bubble, ready to render.
 *
 * @param status          {@code received}, {@code internal} (a note), or an outbound status:
 *                        {@code pending|sent|delivered|read|failed}
 * @param statusLabel     the status in words, for screen readers and the tooltip
 * @param author          who wrote it ("You" or the contact's name): what the reply preview says when the agent quotes it
 * @param quote           the message this one replies to, or {@code null}
 * @param note            an internal note: shown apart, never sent to the contact, no reply or reaction
 * @param templateName    the template it was sent from ({@code null}: free-form), shown as its tag
 * @param contactName     the contact's name ("Contact" when not known): who the contact's reaction is from
 * @param contactReaction the contact's reaction emoji, or {@code null}
 * @param agentReaction   the agent's own reaction emoji, or {@code null}
 * @param media           the file or place it carries ({@code text} is then the caption, maybe empty), or {@code null}
 */
public record Bubble(String id, boolean outbound, String text, String time, String isoTime, String dayKey,
                     String status, String statusLabel, String author, Quote quote, boolean note,
                     String templateName, String contactName, String contactReaction, String agentReaction,
                     MediaCard media) {

  public boolean hasReactions() {
    return contactReaction != null || agentReaction != null;
  }
}
