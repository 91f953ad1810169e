package com.pilotstatus.embed.chat.shell;

import com.pilotstatus.embed.chat.failure.StatePage;
import com.pilotstatus.embed.chat.i18n.Texts;
import com.pilotstatus.embed.protocol.EmbedErrorCode;

/**
 * The iframe's shell (a loading state, the boot script and the runtime) or its refusal page, linking {@code assets}
 * by their immutable URLs. For the shell, {@code parentOrigin} is the validated parent and {@code boot} the boot script's
 * text ({@link BootScript}), inlined; the refusal page has neither ({@code null}). Templates {@code shell/*.jte}.
 */
public record ShellPage(Texts t, Assets assets, String parentOrigin, String boot) {

  /** Shown by the runtime when the session's lifetime passes with no server answer to show instead. */
  public StatePage expired() {
    return StatePage.expired(t);
  }

  /** Shown by the runtime when the host's embed.js speaks another major protocol version. */
  public StatePage protocolMismatch() {
    return StatePage.error(t, EmbedErrorCode.PROTOCOL_MISMATCH, "embed.js speaks another major protocol version.");
  }

  /** Shown by the runtime when chat-app cannot be reached at all. */
  public StatePage offline() {
    return StatePage.offline(t);
  }
}
