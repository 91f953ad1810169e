package com.pilotstatus.embed.browser.sdk;

import com.pilotstatus.embed.browser.dom.Browser;
import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.browser.dom.JsWireObject;
import com.pilotstatus.embed.browser.dom.WindowMessageEvent;
import com.pilotstatus.embed.protocol.Decoded;
import com.pilotstatus.embed.protocol.Direction;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.Message;
import com.pilotstatus.embed.protocol.MessageType;
import com.pilotstatus.embed.protocol.Surface;
import org.teavm.jso.JSObject;

/**
 * What every embed on the host page is: one iframe of a surface, listening for that iframe's messages.
 *
 * <p>Requirements (DESIGN.md "Contracts", issue 6):
 * <ol>
 *   <li>A message counts only if its {@code event.origin} is the surface's origin, its {@code event.source} is this
 *       iframe's window and its envelope decodes as a frame→parent message of this surface. Everything else is dropped
 *       silently, and nothing that arrives can throw into the host page.</li>
 *   <li>{@code resize} sets the iframe's height; every other message goes to the surface ({@link #receive}).</li>
 *   <li>{@code destroy()} removes the iframe and the listener (and whatever the surface added); anything that
 *       arrives or settles later is ignored.</li>
 * </ol>
 * JavaScript reaches an embed through its one {@link Js.Port}: {@code port(op, a, b)}, dispatched by {@link #dispatch}.
 */
abstract class FrameEmbed {

  // What JavaScript asks of every embed through its port; surfaces number their own ops from FIRST_SURFACE_OP.
  static final int ON_MESSAGE = 0;
  static final int DESTROY = 1;
  static final int FIRST_SURFACE_OP = 2;

  final Js.Port port = this::dispatch;
  final String origin;
  final JSObject options;
  final JSObject frame;
  private final int surface;
  private JSObject unlisten;
  boolean destroyed;

  FrameEmbed(int surface, String origin, JSObject options, String src, String sandbox, String title) {
    this.surface = surface;
    this.origin = origin;
    this.options = options;
    String custom = clip(Js.string(options, "title"), 200);
    this.frame = Dom.createFrame(src, sandbox, custom == null ? title : custom);
  }

  /** Starts listening for the iframe's messages. */
  final void listen() {
    unlisten = Js.listen(Js.window(), "message", port, ON_MESSAGE, false);
  }

  /** Handles {@code port(op, a, b)}. Surfaces handle their own ops and pass the rest here. */
  JSObject dispatch(int op, JSObject a, JSObject b) {
    if (op == ON_MESSAGE) {
      onMessage(a);
    } else if (op == DESTROY) {
      destroy();
    }
    return null;
  }

  private void onMessage(JSObject raw) {
    if (destroyed) {
      return;
    }
    WindowMessageEvent event = raw.cast();
    JSObject frameWindow = Dom.contentWindow(frame);
    if (frameWindow == null || !origin.equals(event.getOrigin()) || !Browser.isSame(event.getSource(), frameWindow)) {
      return;
    }
    Decoded decoded = Envelope.decode(JsWireObject.of(event.getData()), Direction.FRAME_TO_PARENT, surface);
    if (!decoded.isAccepted()) {
      return;
    }
    Message message = decoded.message();
    if (message.type() == MessageType.RESIZE) {
      Dom.setHeight(frame, message.integer("height", 0));
    } else {
      receive(message);
    }
  }

  /** A decoded message of this surface (other than {@code resize}) from this embed's iframe. */
  abstract void receive(Message message);

  /** Removes the iframe and the listener, once. */
  void destroy() {
    if (destroyed) {
      return;
    }
    destroyed = true;
    Js.run(unlisten);
    Dom.remove(frame);
  }

  /** Calls the host's callback {@code options[name]}, if it is a function. */
  final void callback(String name, JSObject arg) {
    Js.call(Js.function(options, name), arg);
  }

  final void report(String code, String message) {
    SdkErrors.report(options, code, message);
  }

  /** Why {@code target} gave no element to mount into, for the error message. */
  static String noElement(JSObject target) {
    String selector = Js.asString(target);
    return selector == null ? "the target is neither a CSS selector nor an element"
        : Js.concat("no element matches the selector '", selector, "' (or it is not valid CSS)");
  }

  /** {@code value} when it is 1..max characters long, else {@code null}. */
  static String clip(String value, int max) {
    return value == null || value.isEmpty() || value.length() > max ? null : value;
  }
}
