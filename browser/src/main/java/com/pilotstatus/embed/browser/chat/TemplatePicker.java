package com.pilotstatus.embed.browser.chat;

import static com.pilotstatus.embed.protocol.ChatPaths.CONVERSATIONS;
import static com.pilotstatus.embed.protocol.ChatPaths.TEMPLATES;

import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.protocol.ChatHeaders;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The templates of a conversation whose 24-hour window closed (issue 18). The server renders the picker and each
 * template's form; this class opens and closes them (Escape closes, focus goes back to the button that opened it),
 * filters the list by name and language, fills the preview as the agent types, and sends with one
 * {@code Idempotency-Key} per form, so a retry after a lost answer never sends twice.
 */
final class TemplatePicker {

  private final Session session;

  TemplatePicker(Session session) {
    this.session = session;
  }

  /** Shows the picker of {@code conversationId} (also the form's "back to templates"). */
  void open(String conversationId) {
    load(CONVERSATIONS + "/" + SessionHttp.encode(conversationId) + TEMPLATES, "template-slot", "template-q");
    Dom.setAttr(Dom.byId("templates-open"), "aria-expanded", "true");
  }

  /** The form of the template {@code option} names, in the picker in place of the list. */
  void choose(String conversationId, JSObject option) {
    load(CONVERSATIONS + "/" + SessionHttp.encode(conversationId) + TEMPLATES + "/"
        + SessionHttp.encode(Dom.attr(option, "data-id")), "template-body", "var-1");
  }

  void close() {
    Dom.setHtml(Dom.byId("template-slot"), "");
    JSObject button = Dom.byId("templates-open");
    Dom.setAttr(button, "aria-expanded", "false");
    Dom.focus(button);
  }

  /** Typing in the picker's filters or a variable field; other inputs are not the picker's. */
  void onInput(String id, String value) {
    if ("template-q".equals(id) || "template-language".equals(id)) {
      filter(Dom.value(Dom.byId("template-q")), Dom.value(Dom.byId("template-language")));
    } else if (id.startsWith("var-")) {
      preview(id.substring(4), value);
    }
  }

  /** Sends the open form: the sent bubble joins the log and the picker closes, or the form comes back with errors. */
  void send(String conversationId) {
    JSObject form = Dom.byId("template-form");
    if (form == null || conversationId == null || !session.isActive() || Dom.attr(form, "aria-busy") != null) {
      return;
    }
    String key = Dom.attr(form, "data-key");
    if (key == null) {
      key = Dom.randomKey();
      Dom.setAttr(form, "data-key", key);
    }
    Dom.setAttr(form, "aria-busy", "true");
    String sentKey = key;
    int gen = session.generation();
    session.request("POST", CONVERSATIONS + "/" + SessionHttp.encode(conversationId) + TEMPLATES + "/"
        + SessionHttp.encode(Dom.attr(form, "data-template-id")), key, body(form),
        (status, html, state, unread) -> {
          if (gen != session.generation()) {
            return;
          }
          Dom.setAttr(form, "aria-busy", null);
          if (status == 201 || status == 200) {
            JSObject log = Dom.byId("log");
            if (Dom.byId("m-" + idOf(html)) == null) { // the live stream may have shown it first
              Dom.remove(Dom.find(log, ".log-empty"));
              Dom.insertHtml(log, "beforeend", html);
              Dom.scrollToEnd(log);
            }
            close();
          } else if (ChatHeaders.STATE_EXPIRED.equals(state)) {
            session.expire(html);
          } else if (ChatHeaders.STATE_INVALID.equals(state)) {
            Dom.replaceHtml(form, html);
            Dom.setAttr(Dom.byId("template-form"), "data-key", sentKey);
            Dom.focus(Dom.query("#template-form [aria-invalid=true]"));
          } else {
            Dom.setAttr(Dom.byId("template-error"), "hidden", null); // not sent: the same key on the next try
          }
        });
  }

  private void load(String url, String targetId, String focusId) {
    int gen = session.generation();
    session.request("GET", url, null, null, (status, html, state, unread) -> {
      JSObject slot = Dom.byId(targetId);
      if (gen != session.generation() || slot == null || status != 200) {
        return;
      }
      Dom.setHtml(slot, html);
      JSObject first = Dom.byId(focusId);
      Dom.focus(first != null ? first : Dom.query("#template-slot button"));
    });
  }

  private static String idOf(String html) {
    int at = html.indexOf("id=\"m-");
    int end = at < 0 ? -1 : html.indexOf('"', at + 6);
    return end < 0 ? "" : html.substring(at + 6, end);
  }

  /** Hides the templates whose name does not contain {@code q} or whose language is not {@code language}. */
  @JSBody(params = {"q", "language"}, script = "q = q.trim().toLowerCase(); var ps_n = 0, ps_li = document.querySelectorAll('#template-list li');"
      + " for (var ps_i = 0; ps_i < ps_li.length; ps_i++) { var ps_x = ps_li[ps_i];"
      + " ps_x.hidden = ps_x.getAttribute('data-name').indexOf(q) < 0"
      + " || (language !== '' && ps_x.getAttribute('data-language') !== language); if (!ps_x.hidden) ps_n++; }"
      + " var ps_e = document.getElementById('template-none'); if (ps_e) ps_e.hidden = ps_n > 0;")
  private static native void filter(String q, String language);

  /** Shows {@code value} (or the placeholder itself while empty) where variable {@code position} goes. */
  @JSBody(params = {"position", "value"}, script = "var ps_m = document.querySelectorAll('mark[data-var=\"' + position + '\"]');"
      + " for (var ps_i = 0; ps_i < ps_m.length; ps_i++) ps_m[ps_i].textContent = value || '{{' + position + '}}';")
  private static native void preview(String position, String value);

  /** {@code {"variables": [...]}}: the form's values, in the order of its fields, as JSON. */
  @JSBody(params = "form", script = "return JSON.stringify({ variables: Array.prototype.map.call("
      + "form.querySelectorAll('input[data-position]'), function (ps_f) { return ps_f.value; }) });")
  private static native String body(JSObject form);
}
