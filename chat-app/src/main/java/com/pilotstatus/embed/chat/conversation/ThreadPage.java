package com.pilotstatus.embed.chat.conversation;

import java.util.List;

import com.pilotstatus.embed.chat.i18n.Texts;
import java.util.List;

/** An open conversation: header, log and composer (the reply box, or the templates once the window closed). Template {@code conversation/thread.jte}. */
public record ThreadPage(Texts t, ConversationItem conversation, StatusPage status, LogPage log,
                         ComposerPage composer) {

  /** What the reaction picker offers: WhatsApp's own quick set. */
  public static final List<String> REACTIONS = List.of("👍", "❤️", "😂", "😮", "😢", "🙏");

  public List<String> reactions() {
    return REACTIONS;
  }
}
