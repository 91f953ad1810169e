package com.pilotstatus.embed.browser.chat;

import com.pilotstatus.embed.browser.dom.Browser;
import com.pilotstatus.embed.browser.dom.WindowMessageEvent;
import com.pilotstatus.embed.origin.OriginCheck;
import com.pilotstatus.embed.origin.OriginPolicy;
import com.pilotstatus.embed.protocol.Decoded;
import com.pilotstatus.embed.protocol.Direction;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.MessageType;
import com.pilotstatus.embed.protocol.Surface;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.EventListener;

/**
 * The chat iframe's runtime (first cut): validates {@code parentOrigin}, posts {@code ready} to it after every load,
 * and accepts {@code init} only from that origin and {@code window.parent}. The token stays in this object's memory.
 */
public final class ChatRuntime {

  private final String parentOrigin;
  private String token;

  private ChatRuntime(String parentOrigin) {
    this.parentOrigin = parentOrigin;
  }

  public static void main(String[] args) {
    OriginCheck parent = OriginPolicy.allowingHttp().parse(Browser.queryParam("parentOrigin"));
    if (!parent.isValid() || !Browser.isFramed()) {
      return; // no protocol at all without a valid parent
    }
    ChatRuntime runtime = new ChatRuntime(parent.origin().serialized());
    Window.current().addEventListener("message", (EventListener<WindowMessageEvent>) runtime::onMessage);
    Browser.post(Browser.parentWindow(), Envelope.ready().toJson(), runtime.parentOrigin);
  }

  private void onMessage(WindowMessageEvent event) {
    if (!parentOrigin.equals(event.getOrigin()) || !Browser.isSame(event.getSource(), Browser.parentWindow())) {
      return;
    }
    Decoded decoded = Envelope.decode(Browser.stringify(event.getData()), Direction.PARENT_TO_FRAME, Surface.CHAT);
    if (decoded.isAccepted() && decoded.message().type() == MessageType.INIT) {
      token = decoded.message().string("token");
    }
  }

  boolean hasToken() {
    return token != null;
  }
}
