package com.pilotstatus.embed.chat.failure;

import com.pilotstatus.embed.chat.i18n.Texts;
import com.pilotstatus.embed.protocol.EmbedErrorCode;

/**
 * An empty/error/expired state, rendered in place of what could not be shown. Template {@code tag/state.jte}; wrapped
 * by {@code state/fragment.jte} when it is a response of its own.
 *
 * @param kind             {@code error}, {@code expired} or {@code not-found}: the runtime's cue
 * @param errorCode        for {@code error}, one of {@link EmbedErrorCode}'s codes, which the runtime reports to the host; else empty
 * @param developerMessage an English explanation for the host's {@code onError}; the title/body are for the user
 */
public record StatePage(Texts t, String kind, String errorCode, String developerMessage, String title, String body,
                        boolean retryable, boolean alert) {

  public static StatePage error(Texts t, String code, String developerMessage) {
    return new StatePage(t, "error", code, developerMessage, t.get("error." + code + ".title"),
        t.get("error." + code + ".body"), EmbedErrorCode.NETWORK.equals(code), true);
  }

  public static StatePage expired(Texts t) {
    return new StatePage(t, "expired", "", "The chat session expired.", t.get("expired.title"), t.get("expired.body"),
        false, true);
  }

  /** chat-app cannot be reached at all (the runtime shows it; the text names no server detail). */
  public static StatePage offline(Texts t) {
    return error(t, EmbedErrorCode.NETWORK, "The chat service could not be reached.");
  }

  public static StatePage notFound(Texts t) {
    return new StatePage(t, "not-found", "", "No such conversation in this session.", t.get("notFound.title"),
        t.get("notFound.body"), false, false);
  }
}
