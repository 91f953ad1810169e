package com.pilotstatus.embed.chat.quickreply;

import com.pilotstatus.embed.chat.i18n.Texts;
import java.util.List;

/**
 * The composer's quick-reply listbox for one conversation. Template {@code quickreply/list.jte}.
 *
 * @param options the tenant's quick replies by shortcut, their text filled for this conversation's contact
 */
public record QuickReplyPage(Texts t, List<Option> options) {

  /** One quick reply: {@code text} is what gets inserted. */
  public record Option(String id, String shortcut, String text) {
  }
}
