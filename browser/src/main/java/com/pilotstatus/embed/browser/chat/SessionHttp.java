package com.pilotstatus.embed.browser.chat;

import static com.pilotstatus.embed.protocol.ChatHeaders.CAPTION;
import static com.pilotstatus.embed.protocol.ChatHeaders.FILE_NAME;
import static com.pilotstatus.embed.protocol.ChatHeaders.IDEMPOTENCY_KEY;
import static com.pilotstatus.embed.protocol.ChatHeaders.LAST_EVENT_ID;
import static com.pilotstatus.embed.protocol.ChatHeaders.LOCALE;
import static com.pilotstatus.embed.protocol.ChatHeaders.PARENT_ORIGIN;
import static com.pilotstatus.embed.protocol.ChatHeaders.STATE;
import static com.pilotstatus.embed.protocol.ChatHeaders.TIME_ZONE;
import static com.pilotstatus.embed.protocol.ChatHeaders.UNREAD_COUNT;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The chat runtime's requests to chat-app (same origin) with the session headers ({@link
 * com.pilotstatus.embed.protocol.ChatHeaders}): one {@code fetch} per call, and the live event stream. The token
 * travels only in {@code Authorization}; no cookies, no referrer, no cache.
 */
final class SessionHttp {

  private SessionHttp() {
  }

  /** {@code status} 0 means no answer (network failure); {@code state} and {@code unread} are the X-PS headers. */
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

  private static final String HEADERS = "var ps_h = { 'Authorization': 'Bearer ' + token, '" + PARENT_ORIGIN
      + "': parent, '" + LOCALE + "': locale, '" + TIME_ZONE + "': zone };";

  /**
   * {@code fetch} with the session headers; {@code body} (JSON) and {@code idempotencyKey} may be null.
   *
   * <p>A 503 with {@code Retry-After} (at most 5 s) is an instance that is shutting down and refused the request
   * before handling it; a load balancer may still send it there for a moment and does not retry a POST by itself. The
   * same request (the same {@code Idempotency-Key}) goes again after the hint plus up to 0.5 s of jitter, at most
   * twice, before the listener hears of it. A declared function, not an IIFE: TeaVM dropped the IIFE form.
   *
   * <p>The first inbox of the boot script's {@code init} was asked for by chat-boot.js already, with this token: its
   * 200 answer is adopted instead of asking again ({@code pilotStatusBoot.answer}); any other answer and every other
   * request go to the network.
   */
  @JSBody(params = {"method", "url", "token", "parent", "locale", "zone", "idempotencyKey", "body", "listener"},
      script = HEADERS + " if (idempotencyKey) ps_h['" + IDEMPOTENCY_KEY + "'] = idempotencyKey;"
          + " if (body !== null) ps_h['Content-Type'] = 'application/json';"
          + " function ps_go(ps_left) { fetch(url, { method: method, headers: ps_h, body: body, credentials: 'omit',"
          + " cache: 'no-store', referrerPolicy: 'no-referrer' }).then(function (ps_r) {"
          + " var ps_ra = parseInt(ps_r.headers.get('Retry-After'), 10);"
          + " if (ps_r.status === 503 && ps_left > 0 && ps_ra >= 0 && ps_ra <= 5) {"
          + " setTimeout(function () { ps_go(ps_left - 1); }, ps_ra * 1000 + Math.floor(Math.random() * 500)); return; }"
          + " return ps_r.text().then(function (ps_t) {"
          + " listener(ps_r.status, ps_t, ps_r.headers.get('" + STATE + "') || '',"
          + " ps_r.headers.get('" + UNREAD_COUNT + "') || ''); }); })"
          + " .catch(function () { listener(0, '', '', ''); }); }"
          + " var ps_b = window.pilotStatusBoot && window.pilotStatusBoot.answer(method, url, token);"
          + " if (ps_b) ps_b.then(function (ps_a) { if (ps_a) listener(ps_a[0], ps_a[1], ps_a[2], ps_a[3]); else ps_go(2); });"
          + " else ps_go(2);")
  static native void fetch(String method, String url, String token, String parent, String locale, String zone,
                           String idempotencyKey, String body, FetchListener listener);

  /**
   * Reads a server-sent event stream with {@code fetch} (EventSource cannot send an Authorization header). Returns
   * a handle for {@link #abort}.
   */
  @JSBody(params = {"url", "token", "parent", "locale", "zone", "lastEventId", "onEvent", "onEnd"},
      script = "var ps_c = new AbortController(); var ps_ended = false;"
          + " function ps_end(ps_s, ps_ra) { if (!ps_ended && !ps_c.dead) { ps_ended = true; onEnd(ps_s, ps_ra); } }"
          + HEADERS + " ps_h['Accept'] = 'text/event-stream'; if (lastEventId) ps_h['" + LAST_EVENT_ID + "'] = lastEventId;"
          + " fetch(url, { headers: ps_h, signal: ps_c.signal, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' })"
          + ".then(function (ps_r) { if (ps_r.status !== 200 || !ps_r.body) { var ps_ra = parseInt(ps_r.headers.get('Retry-After'), 10);"
          + " ps_end(ps_r.status, ps_ra >= 0 ? Math.min(ps_ra, 3600) : -1); return; }"
          + " var ps_rd = ps_r.body.getReader(), ps_dec = new TextDecoder(), ps_buf = '', ps_id = null, ps_name = 'message', ps_data = [];"
          + " function ps_pump() { return ps_rd.read().then(function (ps_x) { if (ps_x.done) { ps_end(200, -1); return; }"
          + " ps_buf += ps_dec.decode(ps_x.value, { stream: true }); var ps_nl;"
          + " while ((ps_nl = ps_buf.indexOf('\\n')) >= 0) { var ps_line = ps_buf.slice(0, ps_nl); ps_buf = ps_buf.slice(ps_nl + 1);"
          + " if (ps_line.charAt(ps_line.length - 1) === '\\r') ps_line = ps_line.slice(0, -1);"
          + " if (ps_line === '') { if (ps_data.length) { if (ps_ended || ps_c.dead) return;"
          + " try { onEvent(ps_name, ps_id, ps_data.join('\\n')); } catch (ps_err) { if (window.console) console.error('chat live event failed', ps_err); } }"
          + " ps_id = null; ps_name = 'message'; ps_data = []; continue; }"
          + " if (ps_line.charAt(0) === ':') continue; var ps_colon = ps_line.indexOf(':');"
          + " var ps_f = ps_colon < 0 ? ps_line : ps_line.slice(0, ps_colon), ps_v = ps_colon < 0 ? '' : ps_line.slice(ps_colon + 1);"
          + " if (ps_v.charAt(0) === ' ') ps_v = ps_v.slice(1);"
          + " if (ps_f === 'id') ps_id = ps_v; else if (ps_f === 'event') ps_name = ps_v; else if (ps_f === 'data') ps_data.push(ps_v); }"
          + " return ps_pump(); }); } return ps_pump(); }).catch(function () { ps_end(0, -1); });"
          + " return ps_c;")
  static native JSObject stream(String url, String token, String parent, String locale, String zone, String lastEventId,
                                LiveListener onEvent, EndListener onEnd);

  /** Stops a {@link #stream} without reporting its end. */
  @JSBody(params = "handle", script = "if (handle) { handle.dead = true; try { handle.abort(); } catch (e) {} }")
  static native void abort(JSObject handle);

  @JSFunctor
  interface ProgressListener extends JSObject {
    void onProgress(int percent);
  }

  /**
   * POSTs {@code file} (a {@code File}) as the raw body with the session headers, its name and {@code caption}
   * percent-encoded ({@link com.pilotstatus.embed.protocol.ChatHeaders#FILE_NAME}, {@code CAPTION}). XHR, not
   * {@code fetch}: only XHR reports upload progress. {@code done} hears the status (0: no answer), body and state.
   */
  @JSBody(params = {"url", "token", "parent", "locale", "zone", "idempotencyKey", "file", "caption", "progress", "done"},
      script = HEADERS + " ps_h['" + IDEMPOTENCY_KEY + "'] = idempotencyKey;"
          + " ps_h['Content-Type'] = file.type; ps_h['" + FILE_NAME + "'] = encodeURIComponent(file.name);"
          + " if (caption) ps_h['" + CAPTION + "'] = encodeURIComponent(caption);"
          + " var ps_x = new XMLHttpRequest(); ps_x.open('POST', url); ps_x.withCredentials = false;"
          + " for (var ps_k in ps_h) ps_x.setRequestHeader(ps_k, ps_h[ps_k]);"
          + " ps_x.upload.onprogress = function (ps_e) { if (ps_e.lengthComputable) progress(Math.floor(100 * ps_e.loaded / ps_e.total)); };"
          + " ps_x.onload = function () { done(ps_x.status, ps_x.responseText, ps_x.getResponseHeader('" + STATE + "') || '', ''); };"
          + " ps_x.onerror = ps_x.onabort = function () { done(0, '', '', ''); }; ps_x.send(file);")
  static native void upload(String url, String token, String parent, String locale, String zone,
                            String idempotencyKey, JSObject file, String caption, ProgressListener progress,
                            FetchListener done);

  @JSBody(params = "s", script = "return encodeURIComponent(s === null ? '' : s);")
  static native String encode(String s);
}
