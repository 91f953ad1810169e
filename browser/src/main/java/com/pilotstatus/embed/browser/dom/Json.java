package com.pilotstatus.embed.browser.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The browser's own {@code JSON}, for the runtimes' HTTP answers, live events and request bodies: no JSON code in the
 * bundles. Values are read from the parsed object with {@link Js}'s typed, guarded readers ({@link Js#string},
 * {@link Js#integer}, {@link Js#isTrue}). Envelopes never pass through here: {@code postMessage} delivers objects,
 * which {@link JsWireObject} reads.
 */
public final class Json {

  private Json() {
  }

  /** {@code JSON.parse(text)} when it is a plain object (not an array, not a primitive), else {@code null}. */
  @JSBody(params = "text", script = "try { var ps_v = JSON.parse(text);"
      + " return ps_v !== null && typeof ps_v === 'object' && !Array.isArray(ps_v) ? ps_v : null; }"
      + " catch (ps_e) { return null; }")
  public static native JSObject parseObject(String text);

  /** {@code JSON.stringify(value)}. */
  @JSBody(params = "value", script = "return JSON.stringify(value);")
  public static native String stringify(JSObject value);
}
