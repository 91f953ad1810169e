package com.pilotstatus.embed.browser.sdk;

import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.protocol.HostCallbacks;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The SDK's errors: the codes it hands to {@code onError} and puts on a thrown {@code PilotStatusError}, and the two
 * ways they reach the host.
 *
 * <p>The codes are {@link com.pilotstatus.embed.protocol.EmbedErrorCode}'s, declared there once for the SDK, the
 * iframes and the servers (and held equal to {@code index.d.ts} by a test).
 */
final class SdkErrors {

  private SdkErrors() {
  }

  /** Delivers {@code {code, message}} to the embed's {@code onError}, or to the console when there is none. */
  static void report(JSObject options, String code, String message) {
    JSObject onError = Js.function(options, HostCallbacks.ON_ERROR);
    if (onError == null) {
      Js.logError(Js.concat(code, ": ", message));
    } else {
      Js.call(onError, error(code, message));
    }
  }

  /**
   * A synchronous failure of an API call (bad options, missing mount element). Java returns it to the small JS facade
   * installed by {@link EmbedSdk}, which throws it as an {@code Error} named {@code PilotStatusError} with this
   * {@code code}: a Java exception never crosses into the host page.
   */
  @JSBody(params = {"code", "message"}, script = "return { __psFailure: true, code: code, message: message };")
  static native JSObject failure(String code, String message);

  /** The error object handed to {@code onError} and {@code onLoadError}: {@code {code, message}}. */
  @JSBody(params = {"code", "message"}, script = "return { code: code, message: message };")
  static native JSObject error(String code, String message);
}
