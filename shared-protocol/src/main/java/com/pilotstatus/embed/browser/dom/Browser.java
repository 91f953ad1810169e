package com.pilotstatus.embed.browser.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The few browser calls the SDK and runtimes share, each one guarded so that nothing a hostile page does can make it
 * throw into the caller.
 */
public final class Browser {

  private Browser() {
  }

  /** {@code JSON.stringify(data)}, or {@code null} when it throws (cycles, BigInt) or yields no string. */
  @JSBody(params = "data", script = "try { var ps_s = JSON.stringify(data); return typeof ps_s === 'string' ? ps_s : null; }"
      + " catch (e) { return null; }")
  public static native String stringify(JSObject data);

  /**
   * Posts {@code json} as a structured object (the envelope is an object on the wire, seed 000) to {@code target}.
   * {@code targetOrigin} is always a concrete origin, never {@code "*"}. Never throws.
   */
  @JSBody(params = {"target", "json", "targetOrigin"},
      script = "try { if (target && targetOrigin && targetOrigin !== '*') target.postMessage(JSON.parse(json), targetOrigin); }"
          + " catch (e) {}")
  public static native void post(JSObject target, String json, String targetOrigin);

  /** Strict identity of two JS values ({@code a === b}). */
  @JSBody(params = {"a", "b"}, script = "return a === b;")
  public static native boolean isSame(JSObject a, JSObject b);

  /** {@code location.origin} of this window. */
  @JSBody(script = "return window.location.origin;")
  public static native String locationOrigin();

  /** A query parameter of this window's URL, or {@code null}. */
  @JSBody(params = "name", script = "try { return new URLSearchParams(window.location.search).get(name); }"
      + " catch (e) { return null; }")
  public static native String queryParam(String name);

  /** This window's parent (itself when not framed). */
  @JSBody(script = "return window.parent;")
  public static native JSObject parentWindow();

  /** True when this window is inside a frame. */
  @JSBody(script = "try { return window.parent !== window; } catch (e) { return true; }")
  public static native boolean isFramed();
}
