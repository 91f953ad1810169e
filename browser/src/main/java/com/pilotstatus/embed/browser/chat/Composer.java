package com.pilotstatus.embed.browser.chat;

import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.browser.dom.Json;
import com.pilotstatus.embed.protocol.ChatHeaders;
import com.pilotstatus.embed.protocol.ChatPaths;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The reply box. Requirement (issue 4): a reply is never silently lost. It shows pending at once, then sent (the
 * server's bubble) or failed-with-retry, and a retry reuses its {@code Idempotency-Key} so the platform never sends it
 * twice. A reply refused by an instance that is shutting down (503 + Retry-After) is sent again by itself, with the
 * same key, before anything is shown ({@link SessionHttp#fetch}). Replies not yet confirmed survive a re-render of
 * their thread ({@link #restore}). In note mode (the composer's toggle) the draft goes out as an internal note
 * (issue 18): shown as a note at once, never sent to the contact.
 */
final class Composer {

  /** A reply not yet confirmed by the platform. */
  private static final class Outgoing {
    final String conversationId;
    final String text;
    /** The message it quotes ({@code null}: none), and that quote as the preview showed it. */
    final String replyTo;
    final JSObject quote;
    /** An internal note, not a reply. */
    final boolean note;
    boolean failed;

    Outgoing(String conversationId, String text, String replyTo, JSObject quote, boolean note) {
      this.conversationId = conversationId;
      this.text = text;
      this.replyTo = replyTo;
      this.quote = quote;
      this.note = note;
    }
  }

  private final Session session;
  /** By Idempotency-Key. */
  private final Map<String, Outgoing> outgoing = new HashMap<>();

  Composer(Session session) {
    this.session = session;
  }

  /** A new session: replies of the old one are gone with its thread. */
  void reset() {
    outgoing.clear();
  }

  /**
   * Sends the draft to {@code conversationId} (the open thread), quoting the message the reply preview shows; an
   * empty draft sends nothing.
   */
  void send(String conversationId) {
    JSObject textarea = Dom.byId("draft");
    String text = Dom.value(textarea);
    if (conversationId == null || text.trim().isEmpty() || !session.isActive()) {
      return;
    }
    String key = Dom.randomKey();
    boolean note = isNoteMode();
    Outgoing out = note ? new Outgoing(conversationId, text, null, null, true)
        : new Outgoing(conversationId, text, ReplyPreview.target(), ReplyPreview.quoteCopy(), false);
    if (!note) {
      ReplyPreview.cancel(false);
    }
    outgoing.put(key, out);
    JSObject log = Dom.byId("log");
    Dom.remove(Dom.find(log, ".log-empty"));
    Dom.append(log, bubbleFor(key, out));
    Dom.scrollToEnd(log);
    Dom.setValue(textarea, "");
    QuickReplies.close();
    deliver(key);
  }

  /** The retry button of a failed reply: the same key again. */
  void retry(JSObject button) {
    JSObject bubble = Dom.byId("p-" + Dom.attr(button, "data-key"));
    String key = Dom.attr(bubble, "data-key");
    Outgoing out = key == null ? null : outgoing.get(key);
    if (out == null || !session.isActive()) {
      return;
    }
    out.failed = false;
    Dom.replace(bubble, bubbleFor(key, out));
    deliver(key);
  }

  /** After a re-render of the thread (locale switch, reset), puts back the replies still in flight or failed. */
  void restore(String conversationId) {
    JSObject log = Dom.byId("log");
    for (Map.Entry<String, Outgoing> entry : outgoing.entrySet()) {
      if (entry.getValue().conversationId.equals(conversationId) && Dom.byId("p-" + entry.getKey()) == null) {
        Dom.remove(Dom.find(log, ".log-empty"));
        Dom.append(log, bubbleFor(entry.getKey(), entry.getValue()));
      }
    }
  }

  /** POSTs a reply with its Idempotency-Key; the same key on every retry. */
  private void deliver(String key) {
    Outgoing out = outgoing.get(key);
    int gen = session.generation();
    JSObject body = Js.newObject();
    Js.set(body, ChatPaths.REPLY_TEXT, out.text);
    if (out.replyTo != null) {
      Js.set(body, ChatPaths.REPLY_TO, out.replyTo);
    }
    String path = ChatPaths.CONVERSATIONS + "/" + SessionHttp.encode(out.conversationId)
        + (out.note ? ChatPaths.NOTES : ChatPaths.MESSAGES);
    session.request("POST", path, key, Json.stringify(body), (status, html, state, unread) -> {
      if (gen != session.generation()) {
        return;
      }
      JSObject pending = Dom.byId("p-" + key);
      if (status == 200 || status == 201) {
        outgoing.remove(key);
        String messageId = idOfBubble(html);
        if (messageId != null && Dom.byId("m-" + messageId) != null) {
          Dom.remove(pending); // the live stream showed it first
        } else {
          Dom.replaceHtml(pending, html);
        }
        return;
      }
      if (ChatHeaders.STATE_EXPIRED.equals(state)) {
        session.expire(html);
        return;
      }
      if (ChatHeaders.STATE_WINDOW_CLOSED.equals(state)) {
        Dom.replaceHtml(Dom.byId("reply-area"), html); // the 24-hour window closed: templates, and why
      }
      out.failed = true;
      Dom.replace(pending, bubbleFor(key, out));
    });
  }

  private static JSObject bubbleFor(String key, Outgoing out) {
    JSObject bubble = Dom.fromTemplate(out.failed ? "tpl-failed" : "tpl-pending", out.text, "id", "p-" + key);
    Dom.setAttr(bubble, "data-key", key);
    Dom.setAttr(Dom.find(bubble, ".retry"), "data-key", key);
    prependCopy(bubble, out.quote);
    if (out.note) {
      Dom.setAttr(bubble, "class", "bubble note" + (out.failed ? " failed" : ""));
    }
    return bubble;
  }

  /**
   * The composer's note toggle: the draft becomes an internal note (yellow box, its own placeholder and a visible
   * "never sent to the contact" line) or a reply again; focus back in the box.
   */
  static void toggleNoteMode(JSObject toggle) {
    boolean note = !"true".equals(Dom.attr(toggle, "aria-pressed"));
    JSObject textarea = Dom.byId("draft");
    Dom.setAttr(toggle, "aria-pressed", note ? "true" : "false");
    Dom.setAttr(Dom.closest(toggle, ".composer"), "class", note ? "composer note-mode" : "composer");
    Dom.setAttr(textarea, "placeholder", Dom.attr(textarea, note ? "data-placeholder-note" : "data-placeholder-reply"));
    Dom.setAttr(Dom.byId("note-hint"), "hidden", note ? null : "");
    if (note) {
      ReplyPreview.cancel(false); // a note quotes nothing
    }
    Dom.focus(textarea);
  }

  private static boolean isNoteMode() {
    return Dom.query(".composer.note-mode") != null;
  }

  /** A copy of {@code quote} (or nothing) at the top of {@code bubble}, as the sent bubble will show it. */
  @JSBody(params = {"bubble", "quote"},
      script = "if (bubble && quote) bubble.insertBefore(quote.cloneNode(true), bubble.firstChild);")
  private static native void prependCopy(JSObject bubble, JSObject quote);

  private static String idOfBubble(String html) {
    int at = html.indexOf("id=\"m-");
    if (at < 0) {
      return null;
    }
    int end = html.indexOf('"', at + 6);
    return end < 0 ? null : html.substring(at + 6, end);
  }
}
