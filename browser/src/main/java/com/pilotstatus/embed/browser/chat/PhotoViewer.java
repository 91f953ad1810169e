package com.pilotstatus.embed.browser.chat;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * A photo opened full size in the page (issue 18), not in a new tab: the thread's modal {@code <dialog>} shows the
 * file the photo's link names (the same signed URL). Requirements: keyboard first — focus moves to its close button,
 * Escape or the button closes it, and focus returns to the photo that opened it; a click beside the photo closes it
 * too. The link keeps its {@code href}, so a middle click still opens a tab.
 */
final class PhotoViewer {

  private PhotoViewer() {
  }

  @JSBody(params = "link", script = "var ps_d = document.getElementById('photo-viewer'); if (!ps_d || !ps_d.showModal) return;"
      + " var ps_v = ps_d.querySelector('img'), ps_i = link.querySelector('img'); ps_v.alt = ps_i ? ps_i.alt : '';"
      + " ps_v.src = link.href; ps_d.onclick = function (ps_e) { if (ps_e.target === ps_d) ps_d.close(); };"
      + " ps_d.addEventListener('close', function () { ps_v.removeAttribute('src'); link.focus(); }, { once: true });"
      + " ps_d.showModal();")
  static native void show(JSObject link);

  @JSBody(script = "var ps_d = document.getElementById('photo-viewer'); if (ps_d && ps_d.open) ps_d.close();")
  static native void close();
}
