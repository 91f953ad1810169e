package com.pilotstatus.embed.browser.chat;

import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.protocol.ChatPaths;
import org.teavm.jso.JSObject;

/**
 * The inbox and its list of conversations: the first paint ({@code pilot-status:inbox-painted}, the benchmark's
 * mark), search and number filter, "more", keyboard moves between rows, and the rows live events bring (newest
 * first; a row that may not match the filter waits until the filter is cleared).
 */
final class ConversationList {

  private final Session session;
  private final ParentChannel parent;
  private final ThreadPane thread;
  private String query = "";
  private String numberFilter = "";
  private String statusFilter = "";
  private int searchTimer = -1;
  private boolean painted;
  private boolean loadingMore;
  /** Pages of 50 rows kept in the DOM at once (PageWindow): 200 rows, however far the agent scrolls. */
  private static final int LIST_PAGES = 4;

  ConversationList(Session session, ParentChannel parent, ThreadPane thread) {
    this.session = session;
    this.parent = parent;
    this.thread = thread;
  }

  void stopTimers() {
    Session.clear(searchTimer);
    searchTimer = -1;
  }

  /** Reloads the whole inbox (locale switch, live reset), keeping the open thread and its draft. */
  void reload() {
    load(session.generation(), new boolean[1]);
  }

  /**
   * Loads the whole inbox for session {@code gen}; {@code failed} is shared with the session check that runs
   * alongside, so only the first failure shows.
   */
  void load(int gen, boolean[] failed) {
    String draft = Dom.value(Dom.byId("draft"));
    boolean unfiltered = query.isEmpty() && numberFilter.isEmpty() && statusFilter.isEmpty();
    String url = unfiltered ? ChatPaths.FIRST_INBOX : ChatPaths.INBOX + query(null);
    session.request("GET", url, null, null, (status, body, state, unread) -> {
      if (gen != session.generation()) {
        return;
      }
      if (status != 200) {
        session.failFirst(failed, status, body, state);
        return;
      }
      JSObject app = Dom.byId("app");
      // chat-boot.js painted this very answer (the one it handed over) before the runtime ran: keep its DOM.
      boolean bootPainted = "boot".equals(Dom.attr(app, "data-painted"));
      if (!bootPainted) {
        Dom.setHtml(app, body);
      }
      Dom.setAttr(app, "data-painted", null);
      Dom.setAttr(app, "aria-busy", null);
      session.connection().showBanner();
      watchPages();
      if (!painted && !bootPainted) {
        Dom.markPaint("pilot-status:inbox");
      }
      painted = true;
      parent.reportUnread(unread);
      if (thread.openId() != null) {
        thread.open(thread.openId(), draft, false);
      }
    });
  }

  /** The list again from the top ({@code cursor} null: search, filter) or its next page ({@code more}). */
  void loadList(String cursor) {
    if (cursor != null && loadingMore) {
      return; // the next page is on its way: asking again would put its rows in twice
    }
    loadingMore = cursor != null;
    int gen = session.generation();
    session.request("GET", ChatPaths.CONVERSATIONS + query(cursor), null, null, (status, body, state, unread) -> {
      if (cursor != null) {
        loadingMore = false;
      }
      if (gen != session.generation()) {
        return;
      }
      JSObject list = Dom.byId("conversations");
      if (status != 200) {
        session.fail(status, body, state, list);
        return;
      }
      if (cursor == null) {
        Dom.setHtml(list, body);
        PageWindow.markFirst(list, ChatPaths.CONVERSATIONS + query(null));
      } else {
        // In place of the "more" row: a search's message hits stay below the conversations.
        JSObject more = Dom.find(list, ".more-row");
        Dom.insertBefore(list, PageWindow.page(list, body, ChatPaths.CONVERSATIONS + query(cursor)), more);
        Dom.remove(more);
        PageWindow.settle(list);
      }
      thread.markOpenRow();
    });
  }

  /** The list just rendered keeps at most {@link #LIST_PAGES} pages in the DOM; "more" loads as it scrolls into view. */
  private void watchPages() {
    JSObject list = Dom.byId("conversations");
    PageWindow.markFirst(list, ChatPaths.CONVERSATIONS + query(null));
    PageWindow.watch(list, LIST_PAGES, ChatPaths.CONVERSATIONS, (url, then) -> {
      int gen = session.generation();
      session.request("GET", url, null, null, (status, body, state, unread) ->
          then.done(gen == session.generation() && status == 200 ? body : null));
    }, button -> loadList(Dom.attr(button, "data-cursor")));
  }

  /** The search box or the number filter changed: the list reloads once typing pauses. */
  void onInput(String id, String value) {
    if ("search".equals(id)) {
      query = value.trim();
    } else if ("number-filter".equals(id)) {
      numberFilter = value;
    } else if ("status-filter".equals(id)) {
      statusFilter = value;
    } else {
      return;
    }
    stopTimers();
    searchTimer = Dom.setTimeout(() -> {
      if (session.isActive()) {
        loadList(null);
      }
    }, 200);
  }

  /**
   * A live {@code conversation} event: its row, moved to the top when its time moved (a message), else in place (read,
   * resolved, reopened); gone when it left the status the list is filtered on.
   */
  void onLiveConversation(JSObject event) {
    thread.onLiveWindow(event);
    String conversationId = Js.string(event, "conversationId");
    String html = Js.string(event, "html");
    JSObject list = Dom.byId("conversations");
    if (conversationId == null || html == null || list == null) {
      return;
    }
    JSObject row = Dom.byId("c-" + conversationId);
    if (!statusFilter.isEmpty() && !statusFilter.equals(Js.string(event, "status"))) {
      Dom.remove(row); // no longer of the status shown
      return;
    }
    if (row == null && (!query.isEmpty() || !numberFilter.isEmpty() || !statusFilter.isEmpty())) {
      return; // may not match the filter; it shows when the filter is cleared
    }
    boolean focused = row != null && Dom.isFocused(Dom.find(row, ".conv"));
    String updated = Js.string(event, "updatedAt");
    if (row != null && updated != null && updated.equals(Dom.attr(row, "data-updated"))) {
      Dom.replaceHtml(row, html); // nothing new was said: the row keeps its place
    } else {
      Dom.remove(row);
      Dom.remove(Dom.find(list, ".list-empty"));
      Dom.insertHtml(list, "afterbegin", html); // newest first
    }
    thread.markOpenRow();
    if (focused) {
      Dom.focus(Dom.find(Dom.byId("c-" + conversationId), ".conv"));
    }
  }

  private String query(String cursor) {
    String q = "?q=" + SessionHttp.encode(query) + "&number=" + SessionHttp.encode(numberFilter)
        + "&" + ChatPaths.STATUS_VALUE + "=" + SessionHttp.encode(statusFilter);
    return cursor == null ? q : q + "&cursor=" + SessionHttp.encode(cursor);
  }
}
