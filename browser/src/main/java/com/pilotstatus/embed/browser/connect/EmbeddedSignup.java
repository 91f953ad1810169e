package com.pilotstatus.embed.browser.connect;

import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.browser.dom.Json;
import com.pilotstatus.embed.browser.dom.JsWireObject;
import com.pilotstatus.embed.protocol.WireObject;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Meta Embedded Signup on the connect page. Requirements (DESIGN.md "Lessons", issue 5):
 * <ul>
 *   <li>the result arrives twice: the {@code code} through {@code FB.login}'s callback and the WABA / phone number
 *       ids through a {@code WA_EMBEDDED_SIGNUP} message — in either order; submit once both are here;</li>
 *   <li>a {@code WA_EMBEDDED_SIGNUP} message counts only if its browser-stated origin is the configured Meta origin
 *       ({@code https://www.facebook.com}) <em>and</em> it comes from the popup this page opened for this signup;
 *       anything else (the host page, another frame, even another Meta frame or window) is ignored silently
 *       (issue 16, item 10);</li>
 *   <li>{@code window.FB} is used only if it has the SDK's shape.</li>
 * </ul>
 */
final class EmbeddedSignup {

  private final ConnectRuntime runtime;
  private final String metaOrigin;
  private final String appId;
  private final String configId;
  private final String version;
  private final String submitUrl;

  private JSObject popup;
  private String code;
  private String wabaId;
  private String phoneNumberId;
  private boolean submitted;

  EmbeddedSignup(ConnectRuntime runtime) {
    this.runtime = runtime;
    this.metaOrigin = ConnectRuntime.attr("body", "data-meta-origin");
    this.appId = ConnectRuntime.attr("body", "data-meta-app-id");
    this.configId = ConnectRuntime.attr("body", "data-meta-config-id");
    this.version = ConnectRuntime.attr("body", "data-meta-version");
    this.submitUrl = ConnectRuntime.attr("body", "data-embedded-url");
  }

  /** Listens for Meta's session-info messages (only on a page configured for Embedded Signup). */
  void listen() {
    if (metaOrigin != null) {
      onMessage(this::onMessage);
    }
  }

  /** The button: opens Meta's popup through the SDK. */
  void start() {
    if (appId == null || !hasFacebookSdk()) {
      status("data-cancelled");
      return;
    }
    submitted = false;
    code = null;
    popup = null;
    status("data-waiting");
    facebookLogin(appId, version, configId, received -> {
      if (received == null) {
        if (wabaId == null) {
          status("data-cancelled");
        }
        return;
      }
      code = received;
      submitIfComplete();
    }, opened -> popup = opened);
  }

  private void onMessage(String origin, JSObject source, JSObject received) {
    if (!origin.equals(metaOrigin) || !isSame(source, popup)) {
      return;
    }
    // Read like our own envelopes: own members of plain objects only, typed reads that never throw.
    WireObject message = JsWireObject.of(received);
    if (message == null || !"WA_EMBEDDED_SIGNUP".equals(message.string("type"))) {
      return;
    }
    String event = message.string("event");
    WireObject data = message.object("data");
    if ("FINISH".equals(event) && data != null) {
      wabaId = nonEmpty(data.string("waba_id"));
      phoneNumberId = nonEmpty(data.string("phone_number_id"));
      submitIfComplete();
    } else if ("CANCEL".equals(event) || "ERROR".equals(event)) {
      status("data-cancelled");
    }
  }

  private void submitIfComplete() {
    if (submitted || code == null || wabaId == null || phoneNumberId == null) {
      return;
    }
    submitted = true;
    JSObject body = Js.newObject();
    Js.set(body, "code", code);
    Js.set(body, "wabaId", wabaId);
    Js.set(body, "phoneNumberId", phoneNumberId);
    runtime.load("POST", submitUrl, Json.stringify(body));
  }

  private static String nonEmpty(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static void status(String attribute) {
    Dom.showText(Dom.query("[data-meta-status]"), ConnectRuntime.attr("[data-meta-status]", attribute));
  }

  /** A {@code message} event: the browser-stated origin, the sending window and the data (JSON text parsed). */
  @JSFunctor
  interface MessageListener extends JSObject {
    void on(String origin, JSObject source, JSObject data);
  }

  /** The window a script opened. */
  @JSFunctor
  interface Opened extends JSObject {
    void on(JSObject window);
  }

  /** {@code FB.login}'s answer: the authorization code, or {@code null} when the user did not finish. */
  @JSFunctor
  interface Login extends JSObject {
    void on(String code);
  }

  /** Window messages, as the origin and the data; Meta posts JSON text, which arrives parsed (or not at all). */
  @JSBody(params = "callback", script = "window.addEventListener('message', function (ps_e) { var ps_d = ps_e.data;"
      + " if (typeof ps_d === 'string') { try { ps_d = JSON.parse(ps_d); } catch (ps_x) { return; } }"
      + " callback(String(ps_e.origin), ps_e.source, ps_d); });")
  private static native void onMessage(MessageListener callback);

  /** True when {@code window.FB} has the shape of the Facebook SDK (not a clobbered DOM element). */
  @JSBody(script = "return typeof window.FB === 'object' && window.FB !== null"
      + " && typeof window.FB.init === 'function' && typeof window.FB.login === 'function';")
  private static native boolean hasFacebookSdk();

  /**
   * {@code FB.init} then {@code FB.login} for WhatsApp Embedded Signup (code flow). {@code opened} receives the popup
   * window {@code FB.login} opens (it opens it synchronously, inside the click), so that messages can be checked
   * against it; {@code window.open} is wrapped only for that call.
   */
  @JSBody(params = {"appId", "version", "configId", "callback", "opened"}, script = "var ps_open = window.open;"
      + " try { window.open = function () { var ps_w = ps_open.apply(window, arguments); opened(ps_w); return ps_w; };"
      + " window.FB.init({ appId: appId, autoLogAppEvents: true, xfbml: false, version: version });"
      + " window.FB.login(function (ps_r) { var ps_c = ps_r && ps_r.authResponse && ps_r.authResponse.code;"
      + " callback(typeof ps_c === 'string' && ps_c.length > 0 ? ps_c : null); },"
      + " { config_id: configId, response_type: 'code', override_default_response_type: true,"
      + " extras: { setup: {}, featureType: '', sessionInfoVersion: '3' } });"
      + " } catch (e) { callback(null); } finally { window.open = ps_open; }")
  private static native void facebookLogin(String appId, String version, String configId, Login callback,
                                           Opened opened);

  /** {@code a === b} (window identity), never for a missing window. */
  @JSBody(params = {"a", "b"}, script = "return a !== null && a !== undefined && a === b;")
  private static native boolean isSame(JSObject a, JSObject b);
}
