package com.pilotstatus.embed.chat.conversation;

import com.pilotstatus.embed.protocol.MediaRules;

import com.pilotstatus.embed.chat.i18n.Texts;

/**
 * The reply area of a thread: the free-form reply box while WhatsApp's 24-hour customer service window is open,
 * otherwise the closed notice and the template button. Template {@code conversation/composer.jte}.
 *
 * @param windowOpen     whether a free-form reply may be sent now
 * @param windowClosesAt ISO-8601 end of the window ({@code ""} when the contact never wrote), for the runtime
 * @param notice         why only templates can be sent (closed window), in the viewer's words and time zone
 * @param refused        a free-form reply was just refused because the window closed: say so
 */
public record ComposerPage(Texts t, String conversationId, boolean windowOpen, String windowClosesAt, String notice,
                           boolean refused) {

  /** The file picker's {@code accept}: what may be sent ({@link MediaRules}). */
  public String accept() {
    return MediaRules.ACCEPT;
  }
}
