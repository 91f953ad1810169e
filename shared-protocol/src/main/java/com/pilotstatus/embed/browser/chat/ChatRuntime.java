package com.pilotstatus.embed.browser.chat;

import com.pilotstatus.embed.browser.dom.Browser;
import com.pilotstatus.embed.browser.dom.JsWireObject;
import com.pilotstatus.embed.browser.dom.WindowMessageEvent;
import com.pilotstatus.embed.i18n.EmbedLocale;
import com.pilotstatus.embed.json.JsonParser;
import com.pilotstatus.embed.json.JsonValue;
import com.pilotstatus.embed.origin.OriginCheck;
import com.pilotstatus.embed.origin.OriginPolicy;
import com.pilotstatus.embed.protocol.Decoded;
import com.pilotstatus.embed.protocol.Direction;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.Message;
import com.pilotstatus.embed.protocol.MessageType;
import com.pilotstatus.embed.protocol.Surface;
import com.pilotstatus.embed.theme.Theme;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.EventListener;

/**
 * The chat iframe's runtime (compiled by TeaVM into {@code chat-runtime.js}, served by chat-app same-origin).
 *
 * <p>Requirements (DESIGN.md "Contracts", issue 4):
 * <ol>
 *   <li>No protocol without a valid {@code parentOrigin} and a parent window. {@code ready} goes to that origin
 *       only, after every load.</li>
 *   <li>{@code init}, {@code set-theme}, {@code set-locale} are accepted only from {@code parentOrigin} and
 *       {@code window.parent}; a later {@code init} starts a fresh session in the same page (the SDK re-inits after
 *       {@code session-expired}).</li>
 *   <li>The token lives in this object only: never in a URL, cookie, storage or log. It travels in
 *       {@code Authorization} to chat-app, same-origin.</li>
 *   <li>The server renders all markup; this runtime fetches fragments and swaps them in, and reports to the host:
 *       {@code resize}, {@code chat:unread-count}, {@code chat:conversation-opened}, {@code session-expired} and
 *       {@code error{code,message}} whenever it shows an error state.</li>
 *   <li>A reply is never silently lost: it shows pending, then sent or failed-with-retry, and a retry reuses its
 *       Idempotency-Key so the platform never sends it twice. A request refused by an instance that is shutting down
 *       (503 + Retry-After) is sent again by itself, with the same key, before anything is shown
 *       ({@link Dom#fetch}).</li>
 *   <li>Sliding refresh before expiry; a token whose lifetime already passed (a laptop that slept) is not refreshed:
 *       the iframe shows its expired state, posts {@code session-expired} and stops all requests.</li>
 * </ol>
 */
public final class ChatRuntime {

  private static final int MAX_RECONNECT_MS = 8000;

  private final String parentOrigin;
  private final JSObject parent;
  private final String zone = Dom.timeZone();

  // session (replaced by every init)
  private String token;
  private int generation;
  private boolean active;
  private int deadline;
  private int refreshTimer = -1;
  private int expiryTimer = -1;

  // presentation
  private String locale = EmbedLocale.EN.code();
  private String theme = Theme.LIGHT.code();
  private String openConversation;
  private String query = "";
  private String numberFilter = "";
  private int searchTimer = -1;
  private int readTimer = -1;
  private int lastUnread = -1;
  private int lastHeight = -1;
  private boolean inboxShown;

  // live
  private JSObject stream;
  private int streamSeq;
  private String lastEventId;
  private int reconnectDelay = 500;
  private int reconnectTimer = -1;

  // replies not yet confirmed by the platform, by Idempotency-Key
  private final Map<String, Outgoing> outgoing = new HashMap<>();

  private static final class Outgoing {
    final String conversationId;
    final String text;
    boolean failed;

    Outgoing(String conversationId, String text) {
      this.conversationId = conversationId;
      this.text = text;
    }
  }

  private ChatRuntime(String parentOrigin, JSObject parent) {
    this.parentOrigin = parentOrigin;
    this.parent = parent;
  }

  /** Runs once when the bundle loads (exported, not a {@code main}: TeaVM then skips its argument conversion). */
  @JSExport
  public static void start() {
    Dom.mark("pilot-status:runtime-start");
    // chat-app already refused to serve this page for an invalid parentOrigin; this is the browser-side twin.
    OriginCheck check = OriginPolicy.allowingHttp().parse(Browser.queryParam("parentOrigin"));
    if (!check.isValid() || !Browser.isFramed()) {
      return;
    }
    ChatRuntime runtime = new ChatRuntime(check.origin().serialized(), Browser.parentWindow());
    Window.current().addEventListener("message", (EventListener<WindowMessageEvent>) runtime::onMessage);
    Dom.onAction(runtime::onAction);
    Dom.onKey(runtime::onKey);
    Dom.onInput(runtime::onInput);
    Dom.onResize(runtime::onHeight);
    runtime.post(Envelope.ready());
  }

  // ---- protocol in -------------------------------------------------------------------------------------------

  private void onMessage(WindowMessageEvent event) {
    if (!parentOrigin.equals(event.getOrigin()) || !Browser.isSame(event.getSource(), parent)) {
      return;
    }
    Decoded decoded = Envelope.decode(JsWireObject.of(event.getData()), Direction.PARENT_TO_FRAME, Surface.CHAT);
    if (!decoded.isAccepted()) {
      return;
    }
    Message message = decoded.message();
    if (message.type() == MessageType.INIT) {
      Dom.mark("pilot-status:init");
      applyTheme(message.string("theme"));
      locale = EmbedLocale.resolve(message.string("locale")).code();
      Dom.setRootAttr("lang", EmbedLocale.resolve(locale).languageTag());
      start(message.string("token"));
    } else if (message.type() == MessageType.SET_THEME) {
      applyTheme(message.string("theme"));
    } else if (message.type() == MessageType.SET_LOCALE) {
      String next = EmbedLocale.resolve(message.string("locale")).code();
      if (!next.equals(locale)) {
        locale = next;
        Dom.setRootAttr("lang", EmbedLocale.resolve(locale).languageTag());
        if (active) {
          reloadInbox();
          restartStream();
        }
      }
    }
  }

  private void applyTheme(String requested) {
    Theme parsed = Theme.parse(requested);
    if (parsed != null) {
      theme = parsed.code();
    }
    Dom.setRootAttr("data-theme", theme);
  }

  // ---- session -----------------------------------------------------------------------------------------------

  private void start(String newToken) {
    stop();
    generation++;
    token = newToken;
    active = true;
    lastUnread = -1;
    lastEventId = null;
    openConversation = null;
    outgoing.clear();
    int gen = generation;
    // The session check and the first inbox go out together (both verify the token): one round trip, not two.
    // Whichever fails first shows the state and tells the host; the other stays quiet.
    boolean[] failed = new boolean[1];
    request("POST", "/session", null, null, (status, body, state, unread) -> {
      if (gen != generation) {
        return;
      }
      if (status != 200) {
        if (!failed[0]) {
          failed[0] = true;
          fail(status, body, state, Dom.byId("app"));
        }
        return;
      }
      schedule(JsonParser.parse(body));
      restartStream();
    });
    loadInbox(gen, failed);
  }

  /** Stops every timer and stream of the current session; the session's callbacks are ignored from now on. */
  private void stop() {
    active = false;
    generation++;
    clear(refreshTimer);
    clear(expiryTimer);
    clear(reconnectTimer);
    clear(searchTimer);
    clear(readTimer);
    refreshTimer = expiryTimer = reconnectTimer = searchTimer = readTimer = -1;
    if (stream != null) {
      Dom.abort(stream);
      stream = null;
    }
    streamSeq++;
  }

  private void schedule(JsonValue timing) {
    int expiresIn = intField(timing, "expiresInMs", 0);
    int refreshIn = intField(timing, "refreshInMs", expiresIn);
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
    request("POST", "/session/refresh", null, null, (status, body, state, unread) -> {
      if (gen != generation) {
        return;
      }
      if (status == 201) {
        JsonValue answer = JsonParser.parse(body);
        JsonValue fresh = answer == null ? null : answer.get("token");
        if (fresh != null && fresh.isString()) {
          token = fresh.asString();
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

  /** Expires the session when its lifetime has passed; true when it did. */
  private boolean checkExpiry() {
    if (active && Dom.now() >= deadline) {
      expire(null);
      return true;
    }
    return !active;
  }

  private void expire(String stateHtml) {
    stop();
    token = null;
    JSObject app = Dom.byId("app");
    if (stateHtml != null && !stateHtml.isEmpty()) {
      Dom.setHtml(app, stateHtml);
    } else {
      Dom.setHtml(app, "");
      Dom.append(app, Dom.fromTemplate("tpl-expired", "", "data-state", "expired"));
    }
    post(Envelope.sessionExpired());
  }

  /** Shows a failed response's state where it belongs, and tells the host. */
  private void fail(int status, String body, String state, JSObject where) {
    if ("expired".equals(state)) {
      expire(body);
      return;
    }
    if (status == 0) {
      Dom.setHtml(where, "");
      Dom.append(where, Dom.fromTemplate("tpl-offline", "", "data-state", "error"));
      post(Envelope.error("NETWORK", "The chat service could not be reached."));
      return;
    }
    boolean fatal = status == 401 || status == 403;
    Dom.setHtml(fatal ? Dom.byId("app") : where, body);
    JSObject shown = Dom.find(fatal ? Dom.byId("app") : where, "[data-state]");
    String code = Dom.attr(shown, "data-error-code");
    if ("error".equals(state) && code != null && !code.isEmpty()) {
      post(Envelope.error(code, Dom.attr(shown, "data-error-message")));
    }
    if (fatal) {
      stop();
      token = null;
    }
  }

  // ---- inbox -------------------------------------------------------------------------------------------------

  private void reloadInbox() {
    loadInbox(generation, new boolean[1]);
  }

  private void loadInbox(int gen, boolean[] failed) {
    String draft = Dom.value(Dom.byId("draft"));
    request("GET", "/fragments/inbox" + listQuery(null), null, null, (status, body, state, unread) -> {
      if (gen != generation) {
        return;
      }
      if (status != 200) {
        if (!failed[0]) {
          failed[0] = true;
          fail(status, body, state, Dom.byId("app"));
        }
        return;
      }
      JSObject app = Dom.byId("app");
      Dom.setHtml(app, body);
      Dom.setAttr(app, "aria-busy", null);
      if (!inboxShown) {
        inboxShown = true;
        Dom.markPaint("pilot-status:inbox");
      }
      reportUnread(unread);
      if (openConversation != null) {
        openThread(openConversation, draft, false);
      }
    });
  }

  private void reloadList(String cursor) {
    int gen = generation;
    request("GET", "/fragments/conversations" + listQuery(cursor), null, null, (status, body, state, unread) -> {
      if (gen != generation) {
        return;
      }
      JSObject list = Dom.byId("conversations");
      if (status != 200) {
        fail(status, body, state, list);
        return;
      }
      if (cursor == null) {
        Dom.setHtml(list, body);
      } else {
        Dom.remove(Dom.find(list, ".more-row"));
        Dom.insertHtml(list, "beforeend", body);
      }
      if (openConversation != null) {
        Dom.markCurrent(openConversation);
      }
    });
  }

  private String listQuery(String cursor) {
    StringBuilder q = new StringBuilder("?");
    q.append("q=").append(encode(query));
    q.append("&number=").append(encode(numberFilter));
    if (cursor != null) {
      q.append("&cursor=").append(encode(cursor));
    }
    return q.toString();
  }

  private void openThread(String id, String draft, boolean announce) {
    openConversation = id;
    Dom.markCurrent(id);
    JSObject inbox = Dom.find(Dom.byId("app"), ".inbox");
    Dom.setAttr(inbox, "data-view", "thread");
    if (announce) {
      post(Envelope.conversationOpened(id));
    }
    int gen = generation;
    request("GET", "/fragments/conversations/" + encode(id), null, null, (status, body, state, unread) -> {
      if (gen != generation || !id.equals(openConversation)) {
        return;
      }
      JSObject pane = Dom.byId("thread");
      if (status != 200) {
        fail(status, body, state, pane);
        return;
      }
      Dom.setHtml(pane, body);
      restoreOutgoing(id);
      JSObject textarea = Dom.byId("draft");
      if (draft != null && !draft.isEmpty()) {
        Dom.setValue(textarea, draft);
      }
      Dom.scrollToEnd(Dom.byId("log"));
      if (announce) {
        Dom.focus(textarea);
      }
      markRead(id);
    });
  }

  private void markRead(String id) {
    int gen = generation;
    request("POST", "/fragments/conversations/" + encode(id) + "/read", null, null, (status, body, state, unread) -> {
      if (gen != generation || status != 200) {
        return; // the row keeps its badge; the next open or live update tries again
      }
      Dom.replaceHtml(Dom.byId("c-" + id), body);
      Dom.markCurrent(openConversation);
      reportUnread(unread);
    });
  }

  private void closeThread() {
    JSObject inbox = Dom.find(Dom.byId("app"), ".inbox");
    Dom.setAttr(inbox, "data-view", "list");
    String id = openConversation;
    if (id != null) {
      Dom.focus(Dom.find(Dom.byId("c-" + id), ".conv"));
    }
  }

  private void loadOlder(JSObject button) {
    String before = Dom.attr(button, "data-before");
    String id = openConversation;
    if (before == null || id == null) {
      return;
    }
    int gen = generation;
    request("GET", "/fragments/conversations/" + encode(id) + "/messages?before=" + encode(before), null, null,
        (status, body, state, unread) -> {
          if (gen != generation || !id.equals(openConversation)) {
            return;
          }
          if (status != 200) {
            fail(status, body, state, Dom.byId("thread"));
            return;
          }
          JSObject log = Dom.byId("log");
          Dom.remove(Dom.find(log, ".older-row"));
          Dom.prependOlder(log, body);
        });
  }

  // ---- composer ----------------------------------------------------------------------------------------------

  private void send() {
    JSObject textarea = Dom.byId("draft");
    String text = Dom.value(textarea);
    if (openConversation == null || text.trim().isEmpty() || !active) {
      return;
    }
    String key = Dom.randomKey();
    outgoing.put(key, new Outgoing(openConversation, text));
    JSObject log = Dom.byId("log");
    Dom.remove(Dom.find(log, ".log-empty"));
    Dom.append(log, bubbleFor(key, outgoing.get(key)));
    Dom.scrollToEnd(log);
    Dom.setValue(textarea, "");
    deliver(key);
  }

  private void retry(JSObject button) {
    JSObject bubble = Dom.byId("p-" + Dom.attr(button, "data-key"));
    String key = Dom.attr(bubble, "data-key");
    Outgoing out = key == null ? null : outgoing.get(key);
    if (out == null || !active) {
      return;
    }
    out.failed = false;
    Dom.replace(bubble, bubbleFor(key, out));
    deliver(key);
  }

  /** POSTs a reply with its Idempotency-Key; the same key on every retry. */
  private void deliver(String key) {
    Outgoing out = outgoing.get(key);
    int gen = generation;
    String body = JsonValue.object().put("text", JsonValue.of(out.text)).build().toJson();
    request("POST", "/fragments/conversations/" + encode(out.conversationId) + "/messages", key, body,
        (status, html, state, unread) -> {
          if (gen != generation) {
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
          if ("expired".equals(state)) {
            expire(html);
            return;
          }
          out.failed = true;
          Dom.replace(pending, bubbleFor(key, out));
        });
  }

  private JSObject bubbleFor(String key, Outgoing out) {
    JSObject bubble = Dom.fromTemplate(out.failed ? "tpl-failed" : "tpl-pending", out.text, "id", "p-" + key);
    Dom.setAttr(bubble, "data-key", key);
    Dom.setAttr(Dom.find(bubble, ".retry"), "data-key", key);
    return bubble;
  }

  /** After a re-render of the thread (locale switch, reset), puts back the replies still in flight or failed. */
  private void restoreOutgoing(String conversationId) {
    JSObject log = Dom.byId("log");
    for (Map.Entry<String, Outgoing> entry : outgoing.entrySet()) {
      if (entry.getValue().conversationId.equals(conversationId) && Dom.byId("p-" + entry.getKey()) == null) {
        Dom.remove(Dom.find(log, ".log-empty"));
        Dom.append(log, bubbleFor(entry.getKey(), entry.getValue()));
      }
    }
  }

  // ---- live --------------------------------------------------------------------------------------------------

  private void restartStream() {
    if (stream != null) {
      Dom.abort(stream);
      stream = null;
    }
    clear(reconnectTimer);
    reconnectTimer = -1;
    streamSeq++;
    if (!active) {
      return;
    }
    // Callbacks of an older stream are recognised by number: JS handles are not compared by identity here.
    int seq = streamSeq;
    stream = Dom.stream("/live", token, parentOrigin, locale, zone, lastEventId,
        (name, id, data) -> {
          if (seq == streamSeq && active) {
            onLive(name, id, data);
          }
        },
        (status, retryAfter) -> {
          if (seq != streamSeq || !active) {
            return;
          }
          stream = null;
          if (checkExpiry()) {
            return;
          }
          // Jittered exponential backoff, never sooner than the server's Retry-After (429/503 at its limits): a
          // thousand inboxes that lost one instance do not all come back in the same millisecond.
          int delay = reconnectDelay / 2 + Dom.random(reconnectDelay / 2 + 1);
          if (retryAfter > 0) {
            delay = Math.max(delay, retryAfter * 1000 + Dom.random(1000));
          }
          reconnectTimer = Dom.setTimeout(this::restartStream, delay);
          reconnectDelay = Math.min(MAX_RECONNECT_MS, reconnectDelay * 2);
        });
  }

  private void onLive(String name, String id, String data) {
    JsonValue event = JsonParser.parse(data);
    if (event == null) {
      return;
    }
    switch (name) {
      case "open":
        reconnectDelay = 500;
        break;
      case "message":
        onLiveMessage(event);
        break;
      case "conversation":
        onLiveConversation(event);
        break;
      case "unread":
        reportUnread(String.valueOf(intField(event, "count", 0)));
        break;
      case "reset":
        lastEventId = null;
        reloadInbox();
        return;
      default:
        break;
    }
    if (id != null && !id.isEmpty()) {
      lastEventId = id;
    }
  }

  private void onLiveMessage(JsonValue event) {
    String conversationId = stringField(event, "conversationId");
    String messageId = stringField(event, "messageId");
    String html = stringField(event, "html");
    JSObject log = Dom.byId("log");
    if (conversationId == null || messageId == null || html == null || log == null
        || !conversationId.equals(openConversation)) {
      return;
    }
    JSObject existing = Dom.byId("m-" + messageId);
    if (existing != null) {
      Dom.replaceHtml(existing, html); // a status change, or a replay: never a duplicate
      return;
    }
    if (!isTrue(event, "created")) {
      return;
    }
    String text = stringField(event, "text");
    JSObject pending = isTrue(event, "inbound") || text == null ? null : Dom.pendingWithText(log, text);
    if (pending != null) {
      Dom.replaceHtml(pending, html); // our own reply, announced live before its POST answered: no double
      return;
    }
    boolean atEnd = Dom.isAtEnd(log);
    String day = stringField(event, "day");
    if (day != null && !day.equals(Dom.lastDay(log))) {
      Dom.insertHtml(log, "beforeend", stringField(event, "dayHtml"));
    }
    Dom.remove(Dom.find(log, ".log-empty"));
    Dom.insertHtml(log, "beforeend", html);
    if (atEnd) {
      Dom.scrollToEnd(log);
    }
    if (isTrue(event, "inbound")) {
      clear(readTimer);
      readTimer = Dom.setTimeout(() -> {
        if (active && conversationId.equals(openConversation)) {
          markRead(conversationId);
        }
      }, 300);
    }
  }

  private void onLiveConversation(JsonValue event) {
    String conversationId = stringField(event, "conversationId");
    String html = stringField(event, "html");
    JSObject list = Dom.byId("conversations");
    if (conversationId == null || html == null || list == null) {
      return;
    }
    JSObject row = Dom.byId("c-" + conversationId);
    boolean filtered = !query.isEmpty() || !numberFilter.isEmpty();
    if (row == null && filtered) {
      return; // may not match the filter; it shows when the filter is cleared
    }
    boolean focused = row != null && Dom.isFocused(Dom.find(row, ".conv"));
    Dom.remove(row);
    Dom.remove(Dom.find(list, ".list-empty"));
    Dom.insertHtml(list, "afterbegin", html); // newest first
    if (openConversation != null) {
      Dom.markCurrent(openConversation);
    }
    if (focused) {
      Dom.focus(Dom.find(Dom.byId("c-" + conversationId), ".conv"));
    }
  }

  // ---- user input --------------------------------------------------------------------------------------------

  private void onAction(String action, JSObject element) {
    if ("reload".equals(action)) {
      if (token != null) {
        start(token);
      }
      return;
    }
    if (!active || checkExpiry()) {
      return;
    }
    switch (action) {
      case "open":
        openThread(Dom.attr(element, "data-id"), null, true);
        break;
      case "back":
        closeThread();
        break;
      case "send":
        send();
        break;
      case "retry":
        retry(element);
        break;
      case "older":
        loadOlder(element);
        break;
      case "more":
        reloadList(Dom.attr(element, "data-cursor"));
        break;
      default:
        break;
    }
  }

  private boolean onKey(String key, boolean shift, JSObject target) {
    if ("Enter".equals(key) && !shift && "draft".equals(Dom.attr(target, "id"))) {
      if (active && !checkExpiry()) {
        send();
      }
      return true;
    }
    if (Dom.isWithin(target, ".conv")) {
      int step = "ArrowDown".equals(key) ? 1 : "ArrowUp".equals(key) ? -1 : "Home".equals(key) ? -100
          : "End".equals(key) ? 100 : 0;
      if (step != 0) {
        Dom.moveFocus(target, step);
        return true;
      }
    }
    if ("Escape".equals(key) && Dom.isWithin(target, ".thread")) {
      closeThread();
      return true;
    }
    return false;
  }

  private void onInput(String id, String value) {
    if ("search".equals(id)) {
      query = value.trim();
    } else if ("number-filter".equals(id)) {
      numberFilter = value;
    } else {
      return;
    }
    clear(searchTimer);
    searchTimer = Dom.setTimeout(() -> {
      if (active) {
        reloadList(null);
      }
    }, 200);
  }

  private void onHeight(int height) {
    if (height != lastHeight && height >= 0) {
      lastHeight = height;
      post(Envelope.resize(height));
    }
  }

  // ---- protocol out and plumbing -----------------------------------------------------------------------------

  private void reportUnread(String header) {
    if (header == null || header.isEmpty()) {
      return;
    }
    int count = parseCount(header);
    if (count >= 0 && count != lastUnread) {
      lastUnread = count;
      post(Envelope.unreadCount(count));
    }
  }

  private void post(Message message) {
    Browser.post(parent, message, parentOrigin);
  }

  private void request(String method, String url, String idempotencyKey, String body, Dom.FetchListener listener) {
    if (token == null) {
      return;
    }
    Dom.fetch(method, url, token, parentOrigin, locale, zone, idempotencyKey, body, listener);
  }

  private static void clear(int timer) {
    if (timer >= 0) {
      Dom.clearTimeout(timer);
    }
  }

  private static String idOfBubble(String html) {
    int at = html.indexOf("id=\"m-");
    if (at < 0) {
      return null;
    }
    int end = html.indexOf('"', at + 6);
    return end < 0 ? null : html.substring(at + 6, end);
  }

  /** The unread count of a header: up to 9 digits (the protocol's bound is 10^9), else -1. */
  private static int parseCount(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static int intField(JsonValue object, String name, int fallback) {
    JsonValue v = object == null ? null : object.get(name);
    return v != null && v.isInteger() ? (int) Math.min(Integer.MAX_VALUE, Math.max(0, v.asLong())) : fallback;
  }

  private static String stringField(JsonValue object, String name) {
    JsonValue v = object.get(name);
    return v != null && v.isString() ? v.asString() : null;
  }

  private static boolean isTrue(JsonValue object, String name) {
    JsonValue v = object.get(name);
    return v != null && v.kind() == JsonValue.Kind.BOOLEAN && v.asBoolean();
  }

  private static String encode(String s) {
    return Dom.encode(s == null ? "" : s);
  }
}
