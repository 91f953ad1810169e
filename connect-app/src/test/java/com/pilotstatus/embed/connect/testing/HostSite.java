package com.pilotstatus.embed.connect.testing;

import io.javalin.Javalin;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The other side of the browser tests, on other origins than connect-app (one server, several {@code *.test} host
 * names, each a distinct origin):
 * <ul>
 *   <li>{@code http://app.acme.test:PORT/host?src=…}: a minimal hand-written host page that frames the connect page
 *       the way the SDK does (same sandbox flags, {@code ?parentOrigin=}) and records every message whose origin is
 *       the connect origin and whose source is the iframe — what {@code onPaired}/{@code onExpired} would see;</li>
 *   <li>{@code http://www.facebook.test:PORT/sdk.js} and {@code /dialog}: a fake Facebook JS SDK whose popup posts a
 *       {@code WA_EMBEDDED_SIGNUP} message and hands {@code FB.login} its code, in the order the test chose.</li>
 * </ul>
 */
public final class HostSite implements AutoCloseable {

  /** The order in which the fake Meta popup delivers the two halves of the Embedded Signup result. */
  public enum FbOrder { MESSAGE_FIRST, CODE_FIRST, CODE_THEN_LATE_MESSAGE }

  public static final String WABA_ID = "123456789012345";
  public static final String PHONE_NUMBER_ID = "109876543210987";

  private final Javalin app;
  private final AtomicReference<FbOrder> order = new AtomicReference<>(FbOrder.MESSAGE_FIRST);

  private HostSite() {
    app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.routes.get("/host", ctx -> ctx.html(hostPage(ctx.queryParam("src"))));
      cfg.routes.get("/sdk.js", ctx -> ctx.contentType("text/javascript")
          .header("Access-Control-Allow-Origin", "*").result(FAKE_SDK)); // like connect.facebook.net
      cfg.routes.get("/dialog", ctx -> ctx.html(dialog(order.get())));
      // A Meta-origin frame that is not the signup popup (say, a Facebook widget on the host page) forging a result.
      cfg.routes.get("/forge", ctx -> ctx.html("<!DOCTYPE html><html><body><script>"
          + "parent.frames[0].postMessage(JSON.stringify({ type: 'WA_EMBEDDED_SIGNUP', event: 'FINISH', version: 3,"
          + " data: { phone_number_id: 'forged', waba_id: 'forged' } }), '*');</script></body></html>"));
      cfg.routes.get("/logo.svg", ctx -> ctx.contentType("image/svg+xml").result(LOGO));
    });
    app.start(0);
  }

  public static HostSite start() {
    return new HostSite();
  }

  public String hostOrigin() {
    return "http://app.acme.test:" + app.port();
  }

  public String facebookOrigin() {
    return "http://www.facebook.test:" + app.port();
  }

  public String hostPageFraming(String connectUrl) {
    return hostOrigin() + "/host?src=" + java.net.URLEncoder.encode(connectUrl, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A tenant logo over {@code http://localhost} (accepted by the sandbox branding rules). */
  public String logoUrl() {
    return "http://localhost:" + app.port() + "/logo.svg";
  }

  private static final String LOGO = "<svg xmlns='http://www.w3.org/2000/svg' width='160' height='40' viewBox='0 0 160 40'>"
      + "<rect width='40' height='40' rx='8' fill='#ff6600'/><text x='50' y='28' font-family='sans-serif'"
      + " font-size='22' font-weight='700' fill='#331a00'>ACME</text></svg>";

  public void fbOrder(FbOrder next) {
    order.set(next);
  }

  @Override
  public void close() {
    app.stop();
  }

  private static String hostPage(String src) {
    String quoted = src.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\u003c");
    return "<!DOCTYPE html><html><head><meta charset=utf-8><title>Acme SaaS</title>"
        + "<style>body{font-family:sans-serif;background:#eef1f5;margin:0;padding:24px}"
        + "iframe{width:480px;border:0;border-radius:12px;background:#fff;box-shadow:0 2px 12px #0002;display:block}</style>"
        + "</head><body><h3>Acme SaaS — connect your WhatsApp</h3><div id=slot></div><script>"
        + "window.__messages = [];"
        + "var src = '" + quoted + "';"
        + "var connectOrigin = new URL(src).origin;"
        + "var f = document.createElement('iframe');"
        + "f.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox');"
        + "f.setAttribute('title', 'Connect WhatsApp');"
        + "var u = new URL(src); u.searchParams.set('parentOrigin', location.origin); f.src = u.toString();"
        + "f.style.height = '560px';"
        + "document.getElementById('slot').appendChild(f);"
        + "window.addEventListener('message', function (e) {"
        + "  if (e.origin !== connectOrigin || e.source !== f.contentWindow) return;"
        + "  var d = e.data; if (!d || d.source !== 'pilot-status-embed' || d.v !== 1) return;"
        + "  window.__messages.push({ type: d.type, payload: d.payload });"
        + "  if (d.type === 'resize') f.style.height = Math.max(200, d.payload.height) + 'px';"
        + "});"
        + "window.sendToConnect = function (type, payload) { f.contentWindow.postMessage({ source: 'pilot-status-embed',"
        + "  v: 1, type: type, payload: payload }, connectOrigin); };"
        + "window.forgeSignupFrom = function (src) { var g = document.createElement('iframe'); g.src = src;"
        + "  document.body.appendChild(g); };"
        + "window.forgeSignup = function () { f.contentWindow.postMessage(JSON.stringify({ type: 'WA_EMBEDDED_SIGNUP',"
        + "  event: 'FINISH', data: { phone_number_id: 'forged', waba_id: 'forged' } }), '*'); };"
        + "</script></body></html>";
  }

  /** A fake {@code FB}: {@code login} opens this site's dialog, whose "login" message resolves the callback. */
  private static final String FAKE_SDK = "(function () {"
      + " var origin = new URL(document.currentScript.src).origin; var pending = null;"
      + " window.addEventListener('message', function (e) {"
      + "  if (e.origin !== origin) return; var d = e.data;"
      + "  if (d && d.fakeFbLogin && pending) { var cb = pending; pending = null;"
      + "   cb({ status: 'connected', authResponse: { code: d.code } }); } });"
      + " window.FB = { init: function (o) { window.__fbInit = o; },"
      + "  login: function (cb, opts) { window.__fbLoginOptions = opts; pending = cb;"
      + "   window.open(origin + '/dialog', 'fb_dialog', 'width=420,height=520'); } };"
      + "})();";

  private static String dialog(FbOrder order) {
    String signup = "JSON.stringify({ type: 'WA_EMBEDDED_SIGNUP', event: 'FINISH', version: 3,"
        + " data: { phone_number_id: '" + PHONE_NUMBER_ID + "', waba_id: '" + WABA_ID + "' } })";
    String login = "{ fakeFbLogin: true, code: 'AQD-fake-signup-code' }";
    String first;
    String second;
    int delay;
    switch (order) {
      case CODE_FIRST:
        first = login;
        second = signup;
        delay = 300;
        break;
      case CODE_THEN_LATE_MESSAGE:
        first = login;
        second = signup;
        delay = 2500;
        break;
      case MESSAGE_FIRST:
      default:
        first = signup;
        second = login;
        delay = 300;
        break;
    }
    return "<!DOCTYPE html><html><body><p>Fake Meta Embedded Signup</p><script>"
        + "var o = window.opener;"
        + "o.postMessage(" + first + ", '*');"
        + "setTimeout(function () { o.postMessage(" + second + ", '*'); window.close(); }, " + delay + ");"
        + "</script></body></html>";
  }
}
