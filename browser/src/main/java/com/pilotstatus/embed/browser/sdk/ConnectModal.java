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
    return show(frame, port, userCloseOp);
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
  // names, so a local called "b" or "d" could overwrite an argument. Styles go through the CSSOM (style.cssText),
  // which a host page's strict style-src CSP allows, unlike style attributes or innerHTML.
  @JSBody(params = {"frame", "port", "userCloseOp"}, script = ""
      + "var ps_d = document, ps_prev = ps_d.activeElement, ps_done = false;"
      + "function ps_el(ps_tag, ps_css, ps_in) { var ps_n = ps_d.createElement(ps_tag); ps_n.style.cssText = ps_css;"
      + " if (ps_in) ps_in.appendChild(ps_n); return ps_n; }"
      + "var ps_o = ps_el('div', 'position:fixed;inset:0;z-index:2147483647;display:flex;align-items:center;"
      + "justify-content:center;padding:16px;box-sizing:border-box;background:rgba(15,23,42,.55)');"
      + "ps_o.setAttribute('data-pilot-status', 'modal');"
      // Two focusable guards around the dialog send Tab / Shift+Tab back to the other end.
      + "var ps_first = ps_el('div', '', ps_o);"
      + "var ps_g = ps_el('div', 'position:relative;width:100%;max-width:480px;max-height:100%;overflow:auto;"
      + "background:#fff;border-radius:12px;box-shadow:0 20px 50px rgba(0,0,0,.3)', ps_o);"
      + "var ps_last = ps_el('div', '', ps_o); ps_first.tabIndex = ps_last.tabIndex = 0;"
      + "ps_g.setAttribute('role', 'dialog'); ps_g.setAttribute('aria-modal', 'true');"
      + "ps_g.setAttribute('aria-label', 'Connect WhatsApp');"
      + "var ps_b = ps_el('button', 'position:absolute;top:8px;right:8px;z-index:1;width:32px;height:32px;border:0;"
      + "border-radius:16px;background:rgba(0,0,0,.08);color:#111;font:20px/1 sans-serif;cursor:pointer', ps_g);"
      + "ps_b.type = 'button'; ps_b.setAttribute('aria-label', 'Close'); ps_b.textContent = '\\u00d7';"
      + "frame.style.height = '560px'; ps_g.appendChild(frame);"
      + "ps_first.onfocus = function () { frame.focus(); }; ps_last.onfocus = function () { ps_b.focus(); };"
      + "function ps_key(ps_e) { if (ps_e.key === 'Escape' || ps_e.key === 'Esc') { ps_e.preventDefault();"
      + " ps_e.stopPropagation(); ps_user(); } }"
      + "function ps_pull(ps_e) { if (!ps_o.contains(ps_e.target)) ps_b.focus(); }"
      + "function ps_close() { if (ps_done) return; ps_done = true; ps_d.removeEventListener('keydown', ps_key, true);"
      + " ps_d.removeEventListener('focusin', ps_pull, true); if (ps_o.parentNode) ps_o.parentNode.removeChild(ps_o);"
      + " try { if (ps_prev && ps_prev.focus) ps_prev.focus(); } catch (ps_x) {} }"
      + "function ps_user() { ps_close(); port(userCloseOp, null, null); }"
      + "ps_b.onclick = ps_user;"
      + "ps_d.addEventListener('keydown', ps_key, true); ps_d.addEventListener('focusin', ps_pull, true);"
      + "(ps_d.body || ps_d.documentElement).appendChild(ps_o); ps_b.focus();"
      + "return ps_close;")
  private static native JSObject show(JSObject frame, Js.Port port, int userCloseOp);
}
