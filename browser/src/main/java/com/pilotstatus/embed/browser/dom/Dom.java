package com.pilotstatus.embed.browser.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The one DOM binding of the SDK and both iframe runtimes: elements, events, timers. Thin JavaScript glue, each call
 * guarded so that a missing element is a no-op and nothing throws into the caller; every decision is the caller's.
 * TeaVM compiles only what a bundle calls, so each bundle carries just its part of this class.
 *
 * <p>TeaVM renames {@code @JSBody} parameters to single letters: scripts here name their locals {@code ps_…}, or a
 * local could silently shadow a parameter.
 */
public final class Dom {

  private Dom() {
  }

  /** A timer, or an event without data. */
  @JSFunctor
  public interface Callback extends JSObject {
    void run();
  }

  /** A new height in pixels. */
  @JSFunctor
  public interface HeightListener extends JSObject {
    void onHeight(int height);
  }

  // ---- elements ----------------------------------------------------------------------------------------------

  @JSBody(params = "id", script = "return document.getElementById(id);")
  public static native JSObject byId(String id);

  /** The first element matching {@code selector} in the document, or {@code null}. */
  @JSBody(params = "selector", script = "try { return document.querySelector(selector); } catch (ps_e) { return null; }")
  public static native JSObject query(String selector);

  @JSBody(params = {"el", "selector"}, script = "return el ? el.querySelector(selector) : null;")
  public static native JSObject find(JSObject el, String selector);

  /**
   * The element to mount into: a CSS selector (the first match) or an element. {@code null} when the selector
   * matches nothing or is not valid CSS, or when {@code target} is neither a string nor an element.
   */
  @JSBody(params = "target", script = "try { if (typeof target === 'string') return document.querySelector(target);"
      + " return target && target.nodeType === 1 && typeof target.appendChild === 'function' ? target : null; }"
      + " catch (e) { return null; }")
  public static native JSObject findElement(JSObject target);

  @JSBody(params = {"el", "html"}, script = "if (el) el.innerHTML = html;")
  public static native void setHtml(JSObject el, String html);

  /** {@code el.insertAdjacentHTML(position, html)}: beforebegin, afterbegin, beforeend, afterend. */
  @JSBody(params = {"el", "position", "html"}, script = "if (el) el.insertAdjacentHTML(position, html);")
  public static native void insertHtml(JSObject el, String position, String html);

  @JSBody(params = {"el", "html"}, script = "if (el) el.outerHTML = html;")
  public static native void replaceHtml(JSObject el, String html);

  /** Sets the text of {@code el} and shows it ({@code hidden = false}). */
  @JSBody(params = {"el", "text"}, script = "if (el) { el.textContent = text; el.hidden = false; }")
  public static native void showText(JSObject el, String text);

  /** Removes {@code node} from the document when it is in one. */
  @JSBody(params = "node", script = "try { if (node && node.parentNode) node.parentNode.removeChild(node); } catch (e) {}")
  public static native void remove(JSObject node);

  @JSBody(params = {"parent", "child"}, script = "if (parent && child) parent.appendChild(child);")
  public static native void append(JSObject parent, JSObject child);

  /** Inserts {@code node} into {@code parent} before {@code ref} (at the end when {@code ref} is null). */
  @JSBody(params = {"parent", "node", "ref"}, script = "if (parent && node) parent.insertBefore(node, ref || null);")
  public static native void insertBefore(JSObject parent, JSObject node, JSObject ref);

  @JSBody(params = {"old", "replacement"},
      script = "if (old && replacement && old.parentNode) old.parentNode.replaceChild(replacement, old);")
  public static native void replace(JSObject old, JSObject replacement);

  @JSBody(params = {"el", "name"}, script = "return el && el.getAttribute ? el.getAttribute(name) : null;")
  public static native String attr(JSObject el, String name);

  /** Sets {@code name="value"} on {@code el}; a {@code null} value removes the attribute. */
  @JSBody(params = {"el", "name", "value"},
      script = "if (el) { if (value === null) el.removeAttribute(name); else el.setAttribute(name, value); }")
  public static native void setAttr(JSObject el, String name, String value);

  @JSBody(params = {"name", "value"}, script = "document.documentElement.setAttribute(name, value);")
  public static native void setRootAttr(String name, String value);

  /**
   * Sets the custom property {@code name} on the root element's own style (through the CSSOM, which a strict
   * {@code style-src} allows); a {@code null} value removes it, so the stylesheet's value applies again.
   */
  @JSBody(params = {"name", "value"}, script = "var ps_s = document.documentElement.style;"
      + " if (value === null) ps_s.removeProperty(name); else ps_s.setProperty(name, value);")
  public static native void setRootProperty(String name, String value);

  @JSBody(params = "el", script = "return el && typeof el.value === 'string' ? el.value : '';")
  public static native String value(JSObject el);

  @JSBody(params = {"el", "value"}, script = "if (el) el.value = value;")
  public static native void setValue(JSObject el, String value);

  @JSBody(params = "el", script = "if (el && el.focus) el.focus();")
  public static native void focus(JSObject el);

  @JSBody(params = "el", script = "return !!el && document.activeElement === el;")
  public static native boolean isFocused(JSObject el);

  /** The nearest of {@code el} and its ancestors matching {@code selector}, or {@code null}. */
  @JSBody(params = {"el", "selector"}, script = "return el && el.closest ? el.closest(selector) : null;")
  public static native JSObject closest(JSObject el, String selector);

  @JSBody(params = {"el", "selector"}, script = "return !!(el && el.closest && el.closest(selector));")
  public static native boolean isWithin(JSObject el, String selector);

  /** A clone of {@code <template id>}'s first element, with its {@code .text} set and {@code attribute=value}. */
  @JSBody(params = {"templateId", "text", "attribute", "value"},
      script = "var ps_t = document.getElementById(templateId); if (!ps_t || !ps_t.content) return null;"
          + " var ps_el = ps_t.content.firstElementChild.cloneNode(true); var ps_p = ps_el.querySelector('.text');"
          + " if (ps_p) ps_p.textContent = text; ps_el.setAttribute(attribute, value); return ps_el;")
  public static native JSObject fromTemplate(String templateId, String text, String attribute, String value);

  /** True when {@code el} is scrolled (near) to its end. */
  @JSBody(params = "el", script = "return !el || el.scrollHeight - el.scrollTop - el.clientHeight < 80;")
  public static native boolean isAtEnd(JSObject el);

  @JSBody(params = "el", script = "if (el) el.scrollTop = el.scrollHeight;")
  public static native void scrollToEnd(JSObject el);

  // ---- iframes (the SDK) -------------------------------------------------------------------------------------

  /**
   * A new iframe: {@code src}, {@code sandbox} and {@code title} as given, full width, no border (styled through the
   * CSSOM, which a host's strict style-src CSP allows). It is not in the document yet.
   */
  @JSBody(params = {"src", "sandbox", "title"}, script = "var ps_f = document.createElement('iframe');"
      + " ps_f.setAttribute('sandbox', sandbox); ps_f.setAttribute('title', title);"
      + " ps_f.style.cssText = 'width:100%;border:0;display:block';"
      + " ps_f.setAttribute('src', src); return ps_f;")
  public static native JSObject createFrame(String src, String sandbox, String title);

  /** The iframe's window, or {@code null} once it left the document. */
  @JSBody(params = "frame", script = "try { return frame.contentWindow; } catch (e) { return null; }")
  public static native JSObject contentWindow(JSObject frame);

  /** Sets the iframe's CSS height in pixels. */
  @JSBody(params = {"frame", "px"}, script = "frame.style.height = px + 'px';")
  public static native void setHeight(JSObject frame, int px);

  // ---- events ------------------------------------------------------------------------------------------------

  /**
   * Reports the document's height whenever it changes, at most once per animation frame (the chat inbox, whose
   * document grows and shrinks with its content).
   */
  @JSBody(params = "listener", script = "if (typeof ResizeObserver !== 'function') return; var ps_queued = false;"
      + " var ps_ro = new ResizeObserver(function () { if (ps_queued) return; ps_queued = true;"
      + " requestAnimationFrame(function () { ps_queued = false;"
      + " listener(Math.ceil(document.documentElement.scrollHeight)); }); });"
      + " ps_ro.observe(document.documentElement); ps_ro.observe(document.body);")
  public static native void onDocumentHeight(HeightListener listener);

  /**
   * Reports the body's height now and whenever it changes (the connect page): the body's box, not the document's
   * scroll height, which never drops below the iframe's own height and so could only ever grow.
   */
  @JSBody(params = "listener", script = "var ps_last = -1; function ps_report() {"
      + " var ps_h = Math.ceil(document.body.getBoundingClientRect().height);"
      + " if (ps_h !== ps_last) { ps_last = ps_h; listener(ps_h); } }"
      + " if (typeof ResizeObserver === 'function') { new ResizeObserver(ps_report).observe(document.body); }"
      + " window.addEventListener('resize', ps_report); ps_report();")
  public static native void onBodyHeight(HeightListener listener);

  /** Esc pressed anywhere in the page, unless something on the page already handled it. */
  @JSBody(params = "callback", script = "document.addEventListener('keydown', function (e) {"
      + " if ((e.key === 'Escape' || e.key === 'Esc') && !e.defaultPrevented && !e.isComposing) callback(); });")
  public static native void onEscape(Callback callback);

  /**
   * Performance marks for the benchmark: {@code name} now, and {@code name + "-painted"} once the frame that shows
   * the change has been painted (the task after the next animation frame).
   */
  @JSBody(params = "name", script = "if (!window.performance || !performance.mark) return; performance.mark(name);"
      + " requestAnimationFrame(function () { setTimeout(function () { performance.mark(name + '-painted'); }, 0); });")
  public static native void markPaint(String name);

  /** A Performance mark, for the benchmark's breakdown. */
  @JSBody(params = "name", script = "if (window.performance && performance.mark) performance.mark(name);")
  public static native void mark(String name);

  // ---- time and numbers --------------------------------------------------------------------------------------

  @JSBody(params = {"callback", "ms"}, script = "return setTimeout(function () { callback(); }, ms);")
  public static native int setTimeout(Callback callback, int ms);

  @JSBody(params = "id", script = "clearTimeout(id);")
  public static native void clearTimeout(int id);

  /** Wall-clock milliseconds since this page loaded (jumps forward across a sleep, unlike timers). */
  @JSBody(script = "return (Date.now() - Math.floor(performance.timeOrigin)) | 0;")
  public static native int now();

  /**
   * The browser's IANA time zone, or {@code ""}. Temporal first: in a fresh renderer the first
   * {@code Intl.DateTimeFormat()} loads ICU's locale data, 25–300 ms on the chat's first-paint path (issue 17 §2),
   * where {@code Temporal.Now.timeZoneId()} takes under 1 ms.
   */
  @JSBody(script = "try { if (typeof Temporal === 'object' && Temporal.Now) return Temporal.Now.timeZoneId() || ''; }"
      + " catch (e) { } try { return Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { return ''; }")
  public static native String timeZone();

  /** A random integer in [0, bound). */
  @JSBody(params = "bound", script = "return Math.floor(Math.random() * bound);")
  public static native int random(int bound);

  /** 128 random bits as hex (works outside secure contexts, unlike crypto.randomUUID). */
  @JSBody(script = "var ps_b = new Uint8Array(16); crypto.getRandomValues(ps_b); var ps_s = '';"
      + " for (var ps_i = 0; ps_i < 16; ps_i++) ps_s += (ps_b[ps_i] < 16 ? '0' : '') + ps_b[ps_i].toString(16);"
      + " return ps_s;")
  public static native String randomKey();

  /** {@code parseInt(text, 10)}, or 0 when it is not a number. */
  @JSBody(params = "text", script = "var ps_n = parseInt(text, 10); return isFinite(ps_n) ? ps_n : 0;")
  public static native int parseInt(String text);

  /** This window's URL. */
  @JSBody(script = "return window.location.href;")
  public static native String locationHref();

  /** Loads {@code url} in this window in place of the current page (no new history entry). */
  @JSBody(params = "url", script = "try { window.location.replace(url); } catch (e) {}")
  public static native void replaceLocation(String url);

  /** Goes to {@code url} in this window. */
  @JSBody(params = "url", script = "try { window.location.assign(url); } catch (e) {}")
  public static native void navigate(String url);
}
