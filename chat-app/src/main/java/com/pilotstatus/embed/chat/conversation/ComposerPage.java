package com.pilotstatus.embed.chat.conversation;

import com.pilotstatus.embed.protocol.MediaRules;

import com.pilotstatus.embed.chat.i18n.Texts;

/**
 * The reply area of a thread: the free-form reply box while WhatsApp's 24-hour customer service window is open,
 * otherwise the closed notice, the template button and a box for internal notes (never sent to the contact, so the
 * window does not apply). Template {@code conversation/composer.jte}.
 *
 * @param windowOpen     whether a free-form reply may be sent now
 * @param windowClosesAt ISO-8601 end of the window ({@code ""} when the contact never wrote), for the runtime
 * @param notice         why only templates can be sent (closed window), in the viewer's words and time zone
 * @param refusal        why the platform just refused a reply or reaction because the window closed ({@code ""}: none)
 */
public record ComposerPage(Texts t, String conversationId, boolean windowOpen, String windowClosesAt, String notice,
                           String refusal) {

  /** The file picker's {@code accept}: what may be sent ({@link MediaRules}). */
  public String accept() {
    return MediaRules.ACCEPT;
  }
}
