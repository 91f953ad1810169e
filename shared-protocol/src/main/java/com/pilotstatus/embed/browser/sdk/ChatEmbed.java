package com.pilotstatus.embed.browser.sdk;

import com.pilotstatus.embed.browser.dom.Browser;
import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.browser.dom.WindowMessageEvent;
import com.pilotstatus.embed.protocol.Decoded;
import com.pilotstatus.embed.protocol.Direction;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.Message;
import com.pilotstatus.embed.protocol.MessageType;
import com.pilotstatus.embed.protocol.Surface;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * One chat iframe on the host page: {@code PilotStatus.chat.mount(target, options)}.
 *
 * <p>Requirements (seed 000, DESIGN.md "Contracts", issue 6):
 * <ol>
 *   <li>A message counts only if its {@code event.origin} is the chat origin, its {@code event.source} is this
 *       iframe's window and its envelope decodes as a chat frame→parent message. Everything else is dropped silently,
 *       and nothing that arrives can throw into the host page.</li>
 *   <li>The token travels only in {@code init}, posted to the chat origin (never {@code "*"}), and only after the
 *       iframe said {@code ready}. Every later {@code ready} (the iframe reloaded) gets a fresh {@code init}.</li>
 *   <li>Theme and locale changes made before the handshake are folded into {@code init}; after it they are sent as
 *       {@code set-theme} / {@code set-locale}.</li>
 *   <li>With {@code fetchToken}, the token is fetched at mount and again on {@code session-expired}; concurrent needs
 *       share one fetch, and the fresh token is sent in a new {@code init} to the same iframe (no remount).</li>
 *   <li>No {@code ready} within the handshake timeout → {@code onError(HANDSHAKE_TIMEOUT)}.</li>
 *   <li>{@code destroy()} removes the iframe, the listener and the timer; late answers (a token fetch) are ignored.</li>
 * </ol>
 */
final class ChatEmbed {

  static final String SANDBOX = "allow-scripts allow-same-origin allow-forms allow-popups";
  private static final int MAX_TOKEN = 8192;

  // What JavaScript asks of this embed through its port.
  private static final int ON_MESSAGE = 0;
  private static final int ON_TIMEOUT = 1;
  private static final int ON_TOKEN = 2;
  private static final int ON_TOKEN_FAILURE = 3;
  private static final int SET_THEME = 4;
  private static final int SET_LOCALE = 5;
  private static final int DESTROY = 6;

  private final Js.Port port = this::dispatch;

  private final String chatOrigin;
  private final JSObject options;
  private final JSObject fetcher;
  private final JSObject frame;
  private final int timeoutMs;
  private String token;
  private String locale;
  private String theme;
  private JSObject unlisten;
  private int timer = -1;
  private boolean frameReady;
  private boolean initSent;
  private boolean announced;
  private boolean fetching;
  private boolean destroyed;

  private ChatEmbed(String chatOrigin, JSObject options, JSObject fetcher, String token, int timeoutMs) {
    this.chatOrigin = chatOrigin;
    this.options = options;
    this.fetcher = fetcher;
    this.token = token;
    this.timeoutMs = timeoutMs;
    this.locale = SdkSettings.clip(Js.string(options, "locale"), 35);
    this.theme = SdkSettings.clip(Js.string(options, "theme"), 16);
    String src = chatOrigin + "/?parentOrigin=" + Js.encodeUriComponent(Browser.locationOrigin());
    this.frame = Dom.createFrame(src, SANDBOX, title(options, "Pilot Status chat"));
  }

  /** {@code chat.mount}: the handle {@code {setTheme, setLocale, destroy}}, or an {@link SdkFailure}. */
  static JSObject mount(JSObject target, JSObject options) {
    JSObject element = Dom.findElement(target);
    if (element == null) {
      return SdkFailure.of(ErrorCodes.MOUNT_TARGET_NOT_FOUND, "chat.mount: no element for " + describe(target)
          + "; pass a CSS selector that matches an element on the page, or the element itself");
    }
    String token = Js.string(options, "token");
    JSObject fetcher = Js.function(options, "fetchToken");
    if ((token == null || token.isEmpty()) && fetcher == null) {
      return SdkFailure.of(ErrorCodes.INVALID_OPTIONS,
          "chat.mount needs a token (string) or a fetchToken function returning a Promise of one");
    }
    ChatEmbed embed = new ChatEmbed(SdkSettings.chatOrigin, options, fetcher,
        token == null || token.isEmpty() ? null : token,
        Js.integer(options, "handshakeTimeout", SdkSettings.handshakeTimeoutMs));
    embed.start(element);
    return handle(embed.port);
  }

  private JSObject dispatch(int op, JSObject a, JSObject b) {
    if (op == ON_MESSAGE) {
      onMessage(a);
    } else if (op == ON_TIMEOUT) {
      onTimeout();
    } else if (op == ON_TOKEN) {
      onToken(Js.asString(a));
    } else if (op == ON_TOKEN_FAILURE) {
      onTokenFailure(Js.asString(a));
    } else if (op == SET_THEME) {
      setTheme(a);
    } else if (op == SET_LOCALE) {
      setLocale(a);
    } else if (op == DESTROY) {
      destroy();
    }
    return null;
  }

  private void start(JSObject element) {
    unlisten = Js.listen(Js.window(), "message", port, ON_MESSAGE, false);
    timer = Js.setTimeout(port, ON_TIMEOUT, timeoutMs);
    if (token == null) {
      fetchToken();
    }
    Dom.append(element, frame);
  }

  // ---- incoming ---------------------------------------------------------------------------------------------

  private void onMessage(JSObject raw) {
    if (destroyed) {
      return;
    }
    WindowMessageEvent event = raw.cast();
    JSObject frameWindow = Dom.contentWindow(frame);
    if (frameWindow == null || !chatOrigin.equals(event.getOrigin()) || !Browser.isSame(event.getSource(), frameWindow)) {
      return;
    }
    Decoded decoded = Envelope.decode(Browser.stringify(event.getData()), Direction.FRAME_TO_PARENT, Surface.CHAT);
    if (!decoded.isAccepted()) {
      return;
    }
    Message message = decoded.message();
    MessageType type = message.type();
    if (type == MessageType.READY) {
      onReady();
    } else if (type == MessageType.RESIZE) {
      Dom.setHeight(frame, (int) message.integer("height", 0));
    } else if (type == MessageType.UNREAD_COUNT) {
      Js.call(Js.function(options, "onUnreadCount"), (int) message.integer("count", 0));
    } else if (type == MessageType.CONVERSATION_OPENED) {
      Js.call(Js.function(options, "onConversationOpened"), message.string("conversationId"));
    } else if (type == MessageType.SESSION_EXPIRED) {
      onSessionExpired();
    } else if (type == MessageType.ERROR) {
      onFrameError(message.string("code"), message.string("message"));
    }
  }

  private void onReady() {
    clearTimer();
    frameReady = true;
    initSent = false;
    if (token == null && fetcher != null) {
      fetchToken(); // an earlier fetch failed: a reloaded iframe gets another chance (no-op while one runs)
    }
    sendInit();
  }

  private void onSessionExpired() {
    if (fetcher == null) {
      Js.call(Js.function(options, "onSessionExpired"));
      return;
    }
    token = null; // a reload while the fetch runs must wait for the fresh token, not replay the expired one
    fetchToken();
  }

  private void onFrameError(String code, String message) {
    if (!ErrorCodes.isKnown(code)) {
      return; // not one of our codes: not a message we understand
    }
    clearTimer(); // the iframe answered: it is alive, just unable to work
    report(code, message == null ? code : message);
  }

  private void onTimeout() {
    timer = -1;
    if (!destroyed && !frameReady) {
      report(ErrorCodes.HANDSHAKE_TIMEOUT, "the chat iframe (" + chatOrigin + ") did not answer within "
          + timeoutMs + " ms; check chatBaseUrl and that the chat server is reachable");
    }
  }

  // ---- outgoing ---------------------------------------------------------------------------------------------

  private void sendInit() {
    if (destroyed || !frameReady || token == null) {
      return;
    }
    if (token.length() > MAX_TOKEN) {
      report(ErrorCodes.TOKEN_INVALID, "the token is longer than " + MAX_TOKEN + " characters");
      return;
    }
    post(Envelope.init(token, locale, theme));
    initSent = true;
    if (!announced) {
      announced = true;
      Js.call(Js.function(options, "onReady"));
    }
  }

  private void setTheme(JSObject value) {
    String next = SdkSettings.clip(Js.asString(value), 16);
    if (next == null || destroyed) {
      return;
    }
    theme = next;
    if (initSent) {
      post(Envelope.setTheme(next));
    }
  }

  private void setLocale(JSObject value) {
    String next = SdkSettings.clip(Js.asString(value), 35);
    if (next == null || destroyed) {
      return;
    }
    locale = next;
    if (initSent) {
      post(Envelope.setLocale(next));
    }
  }

  private void post(Message message) {
    Browser.post(Dom.contentWindow(frame), message.toJson(), chatOrigin);
  }

  // ---- tokens -----------------------------------------------------------------------------------------------

  /** Starts a {@code fetchToken()} unless one is already running: concurrent needs share it. */
  private void fetchToken() {
    if (fetching) {
      return;
    }
    fetching = true;
    Js.fetchToken(fetcher, port, ON_TOKEN, ON_TOKEN_FAILURE);
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
      report(ErrorCodes.TOKEN_FETCH_FAILED, reason);
    }
  }

  // ---- lifecycle --------------------------------------------------------------------------------------------

  private void destroy() {
    if (destroyed) {
      return;
    }
    destroyed = true;
    clearTimer();
    Js.run(unlisten);
    Dom.remove(frame);
  }

  private void clearTimer() {
    if (timer >= 0) {
      Js.clearTimeout(timer);
      timer = -1;
    }
  }

  private void report(String code, String message) {
    ErrorReport.send(options, code, message);
  }

  static String title(JSObject options, String fallback) {
    String title = SdkSettings.clip(Js.string(options, "title"), 200);
    return title == null ? fallback : title;
  }

  static String describe(JSObject target) {
    String selector = Js.asString(target);
    return selector == null ? "the given value (not a selector string or an element)" : "selector '" + selector + "'";
  }

  @JSBody(params = "port", script = "return {"
      + " setTheme: function (ps_t) { port(4, ps_t, null); },"
      + " setLocale: function (ps_l) { port(5, ps_l, null); },"
      + " destroy: function () { port(6, null, null); } };")
  private static native JSObject handle(Js.Port port);
}
