package com.pilotstatus.embed.chat.conversation;

import com.pilotstatus.embed.chat.i18n.Texts;
import java.util.List;

/** An open conversation: header, log and composer (the reply box, or the templates once the window closed). Template {@code conversation/thread.jte}. */
public record ThreadPage(Texts t, ConversationItem conversation, LogPage log, ComposerPage composer) {
}
