package com.pilotstatus.embed.browser.dom;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.MessageEvent;

/** A {@code message} event with the two fields jso-apis' {@link MessageEvent} lacks and every receiver must check. */
public interface WindowMessageEvent extends MessageEvent {

  /** The sender's origin as the browser states it (cannot be forged by the sender). */
  @JSProperty
  String getOrigin();

  /** The sender's window, to compare with the window we expect messages from. */
  @JSProperty
  JSObject getSource();
}
