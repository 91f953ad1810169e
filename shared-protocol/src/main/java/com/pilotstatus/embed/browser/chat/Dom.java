package com.pilotstatus.embed.browser.chat;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The chat runtime's DOM, timer and network calls: thin JavaScript glue, each guarded so a missing element is a no-op.
 * All decisions (what to fetch, where to swap, what to post) are {@link ChatRuntime}'s; markup comes from the server.
 *
 * <p>TeaVM renames {@code @JSBody} parameters to single letters ({@code b}, {@code c}, …): scripts here use only
 * multi-letter local names, or a local silently shadows a parameter.
 */
final class Dom {

  private Dom() {
  }

  @JSFunctor
  interface Callback extends JSObject {
    void run();
  }

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

  @JSFunctor
  interface HeightListener extends JSObject {
    void onHeight(int height);
  }

  /** {@code status} 0 means no answer (network failure). */
  @JSFunctor
  interface FetchListener extends JSObject {
    void onDone(int status, String body, String state, String unread);
  }

  @JSFunctor
  interface LiveListener extends JSObject {
    void onLiveEvent(String name, String id, String data);
  }

  @JSFunctor
  interface EndListener extends JSObject {
    /** {@code status}: the HTTP status, 200 when an open stream ended, 0 without an answer; {@code retryAfter}: seconds, or -1. */
    void onEnd(int status, int retryAfter);
  }

  // ---- elements ----------------------------------------------------------------------------------------------

  @JSBody(params = "id", script = "return document.getElementById(id);")
  static native JSObject byId(String id);

  @JSBody(params = {"el", "selector"}, script = "return el ? el.querySelector(selector) : null;")
  static native JSObject find(JSObject el, String selector);

  @JSBody(params = {"el", "html"}, script = "if (el) el.innerHTML = html;")
  static native void setHtml(JSObject el, String html);

  /** {@code el.insertAdjacentHTML(position, html)}: beforebegin, afterbegin, beforeend, afterend. */
  @JSBody(params = {"el", "position", "html"}, script = "if (el) el.insertAdjacentHTML(position, html);")
  static native void insertHtml(JSObject el, String position, String html);

  @JSBody(params = {"el", "html"}, script = "if (el) el.outerHTML = html;")
  static native void replaceHtml(JSObject el, String html);

  @JSBody(params = "el", script = "if (el && el.parentNode) el.parentNode.removeChild(el);")
  static native void remove(JSObject el);

  @JSBody(params = {"el", "name"}, script = "return el && el.getAttribute ? el.getAttribute(name) : null;")
  static native String attr(JSObject el, String name);

  @JSBody(params = {"el", "name", "value"},
      script = "if (el) { if (value === null) el.removeAttribute(name); else el.setAttribute(name, value); }")
  static native void setAttr(JSObject el, String name, String value);

  @JSBody(params = {"name", "value"}, script = "document.documentElement.setAttribute(name, value);")
  static native void setRootAttr(String name, String value);

  @JSBody(params = "el", script = "return el && typeof el.value === 'string' ? el.value : '';")
  static native String value(JSObject el);

  @JSBody(params = {"el", "value"}, script = "if (el) el.value = value;")
  static native void setValue(JSObject el, String value);

  @JSBody(params = "el", script = "if (el && el.focus) el.focus();")
  static native void focus(JSObject el);

  @JSBody(params = "el", script = "return !!el && document.activeElement === el;")
  static native boolean isFocused(JSObject el);

  /** A clone of {@code <template id>}'s first element, with its {@code .text} set and {@code attribute=value}. */
  @JSBody(params = {"templateId", "text", "attribute", "value"},
      script = "var t = document.getElementById(templateId); if (!t || !t.content) return null;"
          + " var el = t.content.firstElementChild.cloneNode(true); var p = el.querySelector('.text');"
          + " if (p) p.textContent = text; el.setAttribute(attribute, value); return el;")
  static native JSObject fromTemplate(String templateId, String text, String attribute, String value);

  @JSBody(params = {"parent", "child"}, script = "if (parent && child) parent.appendChild(child);")
  static native void append(JSObject parent, JSObject child);

  @JSBody(params = {"old", "replacement"}, script = "if (old && replacement && old.parentNode) old.parentNode.replaceChild(replacement, old);")
  static native void replace(JSObject old, JSObject replacement);

  /** The first reply of {@code log} still pending whose text is exactly {@code text}, or null. */
  @JSBody(params = {"log", "text"}, script = "if (!log) return null;"
      + " var pendings = log.querySelectorAll('[data-local][data-status=pending]');"
      + " for (var idx = 0; idx < pendings.length; idx++) { var para = pendings[idx].querySelector('.text');"
      + " if (para && para.textContent === text) return pendings[idx]; } return null;")
  static native JSObject pendingWithText(JSObject log, String text);

  /** The {@code data-day} of the last day separator in {@code log}, or null. */
  @JSBody(params = "log", script = "if (!log) return null; var d = log.querySelectorAll('.day');"
      + " return d.length ? d[d.length - 1].getAttribute('data-day') : null;")
  static native String lastDay(JSObject log);

  /** Marks {@code id}'s row as the open one (aria-current) and clears the others. */
  @JSBody(params = "id", script = "var rows = document.querySelectorAll('.conv');"
      + " for (var i = 0; i < rows.length; i++) { if (rows[i].getAttribute('data-id') === id) rows[i].setAttribute('aria-current', 'true');"
      + " else rows[i].removeAttribute('aria-current'); }")
  static native void markCurrent(String id);

  /** Moves focus among the list's buttons: +1/-1, or to the first (-100) / last (100). */
  @JSBody(params = {"from", "step"}, script = "var rows = Array.prototype.slice.call(document.querySelectorAll('.conv'));"
      + " if (!rows.length) return; var i = rows.indexOf(from);"
      + " var j = step === 100 ? rows.length - 1 : step === -100 ? 0 : Math.max(0, Math.min(rows.length - 1, i + step));"
      + " rows[j].focus();")
  static native void moveFocus(JSObject from, int step);

  @JSBody(params = {"el", "selector"}, script = "return !!(el && el.closest && el.closest(selector));")
  static native boolean isWithin(JSObject el, String selector);

  /** True when {@code log} is scrolled (near) to its end. */
  @JSBody(params = "log", script = "return !log || log.scrollHeight - log.scrollTop - log.clientHeight < 80;")
  static native boolean isAtEnd(JSObject log);

  @JSBody(params = "log", script = "if (log) log.scrollTop = log.scrollHeight;")
  static native void scrollToEnd(JSObject log);

  /**
   * Puts an older run of messages at the top of {@code log}, keeps what the user was looking at in place, and drops
   * a day separator that the run already ends with.
   */
  @JSBody(params = {"log", "html"}, script = "if (!log) return; var first = log.firstElementChild;"
      + " var keep = log.scrollHeight - log.scrollTop; log.insertAdjacentHTML('afterbegin', html);"
      + " if (first && first.classList.contains('day')) { var p = first.previousElementSibling;"
      + " while (p && !p.classList.contains('day')) p = p.previousElementSibling;"
      + " if (p && p.getAttribute('data-day') === first.getAttribute('data-day')) log.removeChild(first); }"
      + " log.scrollTop = log.scrollHeight - keep;")
  static native void prependOlder(JSObject log, String html);

  // ---- events ------------------------------------------------------------------------------------------------

  @JSBody(params = "listener", script = "document.addEventListener('click', function (e) {"
      + " var el = e.target && e.target.closest ? e.target.closest('[data-action]') : null;"
      + " if (el) { e.preventDefault(); listener(el.getAttribute('data-action'), el); } });")
  static native void onAction(ActionListener listener);

  @JSBody(params = "listener", script = "document.addEventListener('keydown', function (e) {"
      + " if (e.isComposing || e.keyCode === 229) return; if (listener(e.key, e.shiftKey, e.target)) e.preventDefault(); });")
  static native void onKey(KeyListener listener);

  @JSBody(params = "listener", script = "var f = function (e) { var t = e.target; if (t && t.id && t.tagName !== 'TEXTAREA')"
      + " listener(t.id, t.value); }; document.addEventListener('input', f); document.addEventListener('change', f);"
      + " document.addEventListener('submit', function (e) { e.preventDefault(); });")
  static native void onInput(InputListener listener);

  /** Reports the document height whenever it changes, at most once per animation frame. */
  @JSBody(params = "listener", script = "if (typeof ResizeObserver !== 'function') return; var queued = false;"
      + " var ro = new ResizeObserver(function () { if (queued) return; queued = true;"
      + " requestAnimationFrame(function () { queued = false; listener(Math.ceil(document.documentElement.scrollHeight)); }); });"
      + " ro.observe(document.documentElement); ro.observe(document.body);")
  static native void onResize(HeightListener listener);

  /**
   * Performance marks for the benchmark: {@code name} now, and {@code name + "-painted"} once the frame that shows
   * the change has been painted (the task after the next animation frame).
   */
  @JSBody(params = "name", script = "if (!window.performance || !performance.mark) return; performance.mark(name);"
      + " requestAnimationFrame(function () { setTimeout(function () { performance.mark(name + '-painted'); }, 0); });")
  static native void markPaint(String name);

  /** A Performance mark, for the benchmark's breakdown. */
  @JSBody(params = "name", script = "if (window.performance && performance.mark) performance.mark(name);")
  static native void mark(String name);

  // ---- time --------------------------------------------------------------------------------------------------

  @JSBody(params = {"callback", "ms"}, script = "return setTimeout(callback, ms);")
  static native int setTimeout(Callback callback, int ms);

  @JSBody(params = "id", script = "clearTimeout(id);")
  static native void clearTimeout(int id);

  /** Wall-clock milliseconds since this page loaded (jumps forward across a sleep, unlike timers). */
  @JSBody(script = "return (Date.now() - Math.floor(performance.timeOrigin)) | 0;")
  static native int now();

  @JSBody(script = "try { return Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { return ''; }")
  static native String timeZone();

  /** A random integer in [0, bound). */
  @JSBody(params = "bound", script = "return Math.floor(Math.random() * bound);")
  static native int random(int bound);

  /** 128 random bits as hex (works outside secure contexts, unlike crypto.randomUUID). */
  @JSBody(script = "var b = new Uint8Array(16); crypto.getRandomValues(b); var s = '';"
      + " for (var i = 0; i < 16; i++) s += (b[i] < 16 ? '0' : '') + b[i].toString(16); return s;")
  static native String randomKey();

  @JSBody(params = "s", script = "return encodeURIComponent(s);")
  static native String encode(String s);

  // ---- network -----------------------------------------------------------------------------------------------

  /**
   * {@code fetch} with the session headers. The token travels only in {@code Authorization}; no cookies, no
   * referrer, no cache.
   *
   * <p>A 503 with {@code Retry-After} (at most 5 s) is an instance that is shutting down and refused the request
   * before handling it — a load balancer may still send it there for a moment, and does not retry a POST by itself:
   * the same request (the same {@code Idempotency-Key}) goes again after the hint plus up to 0.5 s of jitter, at most
   * twice, before the listener hears of it.
   */
  @JSBody(params = {"method", "url", "token", "parent", "locale", "zone", "idempotencyKey", "body", "listener"},
      script = "var hdrs = { 'Authorization': 'Bearer ' + token, 'X-PS-Parent-Origin': parent, 'X-PS-Locale': locale,"
          + " 'X-PS-Time-Zone': zone }; if (idempotencyKey) hdrs['Idempotency-Key'] = idempotencyKey;"
          + " if (body !== null) hdrs['Content-Type'] = 'application/json';"
          + " function go(left) { fetch(url, { method: method, headers: hdrs, body: body, credentials: 'omit',"
          + " cache: 'no-store', referrerPolicy: 'no-referrer' }).then(function (r) {"
          + " var ra = parseInt(r.headers.get('Retry-After'), 10);"
          + " if (r.status === 503 && left > 0 && ra >= 0 && ra <= 5) {"
          + " setTimeout(function () { go(left - 1); }, ra * 1000 + Math.floor(Math.random() * 500)); return; }"
          + " return r.text().then(function (t) {"
          + " listener(r.status, t, r.headers.get('X-PS-State') || '', r.headers.get('X-PS-Unread-Count') || ''); }); })"
          + " .catch(function () { listener(0, '', '', ''); }); } go(2);")
  static native void fetch(String method, String url, String token, String parent, String locale, String zone,
                           String idempotencyKey, String body, FetchListener listener);

  /**
   * Reads a server-sent event stream with {@code fetch} (EventSource cannot send an Authorization header). Returns
   * a handle for {@link #abort}.
   */
  @JSBody(params = {"url", "token", "parent", "locale", "zone", "lastEventId", "onEvent", "onEnd"},
      script = "var ctrl = new AbortController(); var ended = false; function end(s, ra) { if (!ended && !ctrl.dead) { ended = true; onEnd(s, ra); } }"
          + " var hdrs = { 'Authorization': 'Bearer ' + token, 'X-PS-Parent-Origin': parent, 'X-PS-Locale': locale,"
          + " 'X-PS-Time-Zone': zone, 'Accept': 'text/event-stream' }; if (lastEventId) hdrs['Last-Event-ID'] = lastEventId;"
          + " fetch(url, { headers: hdrs, signal: ctrl.signal, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' })"
          + ".then(function (r) { if (r.status !== 200 || !r.body) { var ra = parseInt(r.headers.get('Retry-After'), 10); end(r.status, ra >= 0 ? Math.min(ra, 3600) : -1); return; }"
          + " var reader = r.body.getReader(), dec = new TextDecoder(), buf = '', id = null, name = 'message', data = [];"
          + " function pump() { return reader.read().then(function (x) { if (x.done) { end(200, -1); return; }"
          + " buf += dec.decode(x.value, { stream: true }); var nl;"
          + " while ((nl = buf.indexOf('\\n')) >= 0) { var line = buf.slice(0, nl); buf = buf.slice(nl + 1);"
          + " if (line.charAt(line.length - 1) === '\\r') line = line.slice(0, -1);"
          + " if (line === '') { if (data.length) { if (ended || ctrl.dead) return;"
          + " try { onEvent(name, id, data.join('\\n')); } catch (err) { if (window.console) console.error('chat live event failed', err); } }"
          + " id = null; name = 'message'; data = []; continue; }"
          + " if (line.charAt(0) === ':') continue; var colon = line.indexOf(':');"
          + " var field = colon < 0 ? line : line.slice(0, colon), val = colon < 0 ? '' : line.slice(colon + 1); if (val.charAt(0) === ' ') val = val.slice(1);"
          + " if (field === 'id') id = val; else if (field === 'event') name = val; else if (field === 'data') data.push(val); }"
          + " return pump(); }); } return pump(); }).catch(function () { end(0, -1); });"
          + " return ctrl;")
  static native JSObject stream(String url, String token, String parent, String locale, String zone, String lastEventId,
                                LiveListener onEvent, EndListener onEnd);

  /** Stops a {@link #stream} without reporting its end. */
  @JSBody(params = "handle", script = "if (handle) { handle.dead = true; try { handle.abort(); } catch (e) {} }")
  static native void abort(JSObject handle);
}
