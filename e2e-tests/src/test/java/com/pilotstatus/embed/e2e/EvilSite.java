package com.pilotstatus.embed.e2e;

import io.javalin.Javalin;

/**
 * A hostile site at {@code http://evil.test:PORT}: one page that loads the real {@code embed.js} and records every
 * message it receives; the tests script the attack in it as an attacker's own code would run.
 */
final class EvilSite implements AutoCloseable {

  private final Javalin app;
  final String origin;

  EvilSite(String cdnOrigin) {
    String page = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Totally legit CRM</title>
        <script src="%s/embed.js"></script></head>
        <body><h1>evil.test</h1><div id="x"></div>
        <script>
          window.received = [];
          window.addEventListener("message", (e) => window.received.push({ origin: e.origin, data: e.data,
            fromFrame: [...document.querySelectorAll("iframe")].findIndex((f) => f.contentWindow === e.source) }));
        </script></body></html>
        """.formatted(cdnOrigin);
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get("/", ctx -> ctx.html(page));
    }).start(0);
    origin = "http://evil.test:" + app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
