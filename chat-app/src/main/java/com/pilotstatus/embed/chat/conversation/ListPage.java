package com.pilotstatus.embed.chat.conversation;

import com.pilotstatus.embed.chat.i18n.Texts;
import java.util.List;

/**
 * Rows of the conversation list, plus a "load more" row when {@code nextCursor} is set, then (a search's first page)
 * the messages that matched. Template {@code conversation/list.jte}.
 *
 * @param filtered a search or number filter is active (an empty result then says "no matches", not "no conversations")
 */
public record ListPage(Texts t, List<ConversationItem> items, String nextCursor, boolean filtered, boolean firstPage,
                       List<HitItem> hits) {
  public ListPage {
    hits = hits == null ? List.of() : List.copyOf(hits);
  }
}
