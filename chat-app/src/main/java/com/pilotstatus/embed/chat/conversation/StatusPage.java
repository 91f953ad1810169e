package com.pilotstatus.embed.chat.conversation;

import com.pilotstatus.embed.chat.i18n.Texts;

/**
 * The thread header's status control: "Resolved" when it is, and the button that resolves or reopens. Template
 * {@code conversation/status.jte}; answered by {@code PUT …/status} and carried by live {@code conversation} frames.
 */
public record StatusPage(Texts t, String conversationId, boolean resolved) {

  /** The status the button sets: the other one. */
  public String next() {
    return resolved ? Conversation.OPEN : Conversation.RESOLVED;
  }
}
