package com.pilotstatus.embed.browser.chat;

import static com.pilotstatus.embed.protocol.ChatPaths.CONVERSATIONS;
import static com.pilotstatus.embed.protocol.ChatPaths.QUICK_REPLIES;

import com.pilotstatus.embed.browser.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The composer's quick-reply picker (issue 18), the ARIA combobox pattern on the draft: a {@code /} at the start of
 * the draft or after a space opens the tenant's quick replies (asked of chat-app on each opening, so a reply saved
 * through the API shows; already filled for the open conversation's contact), filtered by what follows the
 * {@code /} (shortcut prefix or words of the text). Arrows move the active option ({@code aria-activedescendant}),
 * Enter or Tab inserts it in place of the {@code /…}, Escape closes, a click inserts. Until the list has loaded Enter
 * does nothing (it would send the {@code /…} as typed). Nothing is kept between openings.
 */
final class QuickReplies {

  private final Session session;

  QuickReplies(Session session) {
    this.session = session;
  }

  /** The draft changed: opens, filters or closes the picker for the {@code /…} just before the caret. */
  void onInput(String conversationId) {
    JSObject draft = Dom.byId("draft");
    String query = query(draft);
    if (query == null || conversationId == null) {
      close();
      return;
    }
    if (isOpen()) {
      filter(draft, query);
      return;
    }
    JSObject box = Dom.byId("quick-replies");
    Dom.setHtml(box, "");
    Dom.setAttr(box, "aria-busy", "true"); // until the list is here, Enter neither sends nor inserts (isLoading)
    Dom.setAttr(box, "hidden", null);
    int gen = session.generation();
    session.request("GET", CONVERSATIONS + "/" + SessionHttp.encode(conversationId) + QUICK_REPLIES, null, null,
        (status, html, state, unread) -> {
          Dom.setAttr(box, "aria-busy", null);
          String now = query(draft);
          if (gen != session.generation() || !Dom.isFocused(draft) || now == null || Dom.attr(box, "hidden") != null) {
            return; // a closed picker (Escape while loading) stays closed
          }
          if (status != 200) {
            session.fail(status, html, state, box);
            return;
          }
          Dom.setHtml(box, html);
          filter(draft, now);
        });
  }

  static boolean isOpen() {
    return Dom.query("#quick-replies:not([hidden])") != null;
  }

  /** Open and still asking chat-app for the list: Enter must not send the {@code /…} the agent is still choosing. */
  static boolean isLoading() {
    return Dom.query("#quick-replies[aria-busy]:not([hidden])") != null;
  }

  /** Arrow keys while open: the next ({@code 1}) or previous ({@code -1}) shown option becomes the active one. */
  static void move(int step) {
    activate(Dom.byId("draft"), step);
  }

  /** Enter or Tab while open: inserts the active option; false when there is none (the key keeps its usual meaning). */
  static boolean insertActive() {
    JSObject draft = Dom.byId("draft");
    JSObject active = Dom.byId(Dom.attr(draft, "aria-activedescendant"));
    if (active == null) {
      return false;
    }
    insert(active);
    return true;
  }

  /** Puts {@code option}'s text in place of the {@code /…} before the caret, closes, and gives the draft focus back. */
  static void insert(JSObject option) {
    JSObject draft = Dom.byId("draft");
    replaceQuery(draft, Dom.attr(option, "data-text"));
    close();
    Dom.focus(draft);
  }

  static void close() {
    JSObject draft = Dom.byId("draft");
    Dom.setAttr(Dom.byId("quick-replies"), "hidden", "");
    Dom.setAttr(draft, "aria-expanded", "false");
    Dom.setAttr(draft, "aria-activedescendant", null);
    Dom.setAttr(draft, "aria-controls", null);
  }

  /** Shows the options matching {@code query}, the first active; says so when none does (or the tenant has none). */
  private static void filter(JSObject draft, String query) {
    int shown = show(query);
    JSObject list = Dom.byId("qr-list");
    Dom.setAttr(list, "hidden", shown > 0 ? null : "");
    Dom.setAttr(Dom.query("#quick-replies .qr-none"), "hidden", shown > 0 || Dom.find(list, "li") == null ? "" : null);
    Dom.setAttr(draft, "aria-expanded", shown > 0 ? "true" : "false");
    Dom.setAttr(draft, "aria-controls", shown > 0 ? "qr-list" : null);
    Dom.setAttr(draft, "aria-activedescendant", null);
    activate(draft, 1);
  }

  /** What follows the {@code /} that starts the word before the caret, lower case; {@code null} when there is none. */
  @JSBody(params = "draft", script = "if (!draft) return null; var ps_v = draft.value.substring(0, draft.selectionStart);"
      + " var ps_m = /(?:^|\\s)\\/(\\S*)$/.exec(ps_v); return ps_m ? ps_m[1].toLowerCase() : null;")
  private static native String query(JSObject draft);

  /** Hides the options not matching {@code q} (shortcut prefix, or anywhere in the text); how many stay shown. */
  @JSBody(params = "q", script = "var ps_o = document.querySelectorAll('#qr-list [role=option]'), ps_n = 0;"
      + " for (var ps_i = 0; ps_i < ps_o.length; ps_i++) { var ps_e = ps_o[ps_i];"
      + " var ps_ok = ps_e.getAttribute('data-shortcut').indexOf(q) === 0"
      + " || ps_e.getAttribute('data-text').toLowerCase().indexOf(q) >= 0;"
      + " ps_e.hidden = !ps_ok; ps_e.setAttribute('aria-selected', 'false'); if (ps_ok) ps_n++; } return ps_n;")
  private static native int show(String q);

  /** Moves the active option {@code step} among the shown ones (wrapping; from none, 1 is the first). */
  @JSBody(params = {"draft", "step"}, script = "var ps_o = Array.prototype.filter.call("
      + "document.querySelectorAll('#qr-list [role=option]'), function (ps_e) { return !ps_e.hidden; });"
      + " if (!ps_o.length) return; var ps_c = document.getElementById(draft.getAttribute('aria-activedescendant'));"
      + " var ps_i = ps_o.indexOf(ps_c); if (ps_c) ps_c.setAttribute('aria-selected', 'false');"
      + " ps_i = ps_i < 0 ? (step > 0 ? 0 : ps_o.length - 1) : (ps_i + step + ps_o.length) % ps_o.length;"
      + " ps_o[ps_i].setAttribute('aria-selected', 'true'); draft.setAttribute('aria-activedescendant', ps_o[ps_i].id);"
      + " ps_o[ps_i].scrollIntoView({block: 'nearest'});")
  private static native void activate(JSObject draft, int step);

  /** Replaces the {@code /…} before the caret by {@code text}; the caret after it. */
  @JSBody(params = {"draft", "text"}, script = "var ps_c = draft.selectionStart, ps_v = draft.value;"
      + " var ps_s = ps_v.lastIndexOf('/', ps_c - 1); if (ps_s < 0) return;"
      + " draft.value = ps_v.substring(0, ps_s) + text + ps_v.substring(ps_c);"
      + " draft.selectionStart = draft.selectionEnd = ps_s + text.length;")
  private static native void replaceQuery(JSObject draft, String text);
}
