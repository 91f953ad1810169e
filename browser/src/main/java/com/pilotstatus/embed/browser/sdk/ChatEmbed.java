package com.pilotstatus.embed.browser.sdk;

import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.protocol.EmbedErrorCode;
import com.pilotstatus.embed.protocol.HostCallbacks;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.Message;
import com.pilotstatus.embed.protocol.MessageType;
import com.pilotstatus.embed.protocol.Surface;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * One chat iframe on the host page: {@code PilotStatus.chat.mount(target, options)}.
 *
 * <p>Requirements (seed 000, DESIGN.md "Contracts", issue 6), beyond what every {@link FrameEmbed} does:
 * <ol>
 *   <li>The token travels only in {@code init}, posted to the chat origin (never {@code "*"}), and only after the
 *       iframe said {@code ready}. Every later {@code ready} (the iframe reloaded) gets a fresh {@code init}.</li>
 *   <li>Theme and locale changes made before the handshake are folded into {@code init}; after it they are sent as
 *       {@code set-theme} / {@code set-locale}.</li>
 *   <li>With {@code fetchToken}, the token is fetched at mount and again on {@code session-expired}; concurrent needs
 *       share one fetch, and the fresh token is sent in a new {@code init} to the same iframe (no remount).</li>
 *   <li>{@code onReady} fires once, on the first {@code session-started}: the iframe checked the token (origin
 *       allowed, signature, lifetime). An {@code init} alone proves nothing: a token for another origin gets
 *       {@code error(ORIGIN_NOT_ALLOWED)} instead, and the host never sees {@code onReady}.</li>
 *   <li>Loading (no answer within the handshake timeout, CSP) is {@link FrameEmbed}'s.</li>
 *   <li>After {@code destroy()}, late answers (a token fetch) are ignored.</li>
 * </ol>
 */
final class ChatEmbed extends FrameEmbed {

  /** {@code allow-downloads}: a document card saves the file a contact sent; without it Chromium blocks that. */
  static final String SANDBOX = "allow-scripts allow-same-origin allow-forms allow-popups allow-downloads";

  private static final int ON_TOKEN = FIRST_SURFACE_OP;
  private static final int ON_TOKEN_FAILURE = FIRST_SURFACE_OP + 1;
  private static final int OPEN_CONVERSATION = FIRST_SURFACE_OP + 2;

  private final JSObject fetcher;
  private String token;
  /** A conversation to open that waits for {@code init} ({@code openConversation} right after mount). */
  private Message pendingOpen;
  private boolean frameReady;
  private boolean initSent;
  private boolean announced;
  private boolean fetching;

  private ChatEmbed(String origin, JSObject options, JSObject fetcher, String token, String appearance) {
    super(Surface.CHAT, origin, "/", "chatBaseUrl", options, appearance, SANDBOX, "Pilot Status chat");
    this.fetcher = fetcher;
    this.token = token;
  }

  /** {@code chat.mount}: the handle {@code {update, setTheme, setLocale, openConversation, destroy}}, or an {@link SdkErrors#failure}. */
  static JSObject mount(JSObject target, JSObject options) {
    JSObject element = Dom.findElement(target);
    if (element == null) {
      return SdkErrors.failure(EmbedErrorCode.MOUNT_TARGET_NOT_FOUND, Js.concat("chat.mount: ", noElement(target)));
    }
    String token = clip(Js.string(options, "token"), Integer.MAX_VALUE);
    JSObject fetcher = Js.function(options, "fetchToken");
    if (token == null && fetcher == null) {
      return SdkErrors.failure(EmbedErrorCode.INVALID_OPTIONS,
          "chat.mount needs a token (string) or a fetchToken function returning a Promise of one");
    }
    // Throws a PilotStatusError when the appearance is wrong, before anything exists.
    String appearance = AppearanceOption.encode(options, "chat.mount");
    ChatEmbed embed = new ChatEmbed(SdkSettings.chatOrigin, options, fetcher, token, appearance);
    embed.listen();
    if (token == null) {
      embed.fetchToken();
    }
    Dom.append(element, embed.frame);
    embed.loaderStarted();
    return withOpenConversation(handle(embed.port), embed.port);
  }

  @Override
  JSObject dispatch(int op, JSObject a, JSObject b) {
    if (op == ON_TOKEN) {
      onToken(Js.asString(a));
    } else if (op == ON_TOKEN_FAILURE) {
      onTokenFailure(Js.asString(a));
    } else if (op == OPEN_CONVERSATION) {
      openConversation(Js.asString(a));
    } else {
      return super.dispatch(op, a, b);
    }
    return null;
  }

  /** Opens a conversation now, or right after {@code init} when that has not gone out yet. */
  private void openConversation(String id) {
    Message open = Envelope.openConversation(id);
    if (destroyed) {
      return;
    }
    if (open == null) {
      report(EmbedErrorCode.CONVERSATION_NOT_FOUND, "openConversation needs a conversation id of 1..128 characters");
    } else if (initSent) {
      send(open);
    } else {
      pendingOpen = open;
    }
  }

  // ---- incoming ---------------------------------------------------------------------------------------------

  @Override
  void receive(Message message) {
    MessageType type = message.type();
    if (type == MessageType.READY) {
      onReady();
    } else if (type == MessageType.UNREAD_COUNT) {
      callback(HostCallbacks.ON_UNREAD_COUNT, Js.value(message.integer("count", 0)));
    } else if (type == MessageType.CONVERSATION_OPENED) {
      callback(HostCallbacks.ON_CONVERSATION_OPENED, Js.value(message.string("conversationId")));
    } else if (type == MessageType.SESSION_STARTED && !announced) {
      announced = true; // onReady once: the first token the iframe checked, not a refreshed or re-inited one
      callback(HostCallbacks.ON_READY, null);
    } else if (type == MessageType.SESSION_EXPIRED) {
      onSessionExpired();
    } else if (type == MessageType.ERROR) {
      onFrameError(message.string("code"), message.string("message"));
    }
  }

  private void onReady() {
    frameReady = true;
    initSent = false;
    if (token == null && fetcher != null) {
      fetchToken(); // an earlier fetch failed: a reloaded iframe gets another chance (no-op while one runs)
    }
    sendInit();
  }

  private void onSessionExpired() {
    if (fetcher == null) {
      callback(HostCallbacks.ON_SESSION_EXPIRED, null);
      return;
    }
    token = null; // a reload while the fetch runs must wait for the fresh token, not replay the expired one
    fetchToken();
  }

  private void onFrameError(String code, String message) {
    if (!EmbedErrorCode.isKnown(code)) {
      return; // not one of our codes: not a message we understand
    }
    report(code, message == null ? code : message);
  }

  // ---- outgoing ---------------------------------------------------------------------------------------------

  private void sendInit() {
    if (destroyed || !frameReady || token == null) {
      return;
    }
    // Locale, theme and appearance obey init's rules already: a refused init means the token breaks them.
    Message init = Envelope.init(token, locale, theme, appearance);
    if (init == null) {
      report(EmbedErrorCode.TOKEN_INVALID, "the token is longer than 8192 characters");
      return;
    }
    send(init);
    initSent = true;
    if (pendingOpen != null) {
      send(pendingOpen);
      pendingOpen = null;
    }
  }

  /** Sent once {@code init} went out; before that, {@code init} will carry the change. */
  @Override
  void settingChanged(Message message) {
    if (initSent) {
      send(message);
    }
  }

  // ---- tokens -----------------------------------------------------------------------------------------------

  /** Starts a {@code fetchToken()} unless one is already running: concurrent needs share it. */
  private void fetchToken() {
    if (!fetching) {
      fetching = true;
      Js.fetchToken(fetcher, port, ON_TOKEN, ON_TOKEN_FAILURE);
    }
  }

  private void onToken(String fresh) {
    fetching = false;
    if (!destroyed) {
      token = fresh;
      sendInit();
    }
  }

  private void onTokenFailure(String reason) {
    fetching = false;
    if (!destroyed) {
      report(EmbedErrorCode.TOKEN_FETCH_FAILED, reason);
    }
  }

  /** The chat handle: every embed's, and {@code openConversation(id)}. */
  @JSBody(params = {"handle", "port"}, script = "handle.openConversation = function (ps_c) { port("
      + OPEN_CONVERSATION + ", ps_c, null); }; return handle;")
  private static native JSObject withOpenConversation(JSObject handle, Js.Port port);
}
