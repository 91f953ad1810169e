package com.pilotstatus.embed.browser.probe;

import com.pilotstatus.embed.protocol.Decoded;
import com.pilotstatus.embed.protocol.Direction;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.Surface;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

public final class ProtocolProbe {
  @JSFunctor
  public interface Decode extends JSObject {
    String decode(String json, String direction, String surface);
  }

  @JSBody(params = "fn", script = "window.__probe = { decode: fn };")
  static native void install(Decode fn);

  public static void main(String[] args) {
    install((json, direction, surface) -> {
      Decoded d = Envelope.decode(json, "parent".equals(direction) ? Direction.FRAME_TO_PARENT : Direction.PARENT_TO_FRAME,
          "chat".equals(surface) ? Surface.CHAT : Surface.CONNECT);
      return d.isAccepted() ? "accepted " + d.message().toJson() : "dropped " + d.reason().name();
    });
  }
}
