package com.pilotstatus.embed.browser.sdk;

import com.pilotstatus.embed.browser.dom.Js;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The centred modal of {@code connect.open}.
 *
 * <p>Requirements (issue 6, WAI-ARIA dialog pattern):
 * <ul>
 *   <li>A backdrop over the whole page and a {@code role="dialog"} with {@code aria-modal="true"} and a label.</li>
 *   <li>Focus is trapped: two focusable guards around the dialog send Tab / Shift+Tab back to the other end (this
 *       works across the cross-origin iframe, whose inside we cannot see), and focus that lands outside the modal is
 *       pulled back to the close button.</li>
 *   <li>Esc (while focus is in the host document) and the close button close it; focus returns to the element that
 *       had it before opening.</li>
 *   <li>Page scroll is locked while any modal is open (a counter, so two modals unlock in any order).</li>
 * </ul>
 */
final class ConnectModal {

  private static int scrollLocks;
  private static String savedOverflow;

  private ConnectModal() {
  }

  /**
   * Shows {@code frame} in a new modal and returns the function that removes it (no callback). When the user closes
   * it, the modal removes itself and then calls {@code onUserClose}.
   */
  static JSObject open(JSObject frame, Js.Callback onUserClose) {
    if (scrollLocks++ == 0) {
      savedOverflow = overflow();
      setOverflow("hidden");
    }
    return show(frame, "Connect WhatsApp", "Close", () -> {
      if (--scrollLocks == 0) {
        setOverflow(savedOverflow);
      }
    }, onUserClose);
  }

  @JSBody(script = "return document.documentElement.style.overflow || '';")
  private static native String overflow();

  @JSBody(params = "value", script = "document.documentElement.style.overflow = value;")
  private static native void setOverflow(String value);

  @JSBody(params = {"frame", "label", "closeLabel", "onRemoved", "onUserClose"}, script = ""
      + "var d = document, prev = d.activeElement, done = false;"
      + "var o = d.createElement('div'); o.setAttribute('data-pilot-status', 'modal');"
      + "o.style.cssText = 'position:fixed;top:0;right:0;bottom:0;left:0;z-index:2147483647;display:flex;"
      + "align-items:center;justify-content:center;padding:16px;box-sizing:border-box;background:rgba(15,23,42,.55)';"
      + "var g = d.createElement('div'); g.setAttribute('role', 'dialog'); g.setAttribute('aria-modal', 'true');"
      + "g.setAttribute('aria-label', label);"
      + "g.style.cssText = 'position:relative;width:100%;max-width:480px;max-height:100%;overflow:auto;"
      + "background:#fff;border-radius:12px;box-shadow:0 20px 50px rgba(0,0,0,.3)';"
      + "var b = d.createElement('button'); b.type = 'button'; b.setAttribute('aria-label', closeLabel);"
      + "b.textContent = '\\u00d7';"
      + "b.style.cssText = 'position:absolute;top:8px;right:8px;z-index:1;width:32px;height:32px;border:0;"
      + "border-radius:16px;background:rgba(0,0,0,.08);color:#111;font:20px/1 sans-serif;cursor:pointer';"
      + "function guard(to) { var s = d.createElement('div'); s.tabIndex = 0;"
      + " s.addEventListener('focus', function () { to().focus(); }); return s; }"
      + "frame.style.height = '560px';"
      + "g.appendChild(b); g.appendChild(frame);"
      + "o.appendChild(guard(function () { return frame; })); o.appendChild(g);"
      + "o.appendChild(guard(function () { return b; }));"
      + "function key(e) { if (e.key === 'Escape' || e.key === 'Esc') { e.preventDefault(); e.stopPropagation(); user(); } }"
      + "function pull(e) { if (!o.contains(e.target)) b.focus(); }"
      + "function close() { if (done) return; done = true; d.removeEventListener('keydown', key, true);"
      + " d.removeEventListener('focusin', pull, true); if (o.parentNode) o.parentNode.removeChild(o); onRemoved();"
      + " try { if (prev && prev.focus) prev.focus(); } catch (x) {} }"
      + "function user() { close(); onUserClose(); }"
      + "b.addEventListener('click', user);"
      + "d.addEventListener('keydown', key, true); d.addEventListener('focusin', pull, true);"
      + "(d.body || d.documentElement).appendChild(o); b.focus();"
      + "return close;")
  private static native JSObject show(JSObject frame, String label, String closeLabel, Js.Callback onRemoved,
                                      Js.Callback onUserClose);
}
