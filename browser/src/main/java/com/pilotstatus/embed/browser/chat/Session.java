package com.pilotstatus.embed.browser.chat;

import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.browser.dom.Json;
import com.pilotstatus.embed.protocol.ChatHeaders;
import com.pilotstatus.embed.protocol.ChatPaths;
import com.pilotstatus.embed.protocol.EmbedErrorCode;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.ProtocolVersion;
import org.teavm.jso.JSObject;

/**
 * The chat session: the token and what keeps it alive. Requirements (DESIGN.md "Tokens", issue 4):
 * <ol>
 *   <li>The token lives in this object only: never in a URL, cookie, storage or log. It travels in
 *       {@code Authorization} to chat-app, same-origin ({@link SessionHttp}).</li>
 *   <li>Every {@code init} starts a new session; answers to an older one are recognised by {@link #generation} and
 *       ignored.</li>
 *   <li>Sliding refresh before expiry; a token whose lifetime already passed (a laptop that slept) is not refreshed:
 *       the iframe shows its expired state, posts {@code session-expired} and stops all requests.</li>
 *   <li>A failed answer shows the state the server rendered where it belongs and, for an error state, tells the host
 *       its code ({@code error{code,message}}); 401/403 end the session.</li>
 * </ol>
 */
final class Session {

  private final ParentChannel parent;
  private final String zone = Dom.timeZone();
  private final Connection connection = new Connection();
  /** Called when the session stops (expired, refused, replaced): everything that runs for it stops too. */
  private final Runnable onStop;

  private String token;
  private int generation;
  private boolean active;
  private int deadline;
  private int refreshTimer = -1;
  private int expiryTimer = -1;
  String locale;

  Session(ParentChannel parent, String locale, Runnable onStop) {
    this.parent = parent;
    this.locale = locale;
    this.onStop = onStop;
  }

  /**
   * Starts a session with {@code newToken}: checks it ({@code POST /session}) and, once it holds, schedules its
   * refresh and calls {@code onChecked}. The caller sends the first inbox request at the same time: both verify the
   * token, so that is one round trip, not two. Returns the new generation.
   */
  int start(String newToken, boolean[] failed, Runnable onChecked) {
    stop();
    generation++;
    token = newToken;
    active = true;
    // Its lifetime is unknown until the check answers; the inbox is usable meanwhile (chat-boot.js painted it before
    // the runtime ran, and the agent may already have clicked): chat-app refuses an expired token by itself.
    deadline = Integer.MAX_VALUE;
    int gen = generation;
    request("POST", ChatPaths.SESSION, null, null, (status, body, state, unread) -> {
      if (gen != generation) {
        return;
      }
      if (status != 200) {
        failFirst(failed, status, body, state);
        return;
      }
      schedule(Json.parseObject(body));
      onChecked.run();
    });
    return gen;
  }

  /** Stops every timer of the current session and what runs for it; its callbacks are ignored from now on. */
  void stop() {
    active = false;
    generation++;
    clear(refreshTimer);
    clear(expiryTimer);
    refreshTimer = expiryTimer = -1;
    onStop.run();
  }

  /** The token of the last session, to start it again ({@code reload}); {@code null} once it ended. */
  String token() {
    return token;
  }

  int generation() {
    return generation;
  }

  boolean isActive() {
    return active;
  }

  /** True while the session is active and its lifetime has not passed (expires it when it has). */
  boolean isUsable() {
    return active && !checkExpiry();
  }

  /** Sends a request of this session; nothing once the token is gone. */
  void request(String method, String url, String idempotencyKey, String body, SessionHttp.FetchListener listener) {
    if (token != null) {
      SessionHttp.fetch(method, url, token, parent.origin(), locale, zone, idempotencyKey, body,
          (status, text, state, unread) -> {
            connection.observe(status);
            listener.onDone(status, text, state, unread);
          });
    }
  }

  /** Whether chat-app answers (every request of this session tells it). */
  Connection connection() {
    return connection;
  }

  /** Uploads {@code file} with this session's headers (see {@link SessionHttp#upload}); nothing once the token is gone. */
  void upload(String url, String idempotencyKey, JSObject file, String caption, SessionHttp.ProgressListener progress,
              SessionHttp.FetchListener done) {
    if (token != null) {
      SessionHttp.upload(url, token, parent.origin(), locale, zone, idempotencyKey, file, caption, progress, done);
    }
  }

  /** Opens the live stream of this session (see {@link Live}). */
  JSObject stream(String lastEventId, SessionHttp.LiveListener onEvent, SessionHttp.EndListener onEnd) {
    return SessionHttp.stream(ChatPaths.LIVE, token, parent.origin(), locale, zone, lastEventId, onEvent, onEnd);
  }

  /** A failure of the first inbox or the session check: whichever fails first shows its state, the other is quiet. */
  void failFirst(boolean[] failed, int status, String body, String state) {
    if (!failed[0]) {
      failed[0] = true;
      fail(status, body, state, Dom.byId("app"));
    }
  }

  private void schedule(JSObject timing) {
    int expiresIn = Js.integer(timing, "expiresInMs", 0);
    int refreshIn = Js.integer(timing, "refreshInMs", expiresIn);
    deadline = Dom.now() + expiresIn;
    clear(refreshTimer);
    clear(expiryTimer);
    refreshTimer = Dom.setTimeout(this::refresh, Math.max(1000, refreshIn));
    expiryTimer = Dom.setTimeout(this::checkExpiry, expiresIn + 250);
  }

  private void refresh() {
    if (!active || checkExpiry()) {
      return;
    }
    int gen = generation;
    request("POST", ChatPaths.SESSION_REFRESH, null, null, (status, body, state, unread) -> {
      if (gen != generation) {
        return;
      }
      if (status == 201) {
        JSObject answer = Json.parseObject(body);
        String fresh = Js.string(answer, "token");
        if (fresh != null) {
          token = fresh;
          schedule(answer);
          return;
        }
      }
      if (status == 0 || status >= 500) {
        refreshTimer = Dom.setTimeout(this::refresh, 5000); // the network blinked; the expiry timer still guards
        return;
      }
      expire(body); // a refused refresh ends the session
    });
  }

  /** Expires the session when its lifetime has passed; true when it did (or it is not active). */
  private boolean checkExpiry() {
    if (active && Dom.now() >= deadline) {
      expire(null);
      return true;
    }
    return !active;
  }

  /** Ends the session: shows the expired state ({@code stateHtml}, or the page's template) and tells the host. */
  void expire(String stateHtml) {
    stop();
    token = null;
    JSObject app = Dom.byId("app");
    if (stateHtml != null && !stateHtml.isEmpty()) {
      Dom.setHtml(app, stateHtml);
    } else {
      Dom.setHtml(app, "");
      Dom.append(app, Dom.fromTemplate("tpl-expired", "", "data-state", "expired"));
    }
    parent.post(Envelope.sessionExpired());
  }

  /** Shows a failed response's state where it belongs, and tells the host. */
  void fail(int status, String body, String state, JSObject where) {
    if (ChatHeaders.STATE_EXPIRED.equals(state)) {
      expire(body);
      return;
    }
    if (status == 0) {
      showError(where, "tpl-offline", EmbedErrorCode.NETWORK, "The chat service could not be reached.");
      return;
    }
    boolean fatal = status == 401 || status == 403;
    JSObject target = fatal ? Dom.byId("app") : where;
    Dom.setHtml(target, body);
    JSObject shown = Dom.find(target, "[data-state]");
    String code = Dom.attr(shown, "data-error-code");
    if (ChatHeaders.STATE_ERROR.equals(state) && code != null && !code.isEmpty()) {
      parent.post(Envelope.error(code, Dom.attr(shown, "data-error-message")));
    }
    if (fatal) {
      stop();
      token = null;
    }
  }

  /**
   * An {@code init} from an SDK of another major protocol version ({@code version}): no session, the page says so,
   * and the host hears {@code PROTOCOL_MISMATCH} with the upgrade hint.
   */
  void refuseProtocol(String version) {
    stop();
    token = null;
    showError(Dom.byId("app"), "tpl-protocol", EmbedErrorCode.PROTOCOL_MISMATCH, "embed.js speaks protocol " + version
        + ", this chat " + ProtocolVersion.CURRENT + ": load the embed.js this server's CDN serves");
  }

  /** Shows the page's error state {@code template} in {@code where} and tells the host its code. */
  private void showError(JSObject where, String template, String code, String message) {
    Dom.setHtml(where, "");
    Dom.append(where, Dom.fromTemplate(template, "", "data-state", "error"));
    parent.post(Envelope.error(code, message));
  }

  static void clear(int timer) {
    if (timer >= 0) {
      Dom.clearTimeout(timer);
    }
  }
}
