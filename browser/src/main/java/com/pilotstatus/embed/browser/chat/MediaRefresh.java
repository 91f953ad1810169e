package com.pilotstatus.embed.browser.chat;

import static com.pilotstatus.embed.protocol.ChatPaths.MEDIA_FILES;
import static com.pilotstatus.embed.protocol.ChatPaths.MEDIA_URL;
import static com.pilotstatus.embed.protocol.ChatPaths.MEDIA_URL_VALUE;

import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.browser.dom.Json;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Media of a thread kept open longer than its signed URLs live (issue 18): an inbox stays open all day, and the URLs a
 * bubble was rendered with expire after {@code PS_CHAT_MEDIA_URL_SECONDS}. Requirements: a photo, player or source
 * that fails to load (the photo viewer's too), and a download link (document card) clicked after its {@code exp},
 * get a fresh URL of the same file from chat-app ({@code GET /media/{id}/url}: the session's bearer and scope) and
 * use it — the download then goes on as if nothing happened. Once per URL: an element whose fresh URL fails too, or whose
 * file is gone (404), keeps the broken state; nothing loops. The URLs live only in the page. Decided in JS, where the
 * events are, so the runtime grows by one request.
 */
final class MediaRefresh {

  @JSFunctor
  interface Refresher extends JSObject {
    /** Asks for a fresh URL of {@code mediaId}; {@code done} hears it, or {@code ""} when there is none. */
    void refresh(String mediaId, JSObject done);
  }

  private final Session session;

  MediaRefresh(Session session) {
    this.session = session;
  }

  void listen() {
    install((mediaId, done) -> {
      if (session.isUsable()) {
        session.request("GET", MEDIA_FILES + "/" + SessionHttp.encode(mediaId) + MEDIA_URL, null, null,
            (status, body, state, unread) -> Js.call(done,
                Js.value(status == 200 ? Js.string(Json.parseObject(body), MEDIA_URL_VALUE) : "")));
      }
    });
  }

  /**
   * Load failures do not bubble, and a download link's click must be held before the browser follows it: both are
   * heard while capturing. {@code el.psFresh} is the URL an element was last refreshed for; a link
   * counts as expired 2 s early, the time a download takes to start. A photo's link takes its fresh URL too, and a
   * player that was asked to play plays on.
   */
  @JSBody(params = "refresher", script = "function ps_m(ps_u) { return ps_u && /^\\/media\\/([^\\/?]+)\\?exp=([0-9]+)/"
      + ".exec(ps_u.indexOf(location.origin + '/') === 0 ? ps_u.slice(location.origin.length) : ps_u); }"
      + " function ps_go(ps_el, ps_u, ps_m, ps_then) { ps_el.psFresh = ps_u;"
      + " refresher(decodeURIComponent(ps_m[1]), function (ps_f) {"
      + " if (ps_f) { if (ps_el.tagName === 'A') ps_el.setAttribute('href', ps_f); else {"
      + " var ps_a = ps_el.closest('a[href]'); if (ps_a) { ps_a.setAttribute('href', ps_f); ps_a.psFresh = ps_f; }"
      + " var ps_p = ps_el.paused === false; ps_el.setAttribute('src', ps_f);"
      + " if (ps_el.tagName === 'SOURCE') ps_el.parentNode.load(); else if (ps_p) ps_el.play().catch(function () {}); }"
      + " ps_el.psFresh = ps_f; } if (ps_then) ps_then(); }); }"
      + " document.addEventListener('error', function (ps_e) { var ps_t = ps_e.target, ps_u = ps_t.getAttribute && ps_t.getAttribute('src'),"
      + " ps_x = /^(IMG|VIDEO|AUDIO|SOURCE)$/.test(ps_t.tagName) && ps_m(ps_u);"
      + " if (ps_x && (ps_t.psFresh !== ps_u || ps_x[2] <= Date.now() / 1000)) ps_go(ps_t, ps_u, ps_x, null); }, true);"
      + " document.addEventListener('click', function (ps_e) { var ps_a = ps_e.target.closest && ps_e.target.closest('a[href][download]'),"
      + " ps_u = ps_a && ps_a.getAttribute('href'), ps_x = ps_m(ps_u);"
      + " if (ps_x && ps_x[2] <= Date.now() / 1000 + 2 && ps_a.psFresh !== ps_u) { ps_e.preventDefault(); ps_e.stopPropagation();"
      + " ps_go(ps_a, ps_u, ps_x, function () { ps_a.click(); }); } }, true);")
  private static native void install(Refresher refresher);
}
