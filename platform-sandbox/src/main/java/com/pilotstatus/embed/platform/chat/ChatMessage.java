package com.pilotstatus.embed.platform.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One message of a conversation, or an internal note (direction {@code note}: written by an agent for the team, never
 * delivered to the contact).
 *
 * @param direction    {@code inbound}, {@code outbound} or {@code note}
 * @param status       {@code received} (inbound), {@code pending|sent|delivered|read|failed} (outbound) or
 *                     {@code internal} (note)
 * @param templateId   the template an outbound message was sent from, or {@code null} for free-form text
 * @param templateName that template's name, or {@code null}
 * @param quoted       the earlier message of the conversation this one replies to, or {@code null}
 * @param reactions    at most one reaction per side ({@code contact}, {@code agent}), as WhatsApp keeps them
 * @param media        the file of a media message ({@code text} is then its caption, maybe empty), or {@code null}
 * @param location     the place of a location message ({@code text} empty), or {@code null}
 */
public record ChatMessage(String id, String conversationId, String direction, String text, String status,
                          Instant createdAt, String templateId, String templateName, Quote quoted,
                          List<Reaction> reactions, Media media, Location location) {

  public static final String NOTE = "note";

  public ChatMessage {
    reactions = reactions == null ? List.of() : List.copyOf(reactions);
  }

  public ChatMessage withStatus(String value) {
    return new ChatMessage(id, conversationId, direction, text, value, createdAt, templateId, templateName, quoted,
        reactions, media, location);
  }

  /** This message with {@code from}'s reaction replaced by {@code reaction}, or removed when it is {@code null}. */
  public ChatMessage withReaction(String from, Reaction reaction) {
    List<Reaction> next = new ArrayList<>();
    for (Reaction r : reactions) {
      if (!r.from().equals(from)) {
        next.add(r);
      }
    }
    if (reaction != null) {
      next.add(reaction);
    }
    return new ChatMessage(id, conversationId, direction, text, status, createdAt, templateId, templateName, quoted,
        next, media, location);
  }

  public boolean isNote() {
    return NOTE.equals(direction);
  }
}
