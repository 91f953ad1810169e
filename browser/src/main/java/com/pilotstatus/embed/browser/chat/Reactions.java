package com.pilotstatus.embed.browser.chat;

import static com.pilotstatus.embed.protocol.ChatPaths.CONVERSATIONS;
import static com.pilotstatus.embed.protocol.ChatPaths.EMOJI;
import static com.pilotstatus.embed.protocol.ChatPaths.MESSAGES;
import static com.pilotstatus.embed.protocol.ChatPaths.REACTION;

import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.browser.dom.Json;
import com.pilotstatus.embed.protocol.ChatHeaders;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The agent's reaction to a message (issue 18), one per message as WhatsApp keeps it: the react action (or E on a
 * focused message) opens a small menu of emoji beside the bubble (a clone of the thread's {@code #tpl-react-menu};
 * arrows move, Enter picks, Escape closes); picking the emoji already chosen, or the agent's own pill, removes it. The
 * server answers the bubble as it is now and every other open inbox gets it live ({@code message.updated}). Outside
 * the 24-hour window the platform refuses it (a reaction is a WhatsApp message) and the reply area shows why.
 */
final class Reactions {

  private final Session session;

  Reactions(Session session) {
    this.session = session;
  }

  /** Opens the menu on {@code bubble} (a message of the open thread; notes take no reaction), focus on its first item. */
  static void openMenu(JSObject bubble) {
    if (bubble == null || Dom.attr(bubble, "data-id") == null || Dom.find(bubble, ".react-action") == null) {
      return;
    }
    closeMenu(false);
    JSObject menu = Dom.fromTemplate("tpl-react-menu", "", "data-for", Dom.attr(bubble, "data-id"));
    if (menu == null) {
      return;
    }
    markChosen(menu, Dom.attr(bubble, "data-reaction"));
    Dom.append(bubble, menu);
    Dom.setAttr(Dom.find(bubble, ".react-action"), "aria-expanded", "true");
    Dom.focus(Dom.find(menu, ".react-option"));
  }

  /** Closes an open menu; {@code refocus}: back to its message's react action (the agent pressed Escape). */
  static void closeMenu(boolean refocus) {
    JSObject menu = Dom.query(".react-menu");
    if (menu == null) {
      return;
    }
    JSObject action = Dom.find(Dom.closest(menu, ".bubble"), ".react-action");
    Dom.setAttr(action, "aria-expanded", "false");
    Dom.remove(menu);
    if (refocus) {
      Dom.focus(action);
    }
  }

  static boolean isMenuOpen() {
    return Dom.query(".react-menu") != null;
  }

  /** A menu item: that emoji, or none when it is the agent's reaction already. */
  void choose(String conversationId, JSObject option) {
    JSObject bubble = Dom.closest(option, ".bubble");
    String emoji = Dom.attr(option, "data-emoji");
    boolean same = emoji != null && emoji.equals(Dom.attr(bubble, "data-reaction"));
    closeMenu(false);
    send(conversationId, bubble, same ? null : emoji);
  }

  /** The agent's own reaction pill: removes it. */
  void remove(String conversationId, JSObject pill) {
    send(conversationId, Dom.closest(pill, ".bubble"), null);
  }

  private void send(String conversationId, JSObject bubble, String emoji) {
    String messageId = Dom.attr(bubble, "data-id");
    if (conversationId == null || messageId == null) {
      return;
    }
    JSObject body = null;
    if (emoji != null) {
      body = Js.newObject();
      Js.set(body, EMOJI, emoji);
    }
    int gen = session.generation();
    session.request(emoji == null ? "DELETE" : "PUT", CONVERSATIONS + "/" + SessionHttp.encode(conversationId)
        + MESSAGES + "/" + SessionHttp.encode(messageId) + REACTION, null, body == null ? null : Json.stringify(body),
        (status, html, state, unread) -> {
          if (gen != session.generation()) {
            return;
          }
          if (ChatHeaders.STATE_WINDOW_CLOSED.equals(state)) {
            // WhatsApp sends a reaction as a message: refused once the 24-hour window closed; the reply area says why.
            Dom.replaceHtml(Dom.byId("reply-area"), html);
            Dom.focus(Dom.byId("m-" + messageId));
            return;
          }
          if (status != 200) {
            session.fail(status, html, state, Dom.byId("thread"));
            return;
          }
          JSObject current = Dom.byId("m-" + messageId);
          Dom.replaceHtml(current, html);
          Dom.focus(Dom.byId("m-" + messageId));
        });
  }

  /** Marks the agent's current reaction in {@code menu} ({@code aria-checked}), so picking it again removes it. */
  @JSBody(params = {"menu", "emoji"}, script = "var ps_o = menu.querySelectorAll('.react-option');"
      + " for (var ps_i = 0; ps_i < ps_o.length; ps_i++) { ps_o[ps_i].setAttribute('role', 'menuitemradio');"
      + " ps_o[ps_i].setAttribute('aria-checked', String(ps_o[ps_i].getAttribute('data-emoji') === emoji)); }")
  private static native void markChosen(JSObject menu, String emoji);
}
