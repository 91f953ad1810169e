package com.pilotstatus.embed.chat.conversation;

import com.pilotstatus.embed.chat.i18n.Texts;
import java.util.List;

/** An open conversation: header, log and composer. Template {@code conversation/thread.jte}. */
public record ThreadPage(Texts t, ConversationItem conversation, LogPage log) {
}
