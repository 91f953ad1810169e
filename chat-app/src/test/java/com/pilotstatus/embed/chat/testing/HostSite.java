package com.pilotstatus.embed.chat.testing;

import com.pilotstatus.embed.testing.Bundles;
import io.javalin.Javalin;

/**
 * A minimal host SaaS page, hand-written, that speaks the chat protocol the way the SDK does (DESIGN.md "Contracts"):
 * frames {@code {chat}/?parentOrigin=<its origin>} with the documented sandbox, accepts messages only from the chat
 * origin and that iframe's window, answers {@code ready} with {@code init} (again after every reload), and records
 * everything it receives in {@code window.received}: for the tests that must see or forge protocol messages (intruder,
 * hostile, fuzz, protocol version). Feature tests use the real SDK's page ({@link #sdkPage()}, through
 * {@code InboxBrowserTest.mountChat}). Also serves an intruder page that posts {@code init} into the chat iframe from
 * another window.
 *
 * <p>Served on port 0; browsers reach it as {@code http://app.acme.test:PORT} (the host) and
 * {@code http://evil.test:PORT} (another origin).
 */
public final class HostSite implements AutoCloseable {

  private static final String HOST_PAGE = """
      <!doctype html>
      <html lang="en"><head><meta charset="utf-8"><title>Acme CRM</title>
      <style>body{margin:0;font-family:sans-serif} #mount iframe{border:0;display:block}</style></head>
      <body><div id="mount"></div>
      <script>
      window.received = [];
      window.chat = null;
      window.startChat = function (chatOrigin, token, locale, theme, width, height) {
        var frame = document.createElement('iframe');
        frame.title = 'Inbox';
        frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups allow-downloads');
        frame.style.width = width + 'px';
        if (height > 0) frame.style.height = height + 'px'; // 0: auto-height from resize, as the SDK does
        frame.src = chatOrigin + '/?parentOrigin=' + encodeURIComponent(location.origin);
        window.chat = { origin: chatOrigin, frame: frame, token: token, locale: locale, theme: theme };
        window.addEventListener('message', function (e) {
          if (e.origin !== chatOrigin || e.source !== frame.contentWindow) return;
          var d = e.data;
          if (!d || d.source !== 'pilot-status-embed' || d.v !== 1) return;
          window.received.push(d);
          if (d.type === 'resize' && !(height > 0)) frame.style.height = d.payload.height + 'px';
          // window.protocol, when a test sets it, is the protocol version this host announces in init.
          if (d.type === 'ready' && window.chat.token) window.sendToChat('init', Object.assign(
              { token: window.chat.token, locale: window.chat.locale, theme: window.chat.theme },
              window.protocol ? { protocol: window.protocol } : {}));
        });
        document.getElementById('mount').appendChild(frame);
      };
      window.sendToChat = function (type, payload) {
        window.chat.frame.contentWindow.postMessage({ source: 'pilot-status-embed', v: 1, type: type, payload: payload },
            window.chat.origin);
      };
      window.addIntruder = function (url) {
        var f = document.createElement('iframe');
        f.src = url;
        document.body.appendChild(f);
      };
      window.typesReceived = function () { return window.received.map(function (m) { return m.type; }); };
      </script></body></html>
      """;

  /** Posts {@code init} with the token in its query string into the host's first frame (the chat iframe). */
  private static final String INTRUDER_PAGE = """
      <!doctype html><html><body><script>
      var token = new URLSearchParams(location.search).get('token');
      var msg = { source: 'pilot-status-embed', v: 1, type: 'init', payload: { token: token, locale: 'en', theme: 'dark' } };
      parent.frames[0].postMessage(msg, '*');
      document.body.textContent = 'posted';
      </script></body></html>
      """;

  /** The same host with the real SDK ({@code /embed.js}, the bundle the browser module built); records callbacks. */
  private static final String SDK_PAGE = """
      <!doctype html>
      <html lang="en"><head><meta charset="utf-8"><title>Acme CRM (SDK)</title></head>
      <body><div id="inbox"></div>
      <script>
      window.events = [];
      window.log = function (name) { return function (x) { window.events.push({ n: name, x: x === undefined ? null : x }); }; };
      window.named = function (name) { return window.events.filter(function (e) { return e.n === name; }); };
      </script>
      <script src="/embed.js"></script></body></html>
      """;

  /** The floor of a first paint: a blank page that tells its parent it runs (served cross-origin, see blankPage). */
  private static final String BLANK_PAGE = "<!doctype html><html><body><script>parent.postMessage('blank', '*');</script>"
      + "</body></html>";

  private final Javalin server;

  private HostSite(Javalin server) {
    this.server = server;
  }

  public static HostSite start() {
    Javalin server = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get("/host.html", ctx -> ctx.html(HOST_PAGE));
      config.routes.get("/intruder.html", ctx -> ctx.html(INTRUDER_PAGE));
      config.routes.get("/sdk.html", ctx -> ctx.html(SDK_PAGE));
      config.routes.get("/blank.html", ctx -> ctx.html(BLANK_PAGE));
      Bundles.serveSdk(config);
    }).start(0);
    return new HostSite(server);
  }

  /** The host page's origin, e.g. {@code http://app.acme.test:41234}. */
  public String origin() {
    return "http://app.acme.test:" + server.port();
  }

  public String hostPage() {
    return origin() + "/host.html";
  }

  /** The host page that loads the real {@code embed.js}. */
  public String sdkPage() {
    return origin() + "/sdk.html";
  }

  /** The blank page on an origin of its own ({@code blank.test}): a cross-origin iframe that does nothing. */
  public String blankPage() {
    return "http://blank.test:" + server.port() + "/blank.html";
  }

  /** The intruder page on another origin. */
  public String foreignIntruder(String token) {
    return "http://evil.test:" + server.port() + "/intruder.html?token=" + token;
  }

  /** The intruder page on the host's own origin (a different window than the chat's parent). */
  public String siblingIntruder(String token) {
    return origin() + "/intruder.html?token=" + token;
  }

  @Override
  public void close() {
    server.stop();
  }
}
