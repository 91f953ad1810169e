package com.pilotstatus.embed.browser.chat;

import com.pilotstatus.embed.browser.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * What the user does in the inbox, delegated from the document: clicks on {@code [data-action]} elements, keys
 * (Enter sends, arrows move between rows, R on a message replies to it, E opens its reaction menu (arrows move in it),
 * Esc closes that menu, cancels a reply, closes the template picker, else a thread; while the quick-reply picker is
 * open, arrows move in it, Enter or Tab inserts and Esc closes it) and typing in the search box, the number and
 * status filters, the template picker and the draft (a {@code /} opens the quick replies). Nothing happens once the session ended, except {@code reload}.
 */
final class UserInput {

  @JSFunctor
  interface ActionListener extends JSObject {
    void onAction(String action, JSObject element);
  }

  /** Returns true when it handled the key (the default action is then prevented). */
  @JSFunctor
  interface KeyListener extends JSObject {
    boolean onKey(String key, boolean shift, JSObject target);
  }

  @JSFunctor
  interface InputListener extends JSObject {
    void onInput(String id, String value);
  }

  private final Session session;
  private final ConversationList list;
  private final ThreadPane thread;
  private final Composer composer;
  private final Attachments attachments;
  private final TemplatePicker picker;
  private final Reactions reactions;
  private final StatusControl status;
  private final QuickReplies quickReplies;
  private final Runnable reload;

  UserInput(Session session, ConversationList list, ThreadPane thread, Composer composer, Attachments attachments,
            Runnable reload) {
    this.attachments = attachments;
    this.session = session;
    this.list = list;
    this.thread = thread;
    this.composer = composer;
    this.picker = new TemplatePicker(session);
    this.reactions = new Reactions(session);
    this.status = new StatusControl(session);
    this.quickReplies = new QuickReplies(session);
    this.reload = reload;
  }

  /** Starts listening on the document. */
  void listen() {
    onAction(this::onAction);
    onKey(this::onKey);
    attachments.listen();
    new MediaRefresh(session).listen();
    onInput((id, value) -> {
      if ("draft".equals(id)) {
        quickReplies.onInput(session.isUsable() ? thread.openId() : null);
        return;
      }
      list.onInput(id, value);
      picker.onInput(id, value);
    });
  }

  private void onAction(String action, JSObject element) {
    if ("reload".equals(action)) {
      reload.run();
      return;
    }
    if (!session.isUsable()) {
      return;
    }
    switch (action) {
      case "open":
        thread.open(Dom.attr(element, "data-id"), null, true);
        break;
      case "back":
        thread.close();
        break;
      case "send":
        send();
        break;
      case "attach":
        attachments.pick();
        break;
      case "remove-attachment":
        attachments.unstage();
        break;
      case "retry-upload":
        attachments.retry(element);
        break;
      case "discard-upload":
        attachments.discard(element);
        break;
      case "view-photo":
        PhotoViewer.show(element);
        break;
      case "close-photo":
        PhotoViewer.close();
        break;
      case "templates":
        picker.open(thread.openId());
        break;
      case "close-templates":
        picker.close();
        break;
      case "template":
        picker.choose(thread.openId(), element);
        break;
      case "send-template":
        picker.send(thread.openId());
        break;
      case "retry":
        composer.retry(element);
        break;
      case "discard":
        composer.discard(element);
        break;
      case "open-at":
        thread.openAt(Dom.attr(element, "data-id"), Dom.attr(element, "data-message"));
        break;
      case "newer":
        thread.loadNewer(element);
        break;
      case "reply":
        ReplyPreview.choose(Dom.closest(element, ".bubble"));
        break;
      case "cancel-reply":
        ReplyPreview.cancel(true);
        break;
      case "react":
        Reactions.openMenu(Dom.closest(element, ".bubble"));
        break;
      case "reaction":
        reactions.choose(thread.openId(), element);
        break;
      case "unreact":
        reactions.remove(thread.openId(), element);
        break;
      case "set-status":
        status.set(thread.openId(), element);
        break;
      case "quick-reply":
        QuickReplies.insert(element);
        break;
      case "note-mode":
        Composer.toggleNoteMode(element);
        break;
      case "quote":
        thread.showOriginal(Dom.attr(element, "data-target"));
        break;
      case "older":
        thread.loadOlder(element);
        break;
      case "jump-latest":
        thread.jumpToLatest();
        break;
      case "more":
        list.loadList(Dom.attr(element, "data-cursor"));
        break;
      default:
        break;
    }
  }

  /** Send: the file in the tray (the draft as its caption) when there is one, else the draft. */
  private void send() {
    if (attachments.isStaged()) {
      attachments.send(thread.openId());
    } else {
      composer.send(thread.openId(), thread.reachesLatest() ? null : thread::openLatest);
    }
  }

  private boolean onKey(String key, boolean shift, JSObject target) {
    if (Dom.isWithin(target, "#photo-viewer")) {
      return false; // the modal dialog's own keys: Escape closes it (not the thread behind it)
    }
    if (QuickReplies.isOpen() && "draft".equals(Dom.attr(target, "id"))) {
      if ("ArrowDown".equals(key) || "ArrowUp".equals(key)) {
        QuickReplies.move("ArrowDown".equals(key) ? 1 : -1);
        return true;
      }
      if ("Escape".equals(key)) {
        QuickReplies.close();
        return true;
      }
      if (("Enter".equals(key) || "Tab".equals(key)) && !shift
          && (QuickReplies.insertActive() || "Enter".equals(key) && QuickReplies.isLoading())) {
        return true;
      }
    }
    if ("Enter".equals(key) && !shift && "draft".equals(Dom.attr(target, "id"))) {
      if (session.isUsable()) {
        send();
      }
      return true;
    }
    if (Dom.isWithin(target, ".conv")) {
      int step = "ArrowDown".equals(key) ? 1 : "ArrowUp".equals(key) ? -1 : "Home".equals(key) ? -100
          : "End".equals(key) ? 100 : 0;
      if (step != 0) {
        moveFocus(target, ".conv", step);
        return true;
      }
    }
    if (Dom.isWithin(target, ".react-menu")) {
      int step = "ArrowRight".equals(key) || "ArrowDown".equals(key) ? 1
          : "ArrowLeft".equals(key) || "ArrowUp".equals(key) ? -1 : "Home".equals(key) ? -100 : "End".equals(key) ? 100 : 0;
      if (step != 0) {
        moveFocus(target, ".react-menu .react-option", step);
        return true;
      }
      if ("Escape".equals(key) || "Tab".equals(key)) {
        Reactions.closeMenu("Escape".equals(key));
        return "Escape".equals(key);
      }
      return false; // Enter and Space press the focused emoji
    }
    if (("e".equals(key) || "E".equals(key)) && Dom.isWithin(target, ".bubble[data-id]")) {
      Reactions.openMenu(Dom.closest(target, ".bubble")); // E on a message: react to it
      return true;
    }
    if (("r".equals(key) || "R".equals(key)) && Dom.isWithin(target, ".bubble[data-id]")) {
      ReplyPreview.choose(Dom.closest(target, ".bubble")); // R on a message (or its quote or action): reply to it
      return true;
    }
    if ("Escape".equals(key) && Dom.isWithin(target, ".composer") && ReplyPreview.isShown()) {
      ReplyPreview.cancel(true);
      return true;
    }
    if ("Escape".equals(key) && Dom.isWithin(target, ".picker")) {
      picker.close();
      return true;
    }
    if ("Enter".equals(key) && Dom.isWithin(target, "#template-form input")) {
      picker.send(thread.openId());
      return true;
    }
    if ("Escape".equals(key) && Dom.isWithin(target, ".thread")) {
      thread.close();
      return true;
    }
    return false;
  }

  /** Moves focus among the elements matching {@code items}: +1/-1 (bounded), or to the first (-100) / last (100). */
  @JSBody(params = {"from", "items", "step"}, script = "var ps_all = Array.prototype.slice.call(document.querySelectorAll(items));"
      + " if (!ps_all.length) return; var ps_i = ps_all.indexOf(from);"
      + " var ps_j = step === 100 ? ps_all.length - 1 : step === -100 ? 0 : Math.max(0, Math.min(ps_all.length - 1, ps_i + step));"
      + " ps_all[ps_j].focus();")
  private static native void moveFocus(JSObject from, String items, int step);

  @JSBody(params = "listener", script = "document.addEventListener('click', function (ps_e) {"
      + " var ps_el = ps_e.target && ps_e.target.closest ? ps_e.target.closest('[data-action]') : null;"
      + " if (ps_el) { ps_e.preventDefault(); listener(ps_el.getAttribute('data-action'), ps_el); } });")
  private static native void onAction(ActionListener listener);

  @JSBody(params = "listener", script = "document.addEventListener('keydown', function (ps_e) {"
      + " if (ps_e.isComposing || ps_e.keyCode === 229) return;"
      + " if (ps_e.key.length === 1 && (ps_e.ctrlKey || ps_e.metaKey || ps_e.altKey)) return;" // Ctrl+R stays the browser's
      + " if (listener(ps_e.key, ps_e.shiftKey, ps_e.target)) ps_e.preventDefault(); });")
  private static native void onKey(KeyListener listener);

  @JSBody(params = "listener", script = "var ps_f = function (ps_e) { var ps_t = ps_e.target;"
      + " if (ps_t && ps_t.id && (ps_t.tagName !== 'TEXTAREA' || ps_t.id === 'draft')) listener(ps_t.id, ps_t.value); };"
      + " document.addEventListener('input', ps_f); document.addEventListener('change', ps_f);"
      + " document.addEventListener('submit', function (ps_e) { ps_e.preventDefault(); });")
  private static native void onInput(InputListener listener);
}
