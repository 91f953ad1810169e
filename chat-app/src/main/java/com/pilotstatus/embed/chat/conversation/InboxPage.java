package com.pilotstatus.embed.chat.conversation;

import com.pilotstatus.embed.chat.failure.StatePage;
import com.pilotstatus.embed.chat.i18n.Texts;
import java.util.List;

/**
 * The whole inbox: the list pane (search, number filter when the session covers several numbers, the list) and an
 * empty thread pane. Template {@code conversation/inbox.jte}.
 */
public record InboxPage(Texts t, ListPage list, List<NumberOption> numbers, String query, String status) {
  public boolean hasNumberFilter() {
    return numbers.size() > 1;
  }

  /** The expired state in this locale, kept in a {@code <template>} for the runtime. */
  public StatePage expired() {
    return StatePage.expired(t);
  }

  /** The unreachable state in this locale, kept in a {@code <template>} for the runtime. */
  public StatePage offline() {
    return StatePage.offline(t);
  }
}
