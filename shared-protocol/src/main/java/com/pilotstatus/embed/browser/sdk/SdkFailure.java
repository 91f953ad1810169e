package com.pilotstatus.embed.browser.sdk;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * A synchronous failure of an API call (bad options, missing mount element). Java returns it to the small JS facade
 * installed by {@link EmbedSdk}, which throws it as an {@code Error} named {@code PilotStatusError} with a stable
 * {@code code}: a Java exception never crosses into the host page.
 */
final class SdkFailure {

  private SdkFailure() {
  }

  static JSObject of(String code, String message) {
    return create(code, message);
  }

  @JSBody(params = {"code", "message"}, script = "return { __psFailure: true, code: code, message: message };")
  private static native JSObject create(String code, String message);
}
