package com.pilotstatus.embed.chat.conversation;

import com.pilotstatus.embed.chat.i18n.Texts;

/** One conversation row on its own (after a read, a live update). Template {@code conversation/item.jte}. */
public record ItemPage(Texts t, ConversationItem item) {
}
