package com.pilotstatus.embed.browser.sdk;

import com.pilotstatus.embed.appearance.Appearance;
import com.pilotstatus.embed.browser.dom.Browser;
import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.browser.dom.JsWireObject;
import com.pilotstatus.embed.browser.dom.WindowMessageEvent;
import com.pilotstatus.embed.protocol.Decoded;
import com.pilotstatus.embed.protocol.Direction;
import com.pilotstatus.embed.protocol.EmbedErrorCode;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.HostCallbacks;
import com.pilotstatus.embed.protocol.Message;
import com.pilotstatus.embed.protocol.MessageType;
import com.pilotstatus.embed.protocol.ProtocolVersion;
import com.pilotstatus.embed.protocol.Surface;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * What every embed on the host page is: one iframe of a surface, listening for that iframe's messages.
 *
 * <p>Requirements (DESIGN.md "Contracts", issue 6):
 * <ol>
 *   <li>A message counts only if its {@code event.origin} is the surface's origin, its {@code event.source} is this
 *       iframe's window and its envelope decodes as a frame→parent message of this surface. Everything else is dropped
 *       silently, and nothing that arrives can throw into the host page.</li>
 *   <li>{@code resize} sets the iframe's height; every other message goes to the surface ({@link #receive}).</li>
 *   <li>{@code destroy()} removes the iframe and the listener (and whatever the surface added); anything that
 *       arrives or settles later is ignored.</li>
 *   <li>Lifecycle (issue 17): {@code onLoaderStart()} once the iframe is in the page; then, unless a message of the
 *       iframe arrives first (it loaded and speaks the protocol), {@code onLoadError({code, message})} within the
 *       handshake timeout, with a {@code console.error} that says what to fix: {@code FRAME_BLOCKED} as soon as the
 *       host page's CSP refuses the frame ({@code securitypolicyviolation}), else at the timeout
 *       {@code FRAME_UNREACHABLE} when a no-cors probe of the origin (sent at three quarters of the timeout, only
 *       when no answer came yet) failed, else {@code HANDSHAKE_TIMEOUT} (a server answered, but not a surface: the
 *       base URL is wrong); {@code PROTOCOL_MISMATCH} as soon as the iframe's {@code ready} announces another major
 *       protocol version ({@link ProtocolVersion}). Without {@code onLoadError} the error goes to
 *       {@code onError}.</li>
 * </ol>
 * JavaScript reaches an embed through its one {@link Js.Port}: {@code port(op, a, b)}, dispatched by {@link #dispatch}.
 */
abstract class FrameEmbed {

  // What JavaScript asks of every embed through its port; surfaces number their own ops from FIRST_SURFACE_OP.
  static final int ON_MESSAGE = 0;
  static final int DESTROY = 1;
  private static final int ON_TIMER = 2;
  private static final int ON_CSP = 3;
  private static final int ON_PROBE = 4;
  private static final int SET_THEME = 5;
  private static final int SET_LOCALE = 6;
  private static final int SET_APPEARANCE = 7;
  static final int FIRST_SURFACE_OP = 8;

  final Js.Port port = this::dispatch;
  final String origin;
  final JSObject options;
  final JSObject frame;
  private final int surface;
  /** The option that sets {@link #origin}, named in load errors ({@code chatBaseUrl}, {@code baseUrl}). */
  private final String setting;
  private final int timeoutMs;
  private JSObject unlisten;
  private JSObject unwatchCsp;
  private int timer = -1;
  /** 0 no probe yet, 1 probe sent, 2 it failed (the origin is unreachable), 3 it got an answer. */
  private int probe;
  /** The settings {@code update} changes: the options' at first. */
  String locale;
  String theme;
  /** The host's appearance variables, checked ({@link AppearanceOption}), URL-encoded; {@code null} = none. */
  String appearance;
  /** The iframe answered (or the load failed): the handshake timer and the CSP watch are done. */
  boolean answered;
  boolean destroyed;

  /**
   * The iframe {@code {origin}{path}?parentOrigin=…}; connect's takes its settings in the query too (seed 001:
   * {@code &locale=…&theme=…}, then the appearance variables), chat's get them in {@code init}. {@code appearance} is
   * {@link AppearanceOption#encode}'s answer.
   */
  FrameEmbed(int surface, String origin, String path, String setting, JSObject options, String appearance,
      String sandbox, String title) {
    this.surface = surface;
    this.origin = origin;
    this.setting = setting;
    this.options = options;
    this.locale = clip(Js.string(options, "locale"), MessageType.MAX_LOCALE);
    this.theme = clip(Js.string(options, "theme"), MessageType.MAX_THEME);
    this.appearance = clip(appearance, Appearance.MAX_ENCODED);
    String src = Js.concat(origin, path, Js.concat("?parentOrigin=", Js.encodeUriComponent(Browser.locationOrigin())));
    if (surface == Surface.CONNECT) {
      src = Js.concat(src, Js.concat(param("&locale=", locale), param("&theme=", theme)), appearance);
    }
    this.timeoutMs = Js.integer(options, "handshakeTimeout", SdkSettings.handshakeTimeoutMs);
    String custom = clip(Js.string(options, "title"), 200);
    this.frame = Dom.createFrame(src, sandbox, custom == null ? title : custom);
  }

  /**
   * Starts listening for the iframe's messages and for the host CSP refusing it, and starts the handshake timer.
   * Call before the iframe enters the page, and {@link #loaderStarted()} right after.
   */
  final void listen() {
    JSObject window = Js.window();
    unlisten = Js.listen(window, "message", port, ON_MESSAGE, false);
    unwatchCsp = Js.listen(window, "securitypolicyviolation", port, ON_CSP, false);
    timer = Js.setTimeout(port, ON_TIMER, timeoutMs - timeoutMs / 4);
  }

  /** The iframe is in the page and loading: {@code onLoaderStart()}. */
  final void loaderStarted() {
    callback(HostCallbacks.ON_LOADER_START, null);
  }

  /** Handles {@code port(op, a, b)}. Surfaces handle their own ops and pass the rest here. */
  JSObject dispatch(int op, JSObject a, JSObject b) {
    if (op == ON_MESSAGE) {
      onMessage(a);
    } else if (op == DESTROY) {
      destroy();
    } else if (op == ON_TIMER) {
      onTimer();
    } else if (op == ON_CSP) {
      onCspViolation(a);
    } else if (op == ON_PROBE) {
      probe = a == null ? 2 : 3;
    } else if (op == SET_APPEARANCE) {
      // Throws a PilotStatusError when the appearance is wrong, before anything changed.
      String next = clip(AppearanceOption.encode(a, "update"), Appearance.MAX_ENCODED);
      if (!destroyed) {
        appearance = next;
        settingChanged(Envelope.setAppearance(next));
      }
    } else {
      String next = clip(Js.asString(a), op == SET_THEME ? MessageType.MAX_THEME : MessageType.MAX_LOCALE);
      if (next != null && !destroyed) {
        if (op == SET_THEME) {
          theme = next;
          settingChanged(Envelope.setTheme(next));
        } else {
          locale = next;
          settingChanged(Envelope.setLocale(next));
        }
      }
    }
    return null;
  }

  /**
   * {@code update}, {@code setTheme} or {@code setLocale} changed a setting ({@link #locale}, {@link #theme},
   * {@link #appearance} hold the new value): the surface sends {@code message} now, or once its iframe can take it.
   */
  abstract void settingChanged(Message message);

  // ---- loading ----------------------------------------------------------------------------------------------

  /** First at 3/4 of the timeout: probe the origin (no answer yet). Then at the timeout: the load failed. */
  private void onTimer() {
    timer = -1;
    if (answered || destroyed) {
      return;
    }
    if (probe == 0) {
      probe = 1;
      Js.probe(origin, port, ON_PROBE);
      timer = Js.setTimeout(port, ON_TIMER, timeoutMs / 4);
    } else if (probe == 2) {
      loadFailed(EmbedErrorCode.FRAME_UNREACHABLE, Js.concat(origin,
          " cannot be reached (server down, or wrong host or port): check ", setting));
    } else {
      loadFailed(EmbedErrorCode.HANDSHAKE_TIMEOUT, Js.concat(Js.concat(origin, " did not answer within ",
          Js.text(timeoutMs)), " ms: is it a Pilot Status server? check ", setting));
    }
  }

  /** The host page's CSP refused a frame of this origin ({@code effectiveDirective} frame-src or child-src). */
  private void onCspViolation(JSObject event) {
    if (isFrameOf(event, origin)) {
      loadFailed(EmbedErrorCode.FRAME_BLOCKED, Js.concat("this page's Content-Security-Policy blocks ", origin,
          ": add it to frame-src"));
    }
  }

  // In JS: Java's startsWith would bring TeaVM's bounds-check exceptions into the bundle (README "Bundles and size").
  @JSBody(params = {"event", "origin"}, script = "try { var ps_u = String(event.blockedURI || ''),"
      + " ps_d = event.effectiveDirective; return (ps_d === 'frame-src' || ps_d === 'child-src')"
      + " && (ps_u === origin || ps_u.indexOf(origin + '/') === 0); } catch (ps_e) { return false; }")
  private static native boolean isFrameOf(JSObject event, String origin);

  /** The iframe cannot work: {@code onLoadError} (else {@code onError}), and always the console. */
  final void loadFailed(String code, String message) {
    if (destroyed || answered) {
      return;
    }
    handshakeDone();
    Js.logError(Js.concat(code, ": ", message));
    JSObject onLoadError = Js.function(options, HostCallbacks.ON_LOAD_ERROR);
    if (onLoadError == null) {
      report(code, message);
    } else {
      Js.call(onLoadError, SdkErrors.error(code, message));
    }
  }

  /** The handshake is over (an answer, or a load error): no timer, no CSP watch. */
  private void handshakeDone() {
    answered = true;
    if (timer >= 0) {
      Js.clearTimeout(timer);
      timer = -1;
    }
    Js.run(unwatchCsp);
  }

  // ---- messages ---------------------------------------------------------------------------------------------

  private void onMessage(JSObject raw) {
    if (destroyed) {
      return;
    }
    WindowMessageEvent event = raw.cast();
    JSObject frameWindow = Dom.contentWindow(frame);
    if (frameWindow == null || !origin.equals(event.getOrigin()) || !Browser.isSame(event.getSource(), frameWindow)) {
      return;
    }
    Decoded decoded = Envelope.decode(JsWireObject.of(event.getData()), Direction.FRAME_TO_PARENT, surface);
    if (!decoded.isAccepted()) {
      return;
    }
    Message message = decoded.message();
    String version = message.string(ProtocolVersion.FIELD); // ready's; no other type this side hears carries it
    if (!Browser.speaksOurProtocol(version)) {
      protocolMismatch(version);
      return;
    }
    if (!answered) {
      handshakeDone(); // the iframe loaded and speaks the protocol: whatever it says next, it did load
    }
    if (message.type() == MessageType.RESIZE) {
      Dom.setHeight(frame, message.integer("height", 0));
    } else {
      receive(message);
    }
  }

  /**
   * The iframe speaks another major protocol version: a load error now (not a handshake that never ends), with the
   * upgrade hint, and nothing more from this iframe is heard (the token never goes to it). An iframe that had loaded
   * and says so after a reload (its server was upgraded) goes to {@code onError}.
   */
  private void protocolMismatch(String version) {
    String message = Js.concat(Js.concat(origin, " speaks protocol ", version), Js.concat(", this embed.js ",
        ProtocolVersion.CURRENT, ": load the embed.js the server serves (a cached or self-hosted copy is out of date)"));
    if (answered) {
      report(EmbedErrorCode.PROTOCOL_MISMATCH, message);
    } else {
      loadFailed(EmbedErrorCode.PROTOCOL_MISMATCH, message);
    }
    Js.run(unlisten);
    unlisten = null;
  }

  /** A decoded message of this surface (other than {@code resize}) from this embed's iframe. */
  abstract void receive(Message message);

  /** Removes the iframe and the listener, once. */
  void destroy() {
    if (destroyed) {
      return;
    }
    handshakeDone();
    destroyed = true;
    Js.run(unlisten);
    Dom.remove(frame);
  }

  /** Posts {@code message} to this embed's iframe, on its origin only. */
  final void send(Message message) {
    Browser.post(Dom.contentWindow(frame), message, origin);
  }

  /** Calls the host's callback {@code options[name]}, if it is a function. */
  final void callback(String name, JSObject arg) {
    Js.call(Js.function(options, name), arg);
  }

  final void report(String code, String message) {
    SdkErrors.report(options, code, message);
  }

  /** Why {@code target} gave no element to mount into, for the error message. */
  static String noElement(JSObject target) {
    String selector = Js.asString(target);
    return selector == null ? "the target is neither a CSS selector nor an element"
        : Js.concat("no element matches the selector '", selector, "' (or it is not valid CSS)");
  }

  // The handle every surface returns: update({theme, locale, appearance}) applies each key present, others stay. The
  // appearance goes first: a bad one throws its PilotStatusError (AppearanceOption) before anything changed.
  // setTheme/setLocale are its aliases.
  @JSBody(params = "port", script = "return {"
      + " setTheme: function (ps_t) { port(" + SET_THEME + ", ps_t, null); },"
      + " setLocale: function (ps_l) { port(" + SET_LOCALE + ", ps_l, null); },"
      + " update: function (ps_o) {"
      + " if (ps_o && ps_o.appearance !== undefined) port(" + SET_APPEARANCE + ", ps_o, null);"
      + " try { if ('theme' in ps_o) port(" + SET_THEME + ", ps_o.theme, null);"
      + " if ('locale' in ps_o) port(" + SET_LOCALE + ", ps_o.locale, null); } catch (ps_e) {} },"
      + " destroy: function () { port(" + DESTROY + ", null, null); } };")
  static native JSObject handle(Js.Port port);

  /** {@code "&name=value"} (the prefix carries {@code &} and {@code =}), or nothing when there is no value. */
  private static String param(String prefix, String value) {
    return value == null ? "" : Js.concat(prefix, Js.encodeUriComponent(value));
  }

  /** {@code value} when it is 1..max characters long, else {@code null}. */
  static String clip(String value, int max) {
    return value == null || value.isEmpty() || value.length() > max ? null : value;
  }
}
