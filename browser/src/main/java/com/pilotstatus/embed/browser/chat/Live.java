package com.pilotstatus.embed.browser.chat;

import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Json;
import com.pilotstatus.embed.protocol.LiveEvents;
import org.teavm.jso.JSObject;

/**
 * The live stream of the session ({@code GET /live}, server-sent events read with {@code fetch}). Requirements:
 * <ol>
 *   <li>One stream at a time; callbacks of an older stream are recognised by number and ignored.</li>
 *   <li>A stream that ends comes back with jittered exponential backoff (0.5 s doubling to 8 s), never sooner than
 *       the server's {@code Retry-After} (429/503 at its limits): a thousand inboxes that lost one instance do not
 *       all come back in the same millisecond.</li>
 *   <li>It resumes with {@code Last-Event-ID}; a {@code reset} (the server cannot replay the gap) reloads the inbox.</li>
 * </ol>
 */
final class Live {

  /** Receives the stream's events (other than {@code open}), their data parsed. */
  interface Handler {
    void onEvent(String name, JSObject data);
  }

  private static final int MAX_RECONNECT_MS = 8000;

  private final Session session;
  private final Handler handler;
  private JSObject stream;
  private int streamSeq;
  private String lastEventId;
  private int reconnectDelay = 500;
  private int reconnectTimer = -1;

  Live(Session session, Handler handler) {
    this.session = session;
    this.handler = handler;
  }

  /** A new session: the next stream starts from now. */
  void reset() {
    lastEventId = null;
  }

  /** Stops the stream and its reconnect timer; events still in flight are ignored. */
  void stop() {
    if (stream != null) {
      SessionHttp.abort(stream);
      stream = null;
    }
    Session.clear(reconnectTimer);
    reconnectTimer = -1;
    streamSeq++;
  }

  /** Replaces the stream with a new one (the session was checked, the locale changed, or it ended). */
  void restart() {
    stop();
    if (!session.isActive()) {
      return;
    }
    int seq = streamSeq;
    stream = session.stream(lastEventId,
        (name, id, data) -> {
          if (seq == streamSeq && session.isActive()) {
            onEvent(name, id, data);
          }
        },
        (status, retryAfter) -> {
          if (seq != streamSeq || !session.isActive()) {
            return;
          }
          stream = null;
          if (status == 0) {
            session.connection().lost(); // no answer at all: the network, or chat-app, is gone
          }
          if (!session.isUsable()) {
            return;
          }
          int delay = reconnectDelay / 2 + Dom.random(reconnectDelay / 2 + 1);
          if (retryAfter > 0) {
            delay = Math.max(delay, retryAfter * 1000 + Dom.random(1000));
          }
          reconnectTimer = Dom.setTimeout(this::restart, delay);
          reconnectDelay = Math.min(MAX_RECONNECT_MS, reconnectDelay * 2);
        });
  }

  private void onEvent(String name, String id, String data) {
    JSObject event = Json.parseObject(data);
    if (event == null) {
      return;
    }
    if (LiveEvents.OPEN.equals(name)) {
      reconnectDelay = 500;
      session.connection().back();
    } else if (LiveEvents.RESET.equals(name)) {
      lastEventId = null;
      handler.onEvent(name, event);
      return;
    } else {
      handler.onEvent(name, event);
    }
    if (id != null && !id.isEmpty()) {
      lastEventId = id;
    }
  }
}
