package com.pilotstatus.embed.chat.conversation;

import com.pilotstatus.embed.chat.i18n.Texts;
import java.util.List;

/**
 * A run of log entries, oldest first, with the "load older" control when {@code olderBefore} (the first message's id)
 * is set and the "load newer" one when {@code newerAfter} (the last message's id) is: a thread opened at a search hit
 * does not reach its newest message. Template {@code conversation/log.jte}.
 */
public record LogPage(Texts t, List<LogEntry> entries, String olderBefore, String newerAfter) {
}
