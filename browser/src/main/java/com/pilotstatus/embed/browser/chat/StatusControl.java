package com.pilotstatus.embed.browser.chat;

import static com.pilotstatus.embed.protocol.ChatPaths.CONVERSATIONS;
import static com.pilotstatus.embed.protocol.ChatPaths.STATUS;
import static com.pilotstatus.embed.protocol.ChatPaths.STATUS_VALUE;

import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.browser.dom.Json;
import org.teavm.jso.JSObject;

/**
 * The open thread's status (issue 18): its header's button resolves or reopens the conversation; the server answers
 * the control as it is now, and a live {@code conversation} event brings another inbox's change (or an inbound
 * message that reopened it) into this header.
 */
final class StatusControl {

  private final Session session;

  StatusControl(Session session) {
    this.session = session;
  }

  /** The header's Resolve / Reopen button of {@code conversationId}: sets its {@code data-status}. */
  void set(String conversationId, JSObject button) {
    String status = Dom.attr(button, "data-status");
    if (conversationId == null || status == null) {
      return;
    }
    JSObject body = Js.newObject();
    Js.set(body, STATUS_VALUE, status);
    int gen = session.generation();
    session.request("PUT", CONVERSATIONS + "/" + SessionHttp.encode(conversationId) + STATUS, null,
        Json.stringify(body), (code, html, state, unread) -> {
          if (gen != session.generation()) {
            return;
          }
          if (code != 200) {
            session.fail(code, html, state, Dom.byId("thread"));
            return;
          }
          show(html);
          Dom.focus(Dom.find(Dom.byId("thread-status"), "button"));
        });
  }

  /** A live {@code conversation} event for the open conversation: its header shows the status it carries. */
  static void onLive(JSObject event, String openId) {
    JSObject control = Dom.byId("thread-status");
    String html = Js.string(event, "statusHtml");
    String status = Js.string(event, "status");
    if (control == null || html == null || status == null || openId == null
        || !openId.equals(Js.string(event, "conversationId")) || status.equals(Dom.attr(control, "data-status"))) {
      return;
    }
    boolean focused = Dom.isFocused(Dom.find(control, "button"));
    show(html);
    if (focused) {
      Dom.focus(Dom.find(Dom.byId("thread-status"), "button"));
    }
  }

  private static void show(String html) {
    Dom.replaceHtml(Dom.byId("thread-status"), html);
  }
}
