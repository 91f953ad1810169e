package com.pilotstatus.embed.browser.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** The DOM work of the SDK: finding the mount element and building, sizing and removing iframes. */
public final class Dom {

  private Dom() {
  }

  /**
   * The element to mount into: a CSS selector (the first match) or an element. {@code null} when the selector
   * matches nothing or is not valid CSS, or when {@code target} is neither a string nor an element.
   */
  @JSBody(params = "target", script = "try { if (typeof target === 'string') return document.querySelector(target);"
      + " return target && target.nodeType === 1 && typeof target.appendChild === 'function' ? target : null; }"
      + " catch (e) { return null; }")
  public static native JSObject findElement(JSObject target);

  /**
   * A new iframe: {@code src}, {@code sandbox} and {@code title} as given, full width, no border (styled through the
   * CSSOM, which a host's strict style-src CSP allows). It is not in the document yet.
   */
  @JSBody(params = {"src", "sandbox", "title"}, script = "var ps_f = document.createElement('iframe');"
      + " ps_f.setAttribute('sandbox', sandbox); ps_f.setAttribute('title', title);"
      + " ps_f.style.cssText = 'width:100%;border:0;display:block';"
      + " ps_f.setAttribute('src', src); return ps_f;")
  public static native JSObject createFrame(String src, String sandbox, String title);

  /** {@code parent.appendChild(child)}. */
  @JSBody(params = {"parent", "child"}, script = "parent.appendChild(child);")
  public static native void append(JSObject parent, JSObject child);

  /** Removes {@code node} from the document when it is in one. */
  @JSBody(params = "node", script = "try { if (node && node.parentNode) node.parentNode.removeChild(node); } catch (e) {}")
  public static native void remove(JSObject node);

  /** The iframe's window, or {@code null} once it left the document. */
  @JSBody(params = "frame", script = "try { return frame.contentWindow; } catch (e) { return null; }")
  public static native JSObject contentWindow(JSObject frame);

  /** Sets the iframe's CSS height in pixels. */
  @JSBody(params = {"frame", "px"}, script = "frame.style.height = px + 'px';")
  public static native void setHeight(JSObject frame, int px);
}
