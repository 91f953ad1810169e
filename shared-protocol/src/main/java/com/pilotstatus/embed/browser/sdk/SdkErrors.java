package com.pilotstatus.embed.browser.sdk;

import com.pilotstatus.embed.browser.dom.Js;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The SDK's errors: the codes it hands to {@code onError} and puts on a thrown {@code PilotStatusError}, and the two
 * ways they reach the host.
 *
 * <p>The codes are the names of {@link com.pilotstatus.embed.protocol.EmbedErrorCode}, as plain strings because an
 * enum costs its names, {@code values()} and {@code Enum} itself in {@code embed.js}; {@code SdkErrorsTest} keeps the
 * constants below, {@link #isKnown} and the enum equal.
 */
final class SdkErrors {

  static final String HANDSHAKE_TIMEOUT = "HANDSHAKE_TIMEOUT";
  static final String ORIGIN_NOT_ALLOWED = "ORIGIN_NOT_ALLOWED";
  static final String TOKEN_INVALID = "TOKEN_INVALID";
  static final String NETWORK = "NETWORK";
  static final String INVALID_OPTIONS = "INVALID_OPTIONS";
  static final String MOUNT_TARGET_NOT_FOUND = "MOUNT_TARGET_NOT_FOUND";
  static final String TOKEN_FETCH_FAILED = "TOKEN_FETCH_FAILED";
  static final String PAIRING_FAILED = "PAIRING_FAILED";

  private SdkErrors() {
  }

  /**
   * True when {@code code} is one of ours (an iframe's {@code error} message must carry one). A chain of comparisons
   * rather than a loop over an array: the array would be built by a static initialiser that every call of this
   * class then checks for.
   */
  static boolean isKnown(String code) {
    return HANDSHAKE_TIMEOUT.equals(code) || ORIGIN_NOT_ALLOWED.equals(code) || TOKEN_INVALID.equals(code)
        || NETWORK.equals(code) || INVALID_OPTIONS.equals(code) || MOUNT_TARGET_NOT_FOUND.equals(code)
        || TOKEN_FETCH_FAILED.equals(code) || PAIRING_FAILED.equals(code);
  }

  /** Delivers {@code {code, message}} to the embed's {@code onError}, or to the console when there is none. */
  static void report(JSObject options, String code, String message) {
    JSObject onError = Js.function(options, "onError");
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

  /** The error object handed to {@code onError}: {@code {code, message}}. */
  @JSBody(params = {"code", "message"}, script = "return { code: code, message: message };")
  private static native JSObject error(String code, String message);
}
