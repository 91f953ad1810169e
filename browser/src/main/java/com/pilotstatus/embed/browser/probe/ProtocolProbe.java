package com.pilotstatus.embed.browser.probe;

import com.pilotstatus.embed.browser.dom.Browser;
import com.pilotstatus.embed.browser.dom.Json;
import com.pilotstatus.embed.browser.dom.JsWireObject;
import com.pilotstatus.embed.origin.OriginCheck;
import com.pilotstatus.embed.origin.OriginPolicy;
import com.pilotstatus.embed.protocol.Decoded;
import com.pilotstatus.embed.protocol.Direction;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.Surface;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Test-only entry point ({@code target/js-test/protocol-probe.js}, never shipped): exposes the compiled decoder and
 * origin rules as {@code window.__probe}, so browser tests can replay the JVM's cases against the JavaScript and prove
 * both sides decide the same. The browser decodes objects (what {@code postMessage} delivers), the JVM the same
 * envelope written as JSON text (shared-protocol's test fixture {@code EnvelopeText#verdict} renders its verdict the
 * same way). {@link #originVerdict} runs on both sides.
 */
public final class ProtocolProbe {

  private ProtocolProbe() {
  }

  @JSFunctor
  public interface Decode extends JSObject {
    String decode(JSObject envelope, String direction, String surface);
  }

  @JSFunctor
  public interface ParseOrigin extends JSObject {
    String parse(String raw, boolean allowHttp);
  }

  @JSBody(params = {"decode", "origin"}, script = "window.__probe = { decode: decode, origin: origin };")
  static native void install(Decode decode, ParseOrigin origin);

  /** Runs once when the bundle loads (exported, not a {@code main}: TeaVM then skips its argument conversion). */
  @JSExport
  public static void start() {
    install((envelope, direction, surface) -> render(Envelope.decode(JsWireObject.of(envelope),
        direction(direction), surface(surface))), ProtocolProbe::originVerdict);
  }

  /** {@code "accepted {envelope as JSON.stringify writes it}"} or {@code "dropped REASON"}. */
  private static String render(Decoded d) {
    return d.isAccepted() ? "accepted " + Json.stringify(Browser.envelope(d.message())) : "dropped " + d.reason();
  }

  private static int direction(String receiver) {
    return "parent".equals(receiver) ? Direction.FRAME_TO_PARENT : Direction.PARENT_TO_FRAME;
  }

  private static int surface(String name) {
    return "chat".equals(name) ? Surface.CHAT : Surface.CONNECT;
  }

  /** {@code "valid {serialized origin}"} or {@code "invalid ERROR"}. */
  public static String originVerdict(String raw, boolean allowHttp) {
    OriginCheck check = OriginPolicy.of(allowHttp).parse(raw);
    return check.isValid() ? "valid " + check.origin().serialized() : "invalid " + check.error().name();
  }
}
