package com.pilotstatus.embed.browser.dom;

import com.pilotstatus.embed.protocol.WireObject;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * A {@link WireObject} over what {@code postMessage} delivered: the structured clone of the sender's object. The
 * decoder reads the envelope straight from it (no JSON text on the way, so no JSON parser in the bundles).
 *
 * <p>Only a plain object counts as an object (its prototype is {@code Object.prototype} or {@code null}): arrays,
 * Dates, Maps, … are "other". Only own members are read, so nothing comes from a prototype. Every lookup is guarded
 * and answers neutrally instead of throwing.
 */
public final class JsWireObject implements WireObject {

  private final JSObject object;

  private JsWireObject(JSObject object) {
    this.object = object;
  }

  /** The object, or {@code null} when {@code value} is not a plain object. */
  public static WireObject of(JSObject value) {
    return kindOf(value) == OBJECT ? new JsWireObject(value) : null;
  }

  @Override
  public int kind(String name) {
    return kindOf(member(object, name));
  }

  @Override
  public String string(String name) {
    return Js.asString(member(object, name));
  }

  @Override
  public int integer(String name) {
    JSObject value = member(object, name);
    return kindOf(value) == INTEGER ? clamped(value) : 0;
  }

  @Override
  public WireObject object(String name) {
    return of(member(object, name));
  }

  /** The own member {@code o[k]}, or {@code null}. */
  @JSBody(params = {"o", "k"}, script = "try { return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : null; }"
      + " catch (ps_e) { return null; }")
  private static native JSObject member(JSObject object, String name);

  /** The {@link WireObject} kind of a value: absent, string, integer, plain object or other. */
  @JSBody(params = "v", script = "try { if (v === null || v === undefined) return 0; if (typeof v === 'string') return 1;"
      + " if (typeof v === 'number') return Number.isInteger(v) ? 2 : 4;"
      + " var ps_p = typeof v === 'object' && Object.getPrototypeOf(v);"
      + " return ps_p === Object.prototype || ps_p === null ? 3 : 4; } catch (ps_e) { return 4; }")
  private static native int kindOf(JSObject value);

  /** An integer value clamped to the int range. */
  @JSBody(params = "v", script = "return v > 2147483647 ? 2147483647 : v < -2147483648 ? -2147483648 : v | 0;")
  private static native int clamped(JSObject value);
}
