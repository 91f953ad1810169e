package com.pilotstatus.embed.platform.quickreply;

/** The documented QuickReply object. */
public record QuickReplyView(String id, String shortcut, String text, String createdAt, String updatedAt) {

  public static QuickReplyView of(QuickReply q) {
    return new QuickReplyView(q.id(), q.shortcut(), q.text(), q.createdAt().toString(), q.updatedAt().toString());
  }
}
