package com.pilotstatus.embed.browser.chat;

import com.pilotstatus.embed.browser.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The message the agent is replying to (issue 18), shown quoted above the reply box until it is sent or cancelled
 * (the × or Escape). It lives in the server-rendered {@code #reply-preview} of the open composer, so a thread or
 * reply area rendered again starts without one, and a closed window (templates only) has none to show.
 */
final class ReplyPreview {

  private ReplyPreview() {
  }

  /** Quotes {@code bubble} (a message of the open thread) above the reply box and puts focus in the box. */
  static void choose(JSObject bubble) {
    JSObject preview = Dom.byId("reply-preview");
    String id = Dom.attr(bubble, "data-id");
    if (preview == null || id == null) {
      return;
    }
    Dom.setAttr(preview, "data-reply-to", id);
    fill(preview, bubble);
    Dom.focus(Dom.byId("draft"));
  }

  /** The id of the message being replied to, or {@code null}. */
  static String target() {
    JSObject preview = Dom.byId("reply-preview");
    return isShown(preview) ? Dom.attr(preview, "data-reply-to") : null;
  }

  static boolean isShown() {
    return isShown(Dom.byId("reply-preview"));
  }

  /** Back to a plain reply; {@code refocus}: the agent cancelled, so focus returns to the reply box. */
  static void cancel(boolean refocus) {
    JSObject preview = Dom.byId("reply-preview");
    Dom.setAttr(preview, "data-reply-to", null);
    Dom.setAttr(preview, "hidden", "");
    if (refocus) {
      Dom.focus(Dom.byId("draft"));
    }
  }

  /** A copy of the preview's quote, for the pending bubble of the reply being sent; {@code null} without one. */
  @JSBody(script = "var ps_p = document.getElementById('reply-preview');"
      + " if (!ps_p || ps_p.hidden) return null; var ps_q = ps_p.querySelector('.quote').cloneNode(true);"
      + " ps_q.classList.remove('quote-preview'); return ps_q;")
  static native JSObject quoteCopy();

  @JSBody(params = "preview", script = "return !!preview && !preview.hidden && preview.hasAttribute('data-reply-to');")
  private static native boolean isShown(JSObject preview);

  /** The author and text of {@code bubble} in the preview's quote, coloured like a quote of that author; shown. */
  @JSBody(params = {"preview", "bubble"}, script = "var ps_q = preview.querySelector('.quote');"
      + " var ps_out = bubble.classList.contains('out'); ps_q.classList.toggle('quote-out', ps_out);"
      + " ps_q.classList.toggle('quote-in', !ps_out);"
      + " ps_q.querySelector('.quote-author').textContent = bubble.getAttribute('data-author') || '';"
      + " var ps_t = bubble.querySelector('.text'); ps_q.querySelector('.quote-text').textContent ="
      + " ps_t ? ps_t.textContent.replace(/\\s+/g, ' ').trim() : ''; preview.hidden = false;")
  private static native void fill(JSObject preview, JSObject bubble);
}
