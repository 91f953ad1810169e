package com.pilotstatus.embed.browser.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Plain JavaScript plumbing for code that talks to a host page it does not control: reading option objects,
 * calling the host's callbacks, listeners, timers and promises. Every helper is written so that a hostile or
 * buggy value makes it return a neutral answer instead of throwing into the caller.
 */
public final class Js {

  private Js() {
  }

  /**
   * The one way JavaScript calls back into a Java object: {@code port(op, a, b)}. Each object has a single port and
   * dispatches on {@code op}; TeaVM emits glue per functor implementation, so one port per class instead of one lambda
   * per callback keeps {@code embed.js} small.
   */
  @JSFunctor
  public interface Port extends JSObject {
    JSObject call(int op, JSObject a, JSObject b);
  }

  /** {@code o[key]} when it is a string, else {@code null}. */
  @JSBody(params = {"o", "key"}, script = "try { var ps_v = o && o[key]; return typeof ps_v === 'string' ? ps_v : null; }"
      + " catch (e) { return null; }")
  public static native String string(JSObject o, String key);

  /** {@code o[key]} when it is a function, else {@code null}. */
  @JSBody(params = {"o", "key"}, script = "try { var ps_v = o && o[key]; return typeof ps_v === 'function' ? ps_v : null; }"
      + " catch (e) { return null; }")
  public static native JSObject function(JSObject o, String key);

  /** {@code o[key]} when it is a finite number in {@code 0..2^31-1} (floored), else {@code fallback}. */
  @JSBody(params = {"o", "key", "fallback"}, script = "try { var ps_v = o && o[key];"
      + " return typeof ps_v === 'number' && ps_v >= 0 && ps_v <= 2147483647 ? Math.floor(ps_v) : fallback; }"
      + " catch (e) { return fallback; }")
  public static native int integer(JSObject o, String key, int fallback);

  /** True when {@code o[key]} is the boolean {@code true}. */
  @JSBody(params = {"o", "key"}, script = "try { return !!o && o[key] === true; } catch (e) { return false; }")
  public static native boolean isTrue(JSObject o, String key);

  /** {@code v} when it is a string, else {@code null}. */
  @JSBody(params = "v", script = "return typeof v === 'string' ? v : null;")
  public static native String asString(JSObject v);

  /**
   * Calls the host's callback {@code f(arg)} when {@code f} is a function. What the callback throws is re-thrown on a
   * fresh task: the host sees it in its console, and our state machine is never cut short by it.
   */
  @JSBody(params = {"f", "arg"}, script = "if (typeof f === 'function') { try { if (arg === null) f(); else f(arg); }"
      + " catch (ps_e) { setTimeout(function () { throw ps_e; }); } }")
  public static native void call(JSObject f, JSObject arg);

  /** A string as a JS value, to hand to {@link #call(JSObject, JSObject)}. */
  @JSBody(params = "s", script = "return s;")
  public static native JSObject value(String s);

  /** A number as a JS value, to hand to {@link #call(JSObject, JSObject)}. */
  @JSBody(params = "n", script = "return n;")
  public static native JSObject value(int n);

  /**
   * Adds a {@code type} listener to {@code target} that calls {@code port(op, event)}, and returns the function that
   * removes it. The call runs inside a try/catch: nothing it does can throw into the page's event dispatch.
   */
  @JSBody(params = {"target", "type", "port", "op", "capture"}, script = "var ps_f = function (ps_e) {"
      + " try { port(op, ps_e, null); } catch (ps_x) {} }; target.addEventListener(type, ps_f, capture);"
      + " return function () { target.removeEventListener(type, ps_f, capture); };")
  public static native JSObject listen(JSObject target, String type, Port port, int op, boolean capture);

  /** Calls a function returned by {@link #listen} (or any JS function) with no argument; ignores {@code null}. */
  @JSBody(params = "f", script = "if (typeof f === 'function') { try { f(); } catch (e) {} }")
  public static native void run(JSObject f);

  /** {@code setTimeout} that calls {@code port(op)} after {@code ms}: the timer id. */
  @JSBody(params = {"port", "op", "ms"}, script = "return setTimeout(function () { try { port(op, null, null); }"
      + " catch (ps_e) {} }, ms);")
  public static native int setTimeout(Port port, int op, int ms);

  @JSBody(params = "id", script = "clearTimeout(id);")
  public static native void clearTimeout(int id);

  /**
   * Calls {@code fetcher()} and settles with {@code port(okOp, token)} when it resolves to a non-empty string.
   * Anything else — a synchronous throw, a rejection, another value — settles with {@code port(failOp, reason)}.
   */
  @JSBody(params = {"fetcher", "port", "okOp", "failOp"}, script = "var ps_p;"
      + " try { ps_p = Promise.resolve(fetcher()); } catch (ps_e) { ps_p = Promise.reject(ps_e); }"
      + " ps_p.then(function (ps_t) { if (typeof ps_t === 'string' && ps_t) { port(okOp, ps_t, null); }"
      + " else { port(failOp, 'fetchToken resolved to ' + (typeof ps_t === 'string' ? 'an empty string' : typeof ps_t)"
      + " + ', expected the token string', null); } },"
      + " function (ps_e) { port(failOp, 'fetchToken rejected: ' + (ps_e && ps_e.message ? ps_e.message : String(ps_e)),"
      + " null); });")
  public static native void fetchToken(JSObject fetcher, Port port, int okOp, int failOp);

  /**
   * Sends {@code GET {origin}/} without CORS (the answer stays opaque; nothing is read) and settles with
   * {@code port(op, "")} when any answer came, {@code port(op, null)} when the request failed: is a server there?
   */
  @JSBody(params = {"origin", "port", "op"}, script = "function ps_s(ps_v) { try { port(op, ps_v, null); } catch (ps_e) {} }"
      + " try { fetch(origin + '/', { mode: 'no-cors', cache: 'no-store', credentials: 'omit' })"
      + ".then(function () { ps_s(''); }, function () { ps_s(null); }); } catch (ps_e) { ps_s(null); }")
  public static native void probe(String origin, Port port, int op);

  /** A new empty object {@code {}}. */
  @JSBody(script = "return {};")
  public static native JSObject newObject();

  /** {@code o[key] = value}. */
  @JSBody(params = {"o", "key", "value"}, script = "o[key] = value;")
  public static native void set(JSObject o, String key, String value);

  /** {@code o[key] = value}. */
  @JSBody(params = {"o", "key", "value"}, script = "o[key] = value;")
  public static native void set(JSObject o, String key, int value);

  /** {@code String(n)}: the browser formats numbers, so the bundle carries no integer formatting of its own. */
  @JSBody(params = "n", script = "return String(n);")
  public static native String text(int n);

  /**
   * {@code a + b}, joined by the browser. In the SDK, strings are joined with these rather than Java's {@code +}, which
   * TeaVM compiles to a {@code StringBuilder} whose bounds checks bring Java's exception plumbing along (with the
   * encoder's former {@code throw}, 1 KB gzip of {@code embed.js}'s 8 KB budget; see README "Bundles and size"). A
   * {@code null} joins as {@code "null"}, as with {@code +}.
   */
  @JSBody(params = {"a", "b"}, script = "return a + b;")
  public static native String concat(String a, String b);

  /** {@code a + b + c}, joined by the browser (see {@link #concat(String, String)}). */
  @JSBody(params = {"a", "b", "c"}, script = "return a + b + c;")
  public static native String concat(String a, String b, String c);

  /** The first value of {@code name} in the URL-encoded {@code query} ({@code a=1&b=2}), or {@code null}. */
  @JSBody(params = {"query", "name"}, script = "try { return new URLSearchParams(query).get(name); }"
      + " catch (ps_e) { return null; }")
  public static native String formValue(String query, String name);

  /** {@code encodeURIComponent(s)}. */
  @JSBody(params = "s", script = "return encodeURIComponent(s);")
  public static native String encodeUriComponent(String s);

  /** The global {@code window}. */
  @JSBody(script = "return window;")
  public static native JSObject window();

  /** {@code console.warn('[PilotStatus] ' + message)}, when a console exists. */
  @JSBody(params = "message", script = "try { console.warn('[PilotStatus] ' + message); } catch (e) {}")
  public static native void logWarning(String message);

  /** {@code console.error('[PilotStatus] ' + message)}, when a console exists. */
  @JSBody(params = "message", script = "try { console.error('[PilotStatus] ' + message); } catch (e) {}")
  public static native void logError(String message);
}
