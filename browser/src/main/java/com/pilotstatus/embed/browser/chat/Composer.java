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
 *
 * <p>Issue 18: a failed reply can also be deleted (it was never sent: it goes from this page only). While the
 * {@link Connection} is down, a reply waits in memory, shown "waiting for connection", and so does one whose request
 * got no answer (its answer may be what was lost); when the connection is back they go one at a time, in the order
 * they were written, each with its own key, so one that did reach the platform the first time is not sent twice.
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
    /** The order it was written in: queued replies go in this order. */
    final int seq;
    boolean failed;
    boolean queued;

    Outgoing(int seq, String conversationId, String text, String replyTo, JSObject quote, boolean note) {
      this.seq = seq;
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
  private int written;
  /** A queued reply is on its way: the next waits for its answer. */
  private boolean flushing;

  Composer(Session session) {
    this.session = session;
  }

  /** A new session: replies of the old one are gone with its thread. */
  void reset() {
    outgoing.clear();
    flushing = false;
  }

  /**
   * Sends the draft to {@code conversationId} (the open thread), quoting the message the reply preview shows; an
   * empty draft sends nothing.
   */
  void send(String conversationId) {
    send(conversationId, null);
  }

  /**
   * {@link #send(String)} from a log that does not reach the newest message (opened at a search hit):
   * {@code loadLatest} opens the thread at its newest page, and the reply, put back at its bottom by
   * {@link #restore}, is posted only once that page is shown. Posted first, it could be missing from both: the page
   * rendered before it was stored, and its pending bubble gone with the old log.
   */
  void send(String conversationId, LatestLoader loadLatest) {
    JSObject textarea = Dom.byId("draft");
    String text = Dom.value(textarea);
    if (conversationId == null || text.trim().isEmpty() || !session.isActive()) {
      return;
    }
    String key = Dom.randomKey();
    boolean note = isNoteMode();
    Outgoing out = note ? new Outgoing(++written, conversationId, text, null, null, true)
        : new Outgoing(++written, conversationId, text, ReplyPreview.target(), ReplyPreview.quoteCopy(), false);
    if (!note) {
      ReplyPreview.cancel(false);
    }
    out.queued = mustWait();
    outgoing.put(key, out);
    JSObject log = Dom.byId("log");
    Dom.remove(Dom.find(log, ".log-empty"));
    Dom.append(log, bubbleFor(key, out));
    Dom.scrollToEnd(log);
    Dom.setValue(textarea, "");
    QuickReplies.close();
    if (out.queued) {
      return;
    }
    if (loadLatest == null) {
      deliver(key, null);
    } else {
      loadLatest.load(() -> {
        if (outgoing.containsKey(key)) { // not when a new session dropped it
          deliver(key, null);
        }
      });
    }
  }

  /** Opens the thread at its newest page, then runs {@code then} (also when that failed: the reply still goes). */
  interface LatestLoader {
    void load(Runnable then);
  }

  /** Offline, or earlier replies still wait: a new one queues behind them, so they all go in order. */
  private boolean mustWait() {
    if (session.connection().isDown() || flushing) {
      return true;
    }
    for (Outgoing out : outgoing.values()) {
      if (out.queued) {
        return true;
      }
    }
    return false;
  }

  /** The connection is back: the queued replies go, oldest first, one at a time. */
  void flush() {
    if (flushing || session.connection().isDown() || !session.isActive()) {
      return;
    }
    String next = null;
    for (Map.Entry<String, Outgoing> entry : outgoing.entrySet()) {
      Outgoing out = entry.getValue();
      if (out.queued && (next == null || out.seq < outgoing.get(next).seq)) {
        next = entry.getKey();
      }
    }
    if (next == null) {
      return;
    }
    Outgoing out = outgoing.get(next);
    out.queued = false;
    Dom.replace(Dom.byId("p-" + next), bubbleFor(next, out));
    flushing = true;
    deliver(next, () -> {
      flushing = false;
      flush();
    });
  }

  /** The delete button of a failed reply: gone from this page (it was never sent); focus back in the reply box. */
  void discard(JSObject button) {
    JSObject bubble = Dom.closest(button, ".bubble");
    String key = Dom.attr(bubble, "data-key");
    if (key != null) {
      outgoing.remove(key);
    }
    Dom.remove(bubble);
    Dom.focus(Dom.byId("draft"));
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
    out.queued = mustWait();
    Dom.replace(bubble, bubbleFor(key, out));
    if (!out.queued) {
      deliver(key, null);
    }
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

  /**
   * POSTs a reply with its Idempotency-Key; the same key on every retry. {@code then} (or null) runs once it was
   * answered, unless the answer was lost (the reply is queued again).
   */
  private void deliver(String key, Runnable then) {
    Outgoing out = outgoing.get(key);
    int gen = session.generation();
    JSObject body = Js.newObject();
    Js.set(body, ChatPaths.REPLY_TEXT, out.text);
    if (out.replyTo != null) {
      Js.set(body, ChatPaths.REPLY_TO, out.replyTo);
    }
    String path = ChatPaths.CONVERSATIONS + "/" + SessionHttp.encode(out.conversationId)
        + (out.note ? ChatPaths.NOTES : ChatPaths.MESSAGES);
    session.request("POST", path,
        key, Json.stringify(body), (status, html, state, unread) -> {
          if (gen != session.generation()) {
            return;
          }
          JSObject pending = Dom.byId("p-" + key);
          if (status == 0) {
            out.queued = true; // no answer: sent again, with this key, when the connection is back
            Dom.replace(pending, bubbleFor(key, out));
            flushing = flushing && then == null; // the queue stops here; it goes on when the connection is back
            return;
          }
          if (then != null) {
            then.run();
          }
          if (settle(session, pending, status, html, state)) {
            outgoing.remove(key);
            return;
          }
          out.failed = true;
          Dom.replace(pending, bubbleFor(key, out));
        });
  }

  private static JSObject bubbleFor(String key, Outgoing out) {
    JSObject bubble = Dom.fromTemplate(out.failed ? "tpl-failed" : out.queued ? "tpl-queued" : "tpl-pending", out.text,
        "id", "p-" + key);
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

  /**
   * What a send's answer does to its {@code pending} bubble (a reply or an upload): sent → the server's bubble (or
   * nothing, when the live stream showed it first); session expired → the expired state. Returns true for those two;
   * otherwise the send failed and the caller marks the bubble so (after a 409 the closed reply area is shown).
   */
  static boolean settle(Session session, JSObject pending, int status, String html, String state) {
    if (status == 200 || status == 201) {
      String messageId = idOfBubble(html);
      if (messageId != null && Dom.byId("m-" + messageId) != null) {
        Dom.remove(pending); // the live stream showed it first
      } else {
        Dom.replaceHtml(pending, html);
      }
      return true;
    }
    if (ChatHeaders.STATE_EXPIRED.equals(state)) {
      session.expire(html);
      return true;
    }
    if (ChatHeaders.STATE_WINDOW_CLOSED.equals(state)) {
      Dom.replaceHtml(Dom.byId("reply-area"), html); // the 24-hour window closed: templates, and why
    }
    return false;
  }

  /** The message id of a server-rendered bubble ({@code id="m-…"}), or {@code null}. */
  private static String idOfBubble(String html) {
    int at = html.indexOf("id=\"m-");
    if (at < 0) {
      return null;
    }
    int end = html.indexOf('"', at + 6);
    return end < 0 ? null : html.substring(at + 6, end);
  }
}
