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
    return isPlainObject(value) ? new JsWireObject(value) : null;
  }

  @Override
  public int kind(String name) {
    return kind(object, name);
  }

  @Override
  public String string(String name) {
    return string(object, name);
  }

  @Override
  public int integer(String name) {
    return integer(object, name);
  }

  @Override
  public WireObject object(String name) {
    return of(member(object, name));
  }

  private static final String PLAIN = "var ps_p = ps_v !== null && typeof ps_v === 'object' && Object.getPrototypeOf(ps_v);"
      + " return ps_p === Object.prototype || ps_p === null;";

  @JSBody(params = "ps_v", script = "try { " + PLAIN + " } catch (ps_e) { return false; }")
  private static native boolean isPlainObject(JSObject value);

  @JSBody(params = {"o", "k"}, script = "try { return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : null; }"
      + " catch (ps_e) { return null; }")
  private static native JSObject member(JSObject object, String name);

  // Same order of questions as JsonWireObject: absent, string, integer, plain object, other.
  @JSBody(params = {"o", "k"}, script = "try { if (!Object.prototype.hasOwnProperty.call(o, k)) return 0;"
      + " var ps_v = o[k]; if (ps_v === null || ps_v === undefined) return 0;"
      + " if (typeof ps_v === 'string') return 1; if (typeof ps_v === 'number') return Number.isInteger(ps_v) ? 2 : 4;"
      + " var ps_p = typeof ps_v === 'object' && Object.getPrototypeOf(ps_v);"
      + " return ps_p === Object.prototype || ps_p === null ? 3 : 4; } catch (ps_e) { return 4; }")
  private static native int kind(JSObject object, String name);

  @JSBody(params = {"o", "k"}, script = "try { var ps_v = Object.prototype.hasOwnProperty.call(o, k) ? o[k] : null;"
      + " return typeof ps_v === 'string' ? ps_v : null; } catch (ps_e) { return null; }")
  private static native String string(JSObject object, String name);

  @JSBody(params = {"o", "k"}, script = "try { var ps_v = Object.prototype.hasOwnProperty.call(o, k) ? o[k] : 0;"
      + " return typeof ps_v !== 'number' || !Number.isInteger(ps_v) ? 0"
      + " : ps_v > 2147483647 ? 2147483647 : ps_v < -2147483648 ? -2147483648 : ps_v | 0; } catch (ps_e) { return 0; }")
  private static native int integer(JSObject object, String name);
}
