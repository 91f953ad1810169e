package com.pilotstatus.embed.browser.chat;

import static com.pilotstatus.embed.protocol.ChatPaths.COMPOSER;
import static com.pilotstatus.embed.protocol.ChatPaths.CONVERSATIONS;
import static com.pilotstatus.embed.protocol.ChatPaths.MESSAGES;
import static com.pilotstatus.embed.protocol.ChatPaths.READ;

import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.protocol.EmbedErrorCode;
import com.pilotstatus.embed.protocol.Envelope;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The open conversation: opening it (and telling the host {@code chat:conversation-opened}), marking it read, older
 * messages, closing it on narrow screens, and the live messages that land in it. A message is never shown twice: a
 * live event for one already on screen replaces it, and our own reply announced live replaces its pending bubble.
 */
final class ThreadPane {

  private final Session session;
  private final ParentChannel parent;
  private final Composer composer;
  private final Attachments attachments;
  private String openId;
  /** The conversation the host asked to open ({@code openConversation}), until it loaded or failed. */
  private String hostAsked;
  private int readTimer = -1;
  /** Fires when the open reply area's 24-hour window closes by time alone: no event says so. */
  private int windowTimer = -1;
  /** An older run is on its way: a second request for it would put the same messages on top twice. */
  private boolean loadingOlder;
  /** Counts the logs shown: a run asked for one log (at a hit) must not land in the next (the newest, reopened). */
  private int logsShown;
  /** How many older runs a quote may load to reach its original (30 messages each): a bound, not a limit users meet. */
  private static final int QUOTE_PAGES = 100;
  /** Runs of 30 messages kept in the DOM at once (PageWindow): 180 bubbles, however long the thread. */
  private static final int THREAD_PAGES = 6;

  ThreadPane(Session session, ParentChannel parent, Composer composer, Attachments attachments) {
    this.session = session;
    this.parent = parent;
    this.composer = composer;
    this.attachments = attachments;
  }

  /** The open conversation's id, or {@code null}. */
  String openId() {
    return openId;
  }

  /** A new session: no conversation is open. */
  void reset() {
    openId = null;
  }

  void stopTimers() {
    Session.clear(readTimer);
    readTimer = -1;
    Session.clear(windowTimer);
    windowTimer = -1;
  }

  /**
   * Opens conversation {@code id}: marks its row, shows the thread view and loads it. {@code draft} is put back into
   * the reply box (a re-render); {@code announce} tells the host and moves focus (the user opened it).
   */
  void open(String id, String draft, boolean announce) {
    open(id, draft, announce, null, null);
  }

  /**
   * Opens conversation {@code id} at message {@code messageId} (a search hit): the run around it, scrolled to it and
   * highlighted, with focus on it; newer messages load as the agent scrolls down.
   */
  void openAt(String id, String messageId) {
    open(id, null, true, messageId, null);
  }

  /** Whether the log reaches the newest message: not when opened at a search hit, or its newest pages evicted. */
  boolean reachesLatest() {
    return Dom.find(Dom.byId("log"), ".newer-row, li.evicted:last-child") == null;
  }

  /** Opens the open conversation again at its newest page, focus in the reply box, then runs {@code then}. */
  void openLatest(Runnable then) {
    open(openId, null, false, null, then);
  }

  private void open(String id, String draft, boolean announce, String at, Runnable then) {
    openId = id;
    markCurrent(id);
    Dom.setAttr(Dom.find(Dom.byId("app"), ".inbox"), "data-view", "thread");
    if (announce) {
      parent.post(Envelope.conversationOpened(id));
    }
    int gen = session.generation();
    String url = CONVERSATIONS + "/" + SessionHttp.encode(id) + (at == null ? "" : "?at=" + SessionHttp.encode(at));
    session.request("GET", url, null, null, (status, body, state, unread) -> {
      if (then != null && gen == session.generation()) {
        Dom.setTimeout(then::run, 0); // once this page is in place
      }
      if (gen != session.generation() || !id.equals(openId)) {
        return;
      }
      JSObject pane = Dom.byId("thread");
      boolean asked = id.equals(hostAsked);
      hostAsked = asked ? null : hostAsked;
      if (status != 200) {
        session.fail(status, body, state, pane);
        if (asked && status == 404) {
          parent.post(Envelope.error(EmbedErrorCode.CONVERSATION_NOT_FOUND,
              "openConversation: no conversation " + id + " in this session's numbers"));
        }
        return;
      }
      if (asked) {
        parent.post(Envelope.conversationOpened(id));
      }
      Dom.setHtml(pane, body);
      logsShown++;
      watchWindow(id);
      composer.restore(id);
      attachments.restore(id);
      JSObject textarea = Dom.byId("draft");
      if (draft != null && !draft.isEmpty()) {
        Dom.setValue(textarea, draft);
      }
      JSObject log = Dom.byId("log");
      PageWindow.markFirst(log, null);
      PageWindow.watch(log, THREAD_PAGES, CONVERSATIONS + "/" + SessionHttp.encode(id) + MESSAGES, this::fetchRun,
          this::onEdge);
      JSObject jump = Dom.find(pane, ".jump-latest");
      hideJumpAtEnd(log, jump);
      Dom.setAttr(jump, "hidden", reachesLatest() ? "" : null); // opened at a hit or the first unread: newest below
      JSObject hit = at == null ? null : Dom.byId("m-" + at);
      if (hit != null) {
        highlight(hit);
      } else {
        showFirstUnread(log);
        if (announce || then != null) {
          JSObject templates = Dom.byId("templates-open"); // closed window: the templates before the note box
          Dom.focus(templates != null ? templates : textarea);
        }
      }
      markRead(id);
    });
  }

  /**
   * Opens conversation {@code id} because the host asked: once it loaded the host hears
   * {@code chat:conversation-opened}; when chat-app answers 404 (unknown, or outside the token's scope) it hears
   * {@code error(CONVERSATION_NOT_FOUND)}.
   */
  void openForHost(String id) {
    hostAsked = id;
    open(id, null, false);
  }

  /** Re-marks the open conversation's row (after the list was re-rendered). */
  void markOpenRow() {
    if (openId != null) {
      markCurrent(openId);
    }
  }

  private void markRead(String id) {
    int gen = session.generation();
    session.request("POST", CONVERSATIONS + "/" + SessionHttp.encode(id) + READ, null, null,
        (status, body, state, unread) -> {
          if (gen != session.generation() || status != 200) {
            return; // the row keeps its badge; the next open or live update tries again
          }
          Dom.replaceHtml(Dom.byId("c-" + id), body);
          markOpenRow();
          parent.reportUnread(unread);
        });
  }

  /** Back to the list (narrow screens), focus on the row of the conversation that was open. */
  void close() {
    Dom.setAttr(Dom.find(Dom.byId("app"), ".inbox"), "data-view", "list");
    if (openId != null) {
      Dom.focus(Dom.find(Dom.byId("c-" + openId), ".conv"));
    }
  }

  /** The "older messages" button: the run before its {@code data-before}, put on top, the view kept in place. */
  void loadOlder(JSObject button) {
    loadOlder(button, null);
  }

  /** {@link #loadOlder(JSObject)}, then {@code then} once the run is in the log (not when it failed). */
  private void loadOlder(JSObject button, Runnable then) {
    loadRun(button, "data-before", "?before=", then);
  }

  /** The "newer messages" button of a thread opened at a search hit: the next run, put below. */
  void loadNewer(JSObject button) {
    loadRun(button, "data-after", "?after=", null);
  }

  /** An edge of the log came into view while scrolling: load what its button offers. */
  private void onEdge(JSObject button) {
    if (Dom.isWithin(button, ".older-row")) {
      loadOlder(button);
    } else {
      loadNewer(button);
    }
  }

  /** PageWindow's fetcher: a run of the open thread again (an evicted page scrolled back into view). */
  private void fetchRun(String url, PageWindow.Fetched then) {
    String id = openId;
    int gen = session.generation();
    session.request("GET", url, null, null, (status, body, state, unread) ->
        then.done(gen == session.generation() && id != null && id.equals(openId) && status == 200 ? body : null));
  }

  /**
   * The run next to {@code button}'s message ({@code attribute}: {@code data-before} on top, {@code data-after} at the
   * bottom), put in its place as a page of the log with what the agent looks at kept still.
   */
  private void loadRun(JSObject button, String attribute, String param, Runnable then) {
    String anchor = Dom.attr(button, attribute);
    String id = openId;
    if (anchor == null || id == null || loadingOlder) {
      return;
    }
    loadingOlder = true;
    boolean older = "?before=".equals(param);
    int gen = session.generation();
    int shownWith = logsShown;
    session.request("GET", CONVERSATIONS + "/" + SessionHttp.encode(id) + MESSAGES + param
        + SessionHttp.encode(anchor), null, null, (status, body, state, unread) -> {
          loadingOlder = false;
          if (gen != session.generation() || !id.equals(openId) || shownWith != logsShown) {
            return;
          }
          if (status != 200) {
            session.fail(status, body, state, Dom.byId("thread"));
            return;
          }
          JSObject log = Dom.byId("log");
          Dom.remove(Dom.find(log, older ? ".older-row" : ".newer-row"));
          JSObject run = PageWindow.page(log, body, null);
          int keep = fromEnd(log);
          Dom.insertBefore(log, run, older ? Dom.find(log, ":scope > *") : null);
          PageWindow.dropRepeatedDays(log); // the run ends (or starts) with the day the log starts (or ends) with
          if (older) {
            scrollFromEnd(log, keep); // what the agent looked at stays in place
          }
          if (then != null) {
            then.run(); // a quote's original on its way: pages are bounded once it is in view
          } else {
            PageWindow.settle(log);
          }
        });
  }

  /**
   * A quote in the thread was activated: scrolls to the message it quotes and highlights it briefly, with focus on
   * it (R then replies to it). An original older than what is shown is fetched run by run, as "load older" would.
   */
  void showOriginal(String messageId) {
    if (messageId != null && openId != null) {
      showOriginal(messageId, openId, 0);
    }
  }

  private void showOriginal(String messageId, String conversationId, int pagesLoaded) {
    if (!conversationId.equals(openId)) {
      return;
    }
    JSObject original = Dom.byId("m-" + messageId);
    if (original != null) {
      highlight(original);
      return;
    }
    JSObject older = Dom.find(Dom.byId("log"), "[data-action=older]");
    if (older != null && pagesLoaded < QUOTE_PAGES) {
      loadOlder(older, () -> showOriginal(messageId, conversationId, pagesLoaded + 1));
    }
  }

  /** A live {@code message} event: shown in the open thread when it belongs there. */
  void onLiveMessage(JSObject event) {
    String conversationId = Js.string(event, "conversationId");
    String messageId = Js.string(event, "messageId");
    String html = Js.string(event, "html");
    JSObject log = Dom.byId("log");
    if (conversationId == null || messageId == null || html == null || log == null
        || !conversationId.equals(openId)) {
      return;
    }
    JSObject existing = Dom.byId("m-" + messageId);
    if (existing != null) {
      Dom.replaceHtml(existing, html); // a status change, or a replay: never a duplicate
      return;
    }
    if (!Js.isTrue(event, "created")) {
      return;
    }
    if (Dom.find(log, ".newer-row") != null) {
      countNew(Dom.find(Dom.byId("thread"), ".jump-latest")); // opened at a hit: the newest is not in this log yet
      return;
    }
    boolean inbound = Js.isTrue(event, "inbound");
    String text = Js.string(event, "text");
    JSObject pending = inbound || text == null ? null : pendingWithText(log, text);
    if (pending != null) {
      Dom.replaceHtml(pending, html); // our own reply, announced live before its POST answered: no double
      return;
    }
    boolean atEnd = Dom.isAtEnd(log);
    JSObject jump = Dom.find(Dom.byId("thread"), ".jump-latest");
    String day = Js.string(event, "day");
    if (day != null && !day.equals(lastDay(log))) {
      Dom.insertHtml(log, "beforeend", Js.string(event, "dayHtml"));
    }
    Dom.remove(Dom.find(log, ".log-empty"));
    Dom.insertHtml(log, "beforeend", html);
    if (atEnd) {
      Dom.scrollToEnd(log);
    } else {
      countNew(jump); // the agent is reading older messages: say that newer ones arrived, do not pull them down
    }
    if (inbound) {
      stopTimers();
      readTimer = Dom.setTimeout(() -> {
        if (session.isActive() && conversationId.equals(openId)) {
          markRead(conversationId);
        }
      }, 300);
    }
  }

  /**
   * A live {@code conversation} event: when it says the open conversation's 24-hour window opened or closed (the
   * contact wrote, or time passed), the reply area is fetched again, so the composer switches without a reload.
   */
  void onLiveWindow(JSObject event) {
    StatusControl.onLive(event, openId);
    String id = Js.string(event, "conversationId");
    JSObject area = Dom.byId("reply-area");
    String shown = Dom.attr(area, "data-window");
    if (id == null || !id.equals(openId) || shown == null
        || shown.equals(Js.isTrue(event, "windowOpen") ? "open" : "closed")) {
      return;
    }
    reloadReplyArea(id);
  }

  private void reloadReplyArea(String id) {
    int gen = session.generation();
    session.request("GET", CONVERSATIONS + "/" + SessionHttp.encode(id) + COMPOSER, null, null,
        (status, body, state, unread) -> {
          if (gen == session.generation() && id.equals(openId) && status == 200) {
            Dom.replaceHtml(Dom.byId("reply-area"), body);
            watchWindow(id);
          }
        });
  }

  /**
   * An open reply area closes when its window does, even when nothing else happens: the platform sends no event at
   * that moment. A second after its {@code data-window-closes} time (the server's clock decides; the slack covers a
   * little skew) the reply area is fetched again, as a live window change would. Nothing is scheduled for a time
   * already past (the server said open) or more than a day ahead (a window lasts 24 h).
   */
  private void watchWindow(String id) {
    Session.clear(windowTimer);
    JSObject area = Dom.byId("reply-area");
    int wait = "open".equals(Dom.attr(area, "data-window")) ? msUntil(Dom.attr(area, "data-window-closes")) : -1;
    windowTimer = wait < 0 || wait > 90_000_000 ? -1 : Dom.setTimeout(() -> {
      if (id.equals(openId)) {
        reloadReplyArea(id);
      }
    }, wait + 1000);
  }

  /** Milliseconds from now to the ISO-8601 instant {@code iso}: negative when past, missing or unreadable. */
  @JSBody(params = "iso", script = "var ps_t = Date.parse(iso) - Date.now(); return ps_t > 0 ? ps_t : -1;")
  private static native int msUntil(String iso);

  /**
   * The "jump to latest" button: the end of the log, focus on it (the button hides itself). A log that does not reach
   * the newest message (opened at a search hit, or its newest pages evicted) is opened again from the newest.
   */
  void jumpToLatest() {
    JSObject log = Dom.byId("log");
    if (openId != null && !reachesLatest()) {
      open(openId, Dom.value(Dom.byId("draft")), false);
      return;
    }
    Dom.scrollToEnd(log);
    hideJump(Dom.find(Dom.byId("thread"), ".jump-latest"));
    Dom.focus(log);
  }

  /** Scrolls {@code bubble} to the middle of the log, focuses it and lets it glow for a moment (chat.css .flash). */
  @JSBody(params = "bubble", script = "var ps_calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;"
      + " bubble.scrollIntoView({ block: 'center', behavior: ps_calm ? 'auto' : 'smooth' });"
      + " bubble.focus({ preventScroll: true }); bubble.classList.remove('flash'); void bubble.offsetWidth;"
      + " bubble.classList.add('flash'); setTimeout(function () { bubble.classList.remove('flash'); }, 2000);")
  private static native void highlight(JSObject bubble);

  /**
   * Opens the log at its "N unread messages" divider when there is one (chat-app opens a run longer than a page
   * around its first unread message), else at its end.
   */
  @JSBody(params = "log", script = "if (!log) return; var ps_d = log.querySelector('.unread-divider');"
      + " if (!ps_d) { log.scrollTop = log.scrollHeight; return; }"
      + " log.scrollTop += ps_d.getBoundingClientRect().top - log.getBoundingClientRect().top - 8;")
  private static native void showFirstUnread(JSObject log);

  /** Hides {@code jump} (and resets its count) whenever the agent scrolls {@code log} to its end. */
  @JSBody(params = {"log", "jump"}, script = "if (!log || !jump) return; log.addEventListener('scroll', function () {"
      + " if (!jump.hidden && log.scrollHeight - log.scrollTop - log.clientHeight < 80) {"
      + " jump.hidden = true; jump.firstChild.textContent = ''; } }, { passive: true });")
  private static native void hideJumpAtEnd(JSObject log, JSObject jump);

  /** Shows {@code jump} with one more new message in its count. */
  @JSBody(params = "jump", script = "if (!jump) return; var ps_c = jump.firstChild;"
      + " ps_c.textContent = String((parseInt(ps_c.textContent, 10) || 0) + 1); jump.hidden = false;")
  private static native void countNew(JSObject jump);

  @JSBody(params = "jump", script = "if (jump) { jump.hidden = true; jump.firstChild.textContent = ''; }")
  private static native void hideJump(JSObject jump);

  /** Marks {@code id}'s row as the open one (aria-current) and clears the others. */
  @JSBody(params = "id", script = "var ps_rows = document.querySelectorAll('.conv');"
      + " for (var ps_i = 0; ps_i < ps_rows.length; ps_i++) { if (ps_rows[ps_i].getAttribute('data-id') === id)"
      + " ps_rows[ps_i].setAttribute('aria-current', 'true'); else ps_rows[ps_i].removeAttribute('aria-current'); }")
  private static native void markCurrent(String id);

  /** The first reply of {@code log} still pending whose text is exactly {@code text}, or null. */
  @JSBody(params = {"log", "text"}, script = "if (!log) return null;"
      + " var ps_p = log.querySelectorAll('[data-local][data-status=pending]');"
      + " for (var ps_i = 0; ps_i < ps_p.length; ps_i++) { var ps_t = ps_p[ps_i].querySelector('.text');"
      + " if (ps_t && ps_t.textContent === text) return ps_p[ps_i]; } return null;")
  private static native JSObject pendingWithText(JSObject log, String text);

  /** The {@code data-day} of the last day separator in {@code log}, or null. */
  @JSBody(params = "log", script = "if (!log) return null; var ps_d = log.querySelectorAll('.day');"
      + " return ps_d.length ? ps_d[ps_d.length - 1].getAttribute('data-day') : null;")
  private static native String lastDay(JSObject log);

  /** How far {@code log} is scrolled from its end: kept while a run goes in on top, so the view does not move. */
  @JSBody(params = "log", script = "return log ? log.scrollHeight - log.scrollTop : 0;")
  private static native int fromEnd(JSObject log);

  @JSBody(params = {"log", "fromEnd"}, script = "if (log) log.scrollTop = log.scrollHeight - fromEnd;")
  private static native void scrollFromEnd(JSObject log, int fromEnd);
}
