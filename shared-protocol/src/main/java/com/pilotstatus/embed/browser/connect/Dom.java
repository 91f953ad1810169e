package com.pilotstatus.embed.browser.connect;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The DOM and network calls of the connect page runtime, each a small guarded JS body. Nothing here throws into the
 * caller: a missing element is a no-op, a failed request reports status 0.
 */
final class Dom {

  private Dom() {
  }

  /** Called with an HTTP status (0 = network failure) and the response text. */
  @JSFunctor
  interface Response extends JSObject {
    void on(int status, String text);
  }

  /** A timer or an event without data. */
  @JSFunctor
  interface Tick extends JSObject {
    void on();
  }

  /** A click on an element carrying {@code data-action} or {@code data-tab-target}. */
  @JSFunctor
  interface Click extends JSObject {
    void on(String action, String tabTarget, JSObject element);
  }

  /** A new document height. */
  @JSFunctor
  interface Height extends JSObject {
    void on(int height);
  }

  /** A {@code message} event: the browser-stated origin, the sending window and the data (JSON text parsed). */
  @JSFunctor
  interface Message extends JSObject {
    void on(String origin, JSObject source, JSObject data);
  }

  /** The window a script opened. */
  @JSFunctor
  interface Opened extends JSObject {
    void on(JSObject window);
  }

  /** {@code FB.login}'s answer: the authorization code, or {@code null} when the user did not finish. */
  @JSFunctor
  interface Login extends JSObject {
    void on(String code);
  }

  @JSBody(params = {"selector", "name"}, script = "var e = document.querySelector(selector);"
      + " return e ? e.getAttribute(name) : null;")
  static native String attr(String selector, String name);

  @JSBody(params = {"selector", "name", "value"}, script = "var e = document.querySelector(selector);"
      + " if (e) { if (value === null) e.removeAttribute(name); else e.setAttribute(name, value); }")
  static native void setAttr(String selector, String name, String value);

  @JSBody(params = {"selector", "text"}, script = "var e = document.querySelector(selector);"
      + " if (e) { e.textContent = text; e.hidden = false; }")
  static native void setText(String selector, String text);

  /** Replaces {@code #state} with the fragment's {@code #state}; false when the fragment is not one. */
  @JSBody(params = "html", script = "try { var t = document.createElement('template'); t.innerHTML = html;"
      + " var n = t.content.firstElementChild; var o = document.getElementById('state');"
      + " if (!n || n.id !== 'state' || !o) return false; o.replaceWith(n); return true; } catch (e) { return false; }")
  static native boolean swapState(String html);

  /** Same-origin request; {@code body} (JSON) may be null. Reports (status, text); status 0 on network failure. */
  @JSBody(params = {"method", "url", "body", "callback"}, script = "try {"
      + " var init = { method: method, credentials: 'same-origin', headers: { 'Accept': 'text/html' } };"
      + " if (body !== null) { init.headers['Content-Type'] = 'application/json'; init.body = body; }"
      + " fetch(url, init).then(function (r) { return r.text().then(function (t) { callback(r.status, t); }); })"
      + " .catch(function () { callback(0, ''); });"
      + " } catch (e) { callback(0, ''); }")
  static native void request(String method, String url, String body, Response callback);

  @JSBody(params = {"callback", "ms"}, script = "return window.setTimeout(function () { callback(); }, ms);")
  static native int setTimeout(Tick callback, int ms);

  @JSBody(params = "id", script = "window.clearTimeout(id);")
  static native void clearTimeout(int id);

  @JSBody(params = "callback", script = "document.addEventListener('click', function (e) {"
      + " var el = e.target && e.target.closest ? e.target.closest('[data-action],[data-tab-target]') : null;"
      + " if (el) { e.preventDefault();"
      + " callback(el.getAttribute('data-action') || '', el.getAttribute('data-tab-target') || '', el); } });")
  static native void onClick(Click callback);

  /**
   * Reports the content height now and whenever it changes: the body's box, not the document's scroll height,
   * which never drops below the iframe's own height and so could only ever grow.
   */
  @JSBody(params = "callback", script = "var last = -1; function report() {"
      + " var h = Math.ceil(document.body.getBoundingClientRect().height); if (h !== last) { last = h; callback(h); } }"
      + " if (typeof ResizeObserver === 'function') { new ResizeObserver(report).observe(document.body); }"
      + " window.addEventListener('resize', report); report();")
  static native void onHeightChange(Height callback);

  /** Esc pressed anywhere in the page, unless something on the page already handled it. */
  @JSBody(params = "callback", script = "document.addEventListener('keydown', function (e) {"
      + " if ((e.key === 'Escape' || e.key === 'Esc') && !e.defaultPrevented && !e.isComposing) callback(); });")
  static native void onEscape(Tick callback);

  /** Window messages, as the origin and the data; Meta posts JSON text, which arrives parsed (or not at all). */
  @JSBody(params = "callback", script = "window.addEventListener('message', function (e) { var d = e.data;"
      + " if (typeof d === 'string') { try { d = JSON.parse(d); } catch (x) { return; } }"
      + " callback(String(e.origin), e.source, d); });")
  static native void onMessage(Message callback);

  /** Copies {@code text}; on success the button shows its {@code data-copied-label} for two seconds. */
  @JSBody(params = {"text", "button"}, script = "function done() { var old = button.textContent;"
      + " button.textContent = button.getAttribute('data-copied-label') || old;"
      + " setTimeout(function () { button.textContent = old; }, 2000); }"
      + " function fallback() { try { var a = document.createElement('textarea'); a.value = text;"
      + " document.body.appendChild(a); a.select(); var ok = document.execCommand('copy'); a.remove();"
      + " if (ok) done(); } catch (e) {} }"
      + " try { if (navigator.clipboard && navigator.clipboard.writeText)"
      + " { navigator.clipboard.writeText(text).then(done, fallback); } else { fallback(); } } catch (e) { fallback(); }")
  static native void copy(String text, JSObject button);

  /** True when {@code window.FB} has the shape of the Facebook SDK (not a clobbered DOM element). */
  @JSBody(script = "return typeof window.FB === 'object' && window.FB !== null"
      + " && typeof window.FB.init === 'function' && typeof window.FB.login === 'function';")
  static native boolean hasFacebookSdk();

  /**
   * {@code FB.init} then {@code FB.login} for WhatsApp Embedded Signup (code flow). {@code opened} receives the popup
   * window {@code FB.login} opens (it opens it synchronously, inside the click), so that messages can be checked
   * against it; {@code window.open} is wrapped only for that call.
   */
  @JSBody(params = {"appId", "version", "configId", "callback", "opened"}, script = "var ps_open = window.open;"
      + " try { window.open = function () { var w = ps_open.apply(window, arguments); opened(w); return w; };"
      + " window.FB.init({ appId: appId, autoLogAppEvents: true, xfbml: false, version: version });"
      + " window.FB.login(function (r) { var c = r && r.authResponse && r.authResponse.code;"
      + " callback(typeof c === 'string' && c.length > 0 ? c : null); },"
      + " { config_id: configId, response_type: 'code', override_default_response_type: true,"
      + " extras: { setup: {}, featureType: '', sessionInfoVersion: '3' } });"
      + " } catch (e) { callback(null); } finally { window.open = ps_open; }")
  static native void facebookLogin(String appId, String version, String configId, Login callback, Opened opened);

  /** {@code a === b} (window identity). */
  @JSBody(params = {"a", "b"}, script = "return a !== null && a !== undefined && a === b;")
  static native boolean isSame(JSObject a, JSObject b);

  @JSBody(params = "url", script = "try { window.location.assign(url); } catch (e) {}")
  static native void navigate(String url);

  @JSBody(params = "text", script = "var n = parseInt(text, 10); return isFinite(n) ? n : 0;")
  static native int parseInt(String text);
}
