package com.pilotstatus.embed.browser.sdk;

import com.pilotstatus.embed.browser.dom.Js;
import org.teavm.jso.JSObject;

/** Delivers {@code {code, message}} to the embed's {@code onError}, or to the console when there is none. */
final class ErrorReport {

  private ErrorReport() {
  }

  static void send(JSObject options, String code, String message) {
    JSObject onError = Js.function(options, "onError");
    if (onError == null) {
      Js.logError(code + ": " + message);
    } else {
      Js.call(onError, Js.error(code, message));
    }
  }
}
