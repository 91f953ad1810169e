package com.pilotstatus.embed.browser.connect;

import com.pilotstatus.embed.browser.dom.JsWireObject;
import com.pilotstatus.embed.json.JsonWriter;
import com.pilotstatus.embed.protocol.WireObject;
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
    this.metaOrigin = Dom.attr("body", "data-meta-origin");
    this.appId = Dom.attr("body", "data-meta-app-id");
    this.configId = Dom.attr("body", "data-meta-config-id");
    this.version = Dom.attr("body", "data-meta-version");
    this.submitUrl = Dom.attr("body", "data-embedded-url");
  }

  /** Listens for Meta's session-info messages (only on a page configured for Embedded Signup). */
  void listen() {
    if (metaOrigin != null) {
      Dom.onMessage(this::onMessage);
    }
  }

  /** The button: opens Meta's popup through the SDK. */
  void start() {
    if (appId == null || !Dom.hasFacebookSdk()) {
      status("data-cancelled");
      return;
    }
    submitted = false;
    code = null;
    popup = null;
    status("data-waiting");
    Dom.facebookLogin(appId, version, configId, received -> {
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
    if (!origin.equals(metaOrigin) || !Dom.isSame(source, popup)) {
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
    StringBuilder body = new StringBuilder("{\"code\":");
    JsonWriter.writeString(code, body);
    body.append(",\"wabaId\":");
    JsonWriter.writeString(wabaId, body);
    body.append(",\"phoneNumberId\":");
    JsonWriter.writeString(phoneNumberId, body);
    body.append('}');
    runtime.load("POST", submitUrl, body.toString());
  }

  private static String nonEmpty(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static void status(String attribute) {
    Dom.setText("[data-meta-status]", Dom.attr("[data-meta-status]", attribute));
  }
}
