package com.pilotstatus.embed.browser.dom;

import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.Message;
import com.pilotstatus.embed.protocol.PayloadWriter;
import com.pilotstatus.embed.protocol.ProtocolVersion;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The few browser calls the SDK and runtimes share, each one guarded so that nothing a hostile page does can make it
 * throw into the caller.
 */
public final class Browser {

  private Browser() {
  }

  /**
   * Posts {@code message} to {@code target} as the envelope object {@code {source, v, type, payload}} (the envelope is
   * an object on the wire, seed 000). {@code targetOrigin} is always a concrete origin, never {@code "*"}. A
   * {@code null} message (what the encoder returns for values that break the type's rules) sends nothing. Never
   * throws.
   */
  public static void post(JSObject target, Message message, String targetOrigin) {
    if (message != null) {
      post(target, envelope(message), targetOrigin);
    }
  }

  /** The envelope object {@code {source, v, type, payload}} of {@code message}, as it is posted. */
  public static JSObject envelope(Message message) {
    JsPayload payload = new JsPayload();
    message.writePayload(payload);
    return envelope(Envelope.SOURCE, Envelope.VERSION, message.type().wireName(), payload.object);
  }

  @JSBody(params = {"source", "v", "type", "payload"},
      script = "return { source: source, v: v, type: type, payload: payload };")
  private static native JSObject envelope(String source, int v, String type, JSObject payload);

  @JSBody(params = {"target", "envelope", "targetOrigin"},
      script = "try { if (target && targetOrigin && targetOrigin !== '*') target.postMessage(envelope, targetOrigin); }"
          + " catch (e) {}")
  private static native void post(JSObject target, JSObject envelope, String targetOrigin);

  /** Builds the payload object of a message being posted. */
  private static final class JsPayload implements PayloadWriter {
    final JSObject object = Js.newObject();

    @Override
    public void string(String name, String value) {
      Js.set(object, name, value);
    }

    @Override
    public void integer(String name, int value) {
      Js.set(object, name, value);
    }
  }

  /**
   * True when a peer announcing protocol {@code version} ({@code ready}'s or {@code init}'s {@code protocol} field)
   * speaks our major version: minor versions only add, and a peer that announces none predates versions (1.0). In JS:
   * Java's parsing would bring String's bounds checks into embed.js (README "Bundles and size").
   */
  @JSBody(params = "version", script = "return version === null || parseInt(version, 10) === "
      + ProtocolVersion.MAJOR + ";")
  public static native boolean speaksOurProtocol(String version);

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
