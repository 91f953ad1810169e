package com.pilotstatus.embed.chat.conversation;

/** An entry of the number filter. */
public record NumberOption(String id, String label, boolean selected) {
}
