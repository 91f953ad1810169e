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
   * Shows {@code frame} in a new modal, locks page scroll, and returns the function that removes the modal (no
   * callback). When the user closes it, the modal removes itself and then calls {@code port(userCloseOp)}. Whoever
   * closes it calls {@link #release()} once.
   */
  static JSObject open(JSObject frame, Js.Port port, int userCloseOp) {
    if (scrollLocks++ == 0) {
      savedOverflow = overflow();
      setOverflow("hidden");
    }
    return show(frame, "Connect WhatsApp", "Close", port, userCloseOp);
  }

  /** A modal is gone: unlocks page scroll when it was the last one. */
  static void release() {
    if (scrollLocks > 0 && --scrollLocks == 0) {
      setOverflow(savedOverflow);
    }
  }

  @JSBody(script = "return document.documentElement.style.overflow || '';")
  private static native String overflow();

  @JSBody(params = "value", script = "document.documentElement.style.overflow = value;")
  private static native void setOverflow(String value);

  // Locals carry a ps_ prefix: TeaVM inlines this body and substitutes the parameters with its own short variable
  // names, so a local called "b" or "d" could overwrite an argument.
  @JSBody(params = {"frame", "label", "closeLabel", "port", "userCloseOp"}, script = ""
      + "var ps_d = document, ps_prev = ps_d.activeElement, ps_done = false;"
      + "var ps_o = ps_d.createElement('div'); ps_o.setAttribute('data-pilot-status', 'modal');"
      + "ps_o.style.cssText = 'position:fixed;top:0;right:0;bottom:0;left:0;z-index:2147483647;display:flex;"
      + "align-items:center;justify-content:center;padding:16px;box-sizing:border-box;background:rgba(15,23,42,.55)';"
      + "var ps_g = ps_d.createElement('div'); ps_g.setAttribute('role', 'dialog');"
      + "ps_g.setAttribute('aria-modal', 'true'); ps_g.setAttribute('aria-label', label);"
      + "ps_g.style.cssText = 'position:relative;width:100%;max-width:480px;max-height:100%;overflow:auto;"
      + "background:#fff;border-radius:12px;box-shadow:0 20px 50px rgba(0,0,0,.3)';"
      + "var ps_b = ps_d.createElement('button'); ps_b.type = 'button'; ps_b.setAttribute('aria-label', closeLabel);"
      + "ps_b.textContent = '\\u00d7';"
      + "ps_b.style.cssText = 'position:absolute;top:8px;right:8px;z-index:1;width:32px;height:32px;border:0;"
      + "border-radius:16px;background:rgba(0,0,0,.08);color:#111;font:20px/1 sans-serif;cursor:pointer';"
      + "function ps_guard(ps_to) { var ps_s = ps_d.createElement('div'); ps_s.tabIndex = 0;"
      + " ps_s.addEventListener('focus', function () { ps_to().focus(); }); return ps_s; }"
      + "frame.style.height = '560px';"
      + "ps_g.appendChild(ps_b); ps_g.appendChild(frame);"
      + "ps_o.appendChild(ps_guard(function () { return frame; })); ps_o.appendChild(ps_g);"
      + "ps_o.appendChild(ps_guard(function () { return ps_b; }));"
      + "function ps_key(ps_e) { if (ps_e.key === 'Escape' || ps_e.key === 'Esc') { ps_e.preventDefault();"
      + " ps_e.stopPropagation(); ps_user(); } }"
      + "function ps_pull(ps_e) { if (!ps_o.contains(ps_e.target)) ps_b.focus(); }"
      + "function ps_close() { if (ps_done) return; ps_done = true; ps_d.removeEventListener('keydown', ps_key, true);"
      + " ps_d.removeEventListener('focusin', ps_pull, true); if (ps_o.parentNode) ps_o.parentNode.removeChild(ps_o);"
      + " try { if (ps_prev && ps_prev.focus) ps_prev.focus(); } catch (ps_x) {} }"
      + "function ps_user() { ps_close(); port(userCloseOp, null, null); }"
      + "ps_b.addEventListener('click', ps_user);"
      + "ps_d.addEventListener('keydown', ps_key, true); ps_d.addEventListener('focusin', ps_pull, true);"
      + "(ps_d.body || ps_d.documentElement).appendChild(ps_o); ps_b.focus();"
      + "return ps_close;")
  private static native JSObject show(JSObject frame, String label, String closeLabel, Js.Port port,
                                      int userCloseOp);
}
