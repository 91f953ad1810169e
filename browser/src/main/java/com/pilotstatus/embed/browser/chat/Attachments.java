package com.pilotstatus.embed.browser.chat;

import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.protocol.ChatHeaders;
import com.pilotstatus.embed.protocol.ChatPaths;
import com.pilotstatus.embed.protocol.MediaRules;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Files the agent sends (issue 18). Requirements: a file comes from the picker, a drop on the thread or a paste into
 * the reply box, and waits in the composer's tray until Send (the draft becomes its caption); a type or size that
 * {@link MediaRules} refuses is never uploaded — the composer says why, naming the file and the limits; an upload
 * shows its progress in a bubble; a failed one stays there with Retry (the same {@code Idempotency-Key}, the file
 * kept in memory only) and Discard, so it is sent at most once. Uploads in flight and failed ones belong to the
 * runtime, not to the DOM: a re-render of their thread puts their bubbles back ({@link #restore}). A file the server
 * refuses (413/415, or 402 when the number's plan has no media) says why, with Discard only: sending it again cannot
 * help. A chosen photo shows as a thumbnail in the tray, from a same-document object URL of the user's own file
 * (the shell's {@code img-src blob:}), revoked when the file leaves the tray.
 */
final class Attachments {

  /** An upload not yet confirmed: the {@code File} is held here, and only here. */
  private static final class Upload {
    final String conversationId;
    final JSObject file;
    final String caption;
    boolean failed;
    /** The bubble's attribute holding why the server refused the file ({@code null}: not refused). */
    String refusal;

    Upload(String conversationId, JSObject file, String caption) {
      this.conversationId = conversationId;
      this.file = file;
      this.caption = caption;
    }
  }

  @JSFunctor
  interface FileListener extends JSObject {
    void onFile(JSObject file);
  }

  private final Session session;
  private final Map<String, Upload> uploads = new HashMap<>();
  /** The file in the tray, or {@code null}. */
  private JSObject staged;
  /** The object URL of the tray's thumbnail, or {@code null}; revoked when the file leaves the tray. */
  private String thumbnail;

  Attachments(Session session) {
    this.session = session;
  }

  /** Listens for files chosen, dropped on the thread or pasted into the reply box. */
  void listen() {
    onFiles(this::stage);
  }

  /** A new session: its uploads are gone with its thread. */
  void reset() {
    uploads.clear();
    staged = null;
    thumbnail = revoke(thumbnail);
  }

  /** Whether a file waits in the tray of the reply box shown now. */
  boolean isStaged() {
    return staged != null && Dom.byId("attachment") != null;
  }

  /** The attach button: opens the file picker. */
  void pick() {
    click(Dom.byId("attach-input"));
  }

  /** Puts {@code file} in the tray, or says why it cannot be sent. */
  void stage(JSObject file) {
    JSObject form = Dom.query(".composer");
    JSObject notice = Dom.byId("media-notice");
    if (form == null || !session.isUsable()) {
      return;
    }
    String kind = MediaRules.kindOf(type(file));
    String refusal = kind == null ? "data-bad-type" : size(file) > MediaRules.maxBytes(kind) ? "data-too-large" : null;
    if (refusal != null) {
      Dom.showText(notice, named(Dom.attr(form, refusal), name(file)));
      return;
    }
    Dom.setAttr(notice, "hidden", "");
    staged = file;
    JSObject tray = Dom.byId("attachment");
    revoke(thumbnail);
    thumbnail = MediaRules.IMAGE.equals(kind) ? objectUrl(file) : null;
    JSObject thumb = Dom.find(tray, ".attachment-thumb");
    Dom.setAttr(thumb, "src", thumbnail);
    Dom.setAttr(thumb, "hidden", thumbnail == null ? "" : null);
    Dom.setAttr(Dom.find(tray, ".card-icon"), "hidden", thumbnail == null ? null : "");
    Dom.showText(Dom.find(tray, ".attachment-name"), name(file));
    Dom.showText(Dom.find(tray, ".attachment-size"), sizeLabel(size(file)));
    Dom.setAttr(tray, "hidden", null);
    Dom.focus(Dom.byId("draft"));
  }

  /** The tray's remove button. */
  void unstage() {
    staged = null;
    thumbnail = revoke(thumbnail);
    JSObject tray = Dom.byId("attachment");
    Dom.setAttr(Dom.find(tray, ".attachment-thumb"), "src", null);
    Dom.setAttr(tray, "hidden", "");
    Dom.focus(Dom.byId("draft"));
  }

  /** Send with a file in the tray: uploads it to {@code conversationId} with the draft as its caption. */
  void send(String conversationId) {
    JSObject textarea = Dom.byId("draft");
    if (conversationId == null || !isStaged() || !session.isActive()) {
      return;
    }
    String key = Dom.randomKey();
    uploads.put(key, new Upload(conversationId, staged, Dom.value(textarea).trim()));
    unstage();
    Dom.setValue(textarea, "");
    JSObject log = Dom.byId("log");
    Dom.remove(Dom.find(log, ".log-empty"));
    Dom.append(log, bubbleFor(key));
    Dom.scrollToEnd(log);
    deliver(key);
  }

  /** Retry on a failed upload's bubble: the same file under the same key. */
  void retry(JSObject button) {
    JSObject bubble = Dom.closest(button, ".bubble");
    Upload up = uploads.get(Dom.attr(bubble, "data-key"));
    if (up == null || up.refusal != null || !session.isActive()) {
      return;
    }
    String key = Dom.attr(bubble, "data-key");
    up.failed = false;
    Dom.replace(bubble, bubbleFor(key));
    deliver(key);
  }

  /** Discard on a failed upload's bubble: the file is dropped. */
  void discard(JSObject button) {
    JSObject bubble = Dom.closest(button, ".bubble");
    uploads.remove(Dom.attr(bubble, "data-key"));
    Dom.remove(bubble);
    Dom.focus(Dom.byId("draft"));
  }

  /** After a re-render of the thread, puts back the uploads to {@code conversationId} still in flight or failed. */
  void restore(String conversationId) {
    JSObject log = Dom.byId("log");
    for (Map.Entry<String, Upload> entry : uploads.entrySet()) {
      if (entry.getValue().conversationId.equals(conversationId) && Dom.byId("u-" + entry.getKey()) == null) {
        Dom.remove(Dom.find(log, ".log-empty"));
        Dom.append(log, bubbleFor(entry.getKey()));
      }
    }
  }

  private void deliver(String key) {
    Upload up = uploads.get(key);
    int gen = session.generation();
    String url = ChatPaths.CONVERSATIONS + "/" + SessionHttp.encode(up.conversationId) + ChatPaths.MEDIA;
    session.upload(url, key, up.file, up.caption, percent -> showProgress(Dom.byId("u-" + key), percent), (status, html, state, unread) -> {
      if (gen != session.generation()) {
        return;
      }
      JSObject bubble = Dom.byId("u-" + key); // null while another conversation is open: restored with it
      if (Composer.settle(session, bubble, status, html, state)) {
        uploads.remove(key);
        return;
      }
      up.failed = true;
      if (ChatHeaders.STATE_MEDIA_REFUSED.equals(state)) {
        up.refusal = status == 402 ? "data-no-media" : status == 413 ? "data-too-large" : "data-bad-type";
      }
      Dom.replace(bubble, bubbleFor(key));
    });
  }

  private JSObject bubbleFor(String key) {
    Upload up = uploads.get(key);
    JSObject bubble = Dom.fromTemplate("tpl-upload", up.caption, "id", "u-" + key);
    Dom.setAttr(bubble, "data-key", key);
    Dom.showText(Dom.find(bubble, ".upload-name"), name(up.file));
    Dom.showText(Dom.find(bubble, ".upload-size"), sizeLabel(size(up.file)));
    if (up.failed) {
      Dom.setAttr(bubble, "class", "bubble out has-media upload failed" + (up.refusal == null ? "" : " refused"));
      Dom.setAttr(bubble, "data-status", "failed");
      if (up.refusal != null) {
        Dom.showText(Dom.find(bubble, ".upload-refusal"), Dom.attr(bubble, up.refusal));
      }
    }
    return bubble;
  }

  /** "820 B", "48 KB", "2.4 MB" (in JS: Java's long and number formatting would cost the bundle more). */
  @JSBody(params = "bytes", script = "return bytes < 1024 ? bytes + ' B' : bytes < 1048576 ? Math.round(bytes / 1024) + ' KB'"
      + " : (bytes / 1048576).toFixed(1) + ' MB';")
  private static native String sizeLabel(int bytes);

  @JSBody(params = {"text", "name"}, script = "return (text || '').replace('{0}', name);")
  private static native String named(String text, String name);

  @JSBody(params = {"bubble", "percent"},
      script = "var ps_p = bubble && bubble.querySelector('.upload-progress'); if (ps_p) ps_p.value = percent;")
  private static native void showProgress(JSObject bubble, int percent);

  @JSBody(params = "file", script = "return URL.createObjectURL(file);")
  private static native String objectUrl(JSObject file);

  /** Revokes {@code url} (when not null), so the file it names can be freed; returns {@code null}. */
  @JSBody(params = "url", script = "if (url) URL.revokeObjectURL(url); return null;")
  private static native String revoke(String url);

  @JSBody(params = "file", script = "return file.type || '';")
  private static native String type(JSObject file);

  @JSBody(params = "file", script = "return file.name || '';")
  private static native String name(JSObject file);

  @JSBody(params = "file", script = "return file.size;")
  private static native int size(JSObject file);

  @JSBody(params = "el", script = "if (el) el.click();")
  private static native void click(JSObject el);

  /**
   * Files from the picker ({@code #attach-input}, emptied after each choice), a drop anywhere on the thread (its
   * hint shown while a file is dragged over it) and a paste into the reply box that carries a file.
   */
  @JSBody(params = "listener", script = "function ps_hint(ps_on) { var ps_d = document.getElementById('drop-hint');"
      + " if (ps_d) ps_d.hidden = !ps_on; }"
      + " function ps_files(ps_e) { return ps_e.dataTransfer && Array.prototype.indexOf.call(ps_e.dataTransfer.types, 'Files') >= 0; }"
      + " document.addEventListener('change', function (ps_e) { var ps_t = ps_e.target;"
      + " if (ps_t && ps_t.id === 'attach-input' && ps_t.files && ps_t.files[0]) { listener(ps_t.files[0]); ps_t.value = ''; } });"
      + " document.addEventListener('dragover', function (ps_e) { if (ps_files(ps_e) && ps_e.target.closest && ps_e.target.closest('.thread')"
      + " && document.getElementById('attachment')) { ps_e.preventDefault(); ps_hint(true); } });"
      + " document.addEventListener('dragleave', function (ps_e) { if (!ps_e.relatedTarget || !ps_e.relatedTarget.closest"
      + " || !ps_e.relatedTarget.closest('.thread')) ps_hint(false); });"
      + " document.addEventListener('drop', function (ps_e) { ps_hint(false); if (!ps_files(ps_e)) return; ps_e.preventDefault();"
      + " var ps_f = ps_e.dataTransfer.files; if (ps_f && ps_f[0] && ps_e.target.closest && ps_e.target.closest('.thread')) listener(ps_f[0]); });"
      + " document.addEventListener('paste', function (ps_e) { var ps_c = ps_e.clipboardData;"
      + " if (!ps_c || !ps_c.files || !ps_c.files[0] || !ps_e.target || ps_e.target.id !== 'draft') return;"
      + " ps_e.preventDefault(); listener(ps_c.files[0]); });")
  private static native void onFiles(FileListener listener);
}
