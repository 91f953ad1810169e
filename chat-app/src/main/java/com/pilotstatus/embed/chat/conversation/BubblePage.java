package com.pilotstatus.embed.chat.conversation;

import com.pilotstatus.embed.chat.i18n.Texts;

/** One bubble on its own (a sent message, a live update). Template {@code conversation/bubble.jte}. */
public record BubblePage(Texts t, Bubble bubble) {
}
