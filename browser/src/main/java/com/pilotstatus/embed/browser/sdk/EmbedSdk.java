package com.pilotstatus.embed.browser.sdk;

import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.protocol.EmbedErrorCode;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;

/**
 * Entry point of the SDK's core, {@code embed-core.js}: hands its API to the loader ({@code embed.js}, hand-written
 * JS in {@code src/main/js}) that inserted it, or, loaded on its own (the npm package's bundle), installs the global
 * {@code PilotStatus} itself, and nothing else.
 *
 * <p>With the loader, the loader owns {@code window.PilotStatus} (the same API, defined before this core arrives) and
 * waits for it on a hidden {@code PilotStatus.__psBoot}: this core calls it once with its {@code port}, and the loader
 * sends its deployment's origins as the first {@code init}, then replays the calls it queued.
 *
 * <p>Safe to load anywhere (STYLE.md §8): without a {@code window} it does nothing; when a {@code PilotStatus} of the
 * right shape already exists (the script was included twice) it keeps that one, so there is one API and no second
 * set of listeners, and says so once in the console ({@code console.warn}), however many copies follow. Nothing listens to anything until an embed is mounted.
 *
 * <p>The public API (explicit list): {@code init(options?)}, {@code chat.mount(target, options)},
 * {@code connect.open(options)}, {@code connect.mount(target, options)}, {@code version}. Failures of a call itself
 * (missing element, bad options) throw an {@code Error} named {@code PilotStatusError} with a stable {@code code};
 * everything that goes wrong later arrives at {@code onError({code, message})}.
 */
public final class EmbedSdk {

  private EmbedSdk() {
  }

  /**
   * Runs once when {@code embed-core.js} loads. Exported rather than a {@code main(String[])}: TeaVM then leaves out its
   * argument conversion and thread start-up (about 0.2 KB gzip).
   */
  @JSExport
  public static void start() {
    if (hasWindow()) {
      SdkSettings.useDefaults();
      install(SdkVersion.VERSION, EmbedSdk::call);
    }
  }

  /** The API calls, by number: 0 init, 1 chat.mount, 2 connect.open, 3 connect.mount. */
  private static JSObject call(int op, JSObject a, JSObject b) {
    if (op == 0) {
      return init(a);
    }
    if (op == 1) {
      return ChatEmbed.mount(a, b);
    }
    return op == 2 ? ConnectEmbed.open(a) : ConnectEmbed.mount(a, b);
  }

  /** {@code PilotStatus.init(options?)}: where the surfaces live, and the default handshake timeout. */
  private static JSObject init(JSObject options) {
    String chat = Js.string(options, "chatBaseUrl");
    String connect = Js.string(options, "connectBaseUrl");
    String chatOrigin = chat == null ? SdkSettings.chatOrigin : SdkSettings.originOf(chat);
    String connectOrigin = connect == null ? SdkSettings.connectOrigin : SdkSettings.originOf(connect);
    if (chatOrigin == null || connectOrigin == null) {
      return SdkErrors.failure(EmbedErrorCode.INVALID_OPTIONS, "init: chatBaseUrl and connectBaseUrl must be origins"
          + " such as https://chat.example.com (no path, query or credentials)");
    }
    SdkSettings.chatOrigin = chatOrigin;
    SdkSettings.connectOrigin = connectOrigin;
    SdkSettings.handshakeTimeoutMs = Js.integer(options, "handshakeTimeout", SdkSettings.handshakeTimeoutMs);
    return null;
  }

  @JSBody(script = "return typeof window !== 'undefined' && typeof document !== 'undefined';")
  private static native boolean hasWindow();

  @JSBody(params = {"version", "port"}, script = ""
      + "var ps_w = window, ps_p = ps_w.PilotStatus;"
      // The loader (embed.js) is waiting for this core: hand it the port, once; it replays the host's calls.
      + "if (ps_p && typeof ps_p.__psBoot === 'function') { var ps_b = ps_p.__psBoot; delete ps_p.__psBoot; ps_b(port);"
      + " return; }"
      // A PilotStatus of the right shape is ours from an earlier include; an element with id="PilotStatus" is not.
      + "if (ps_p && typeof ps_p.init === 'function' && ps_p.chat && typeof ps_p.chat.mount === 'function') {"
      // Warn once, however many more copies run: the flag sits on the first instance, not in any copy's scope.
      + " if (!ps_p.__psWarned) { try { Object.defineProperty(ps_p, '__psWarned', { value: true });"
      + " console.warn('[PilotStatus] embed.js was included more than once; the first copy (' + ps_p.version"
      + " + ') stays in use and this one does nothing. Include the script once.'); } catch (ps_e) {} } return; }"
      + "function ps_r(ps_x) { if (ps_x && ps_x.__psFailure) { var ps_e = new Error(ps_x.message); ps_e.name = 'PilotStatusError';"
      + " ps_e.code = ps_x.code; throw ps_e; } return ps_x; }"
      + "function ps_o(ps_x) { return ps_x !== null && typeof ps_x === 'object' ? ps_x : {}; }"
      + "ps_w.PilotStatus = { version: version,"
      + " init: function (ps_x) { ps_r(port(0, ps_o(ps_x), null)); },"
      + " chat: { mount: function (ps_t, ps_x) { return ps_r(port(1, ps_t, ps_o(ps_x))); } },"
      + " connect: { open: function (ps_x) { return ps_r(port(2, ps_o(ps_x), null)); },"
      + " mount: function (ps_t, ps_x) { return ps_r(port(3, ps_t, ps_o(ps_x))); } } };")
  private static native void install(String version, Js.Port port);
}
