package com.pilotstatus.embed.browser;

import com.pilotstatus.embed.testing.Bundles;
import com.pilotstatus.embed.testing.Resources;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * One real HTTP server for the browser tests of the compiled JS, answering on several {@code *.test} host names (they
 * all resolve to loopback in {@code Chromium.launch()}), so that the host page, the chat stub, the connect stub and a
 * foreign page are distinct origins:
 * <ul>
 *   <li>{@code app.acme.test}: host pages that load {@code /embed.js} (the loader just built; it loads
 *       {@code /v{version}/embed-core.js});</li>
 *   <li>{@code chat.pilot.test}: {@code /} is a chat iframe stub that says {@code ready} and records messages;</li>
 *   <li>{@code silent.pilot.test}: {@code /} is a page that never answers (handshake timeout);</li>
 *   <li>{@code connect.pilot.test}: {@code /connect/{token}} is a connect iframe stub;</li>
 *   <li>{@code chat-vM-N.pilot.test}, {@code connect-vM-N.pilot.test}: the same stubs announcing protocol
 *       {@code M.N} in their {@code ready} (see {@link #announcing});</li>
 *   <li>{@code evil.test}: {@code /evil.html}, a foreign page posting well-formed envelopes.</li>
 * </ul>
 * The stubs are test fixtures that speak the protocol, not product pages.
 */
final class FixtureServer implements AutoCloseable {

  static final String HOST = "app.acme.test";
  static final String CHAT = "chat.pilot.test";
  static final String SILENT = "silent.pilot.test";
  static final String CONNECT = "connect.pilot.test";
  static final String EVIL = "evil.test";

  private final Javalin app;

  private FixtureServer(Javalin app) {
    this.app = app;
  }

  static FixtureServer start() {
    Javalin app = Javalin.create(config -> {
      Bundles.serveSdk(config);
      config.routes.get("/protocol-probe.js",
          ctx -> script(ctx, Files.readAllBytes(Paths.get("target", "js-test", "protocol-probe.js"))));
      config.routes.get("/", FixtureServer::root);
      config.routes.get("/connect/{token}", ctx -> page(ctx, CONNECT, "connect-stub.html"));
      config.routes.get("/host.html", ctx -> page(ctx, HOST, "host.html"));
      config.routes.get("/host-twice.html", ctx -> page(ctx, HOST, "host-twice.html"));
      // The host page under a strict style CSP: style attributes and <style> are refused, the CSSOM is not.
      config.routes.get("/host-strict-style.html", ctx -> {
        ctx.header("Content-Security-Policy", "style-src 'none'");
        page(ctx, HOST, "host.html");
      });
      // The host page under a CSP that allows frames of its own origin only: the surfaces' iframes are refused.
      config.routes.get("/host-frame-csp.html", ctx -> {
        ctx.header("Content-Security-Policy", "frame-src 'self'");
        page(ctx, HOST, "host.html");
      });
      config.routes.get("/probe.html", ctx -> page(ctx, HOST, "probe.html"));
      config.routes.get("/evil.html", ctx -> page(ctx, EVIL, "evil.html"));
    }).start(0);
    return new FixtureServer(app);
  }

  /** The chat or connect stub's host name for a stub that announces protocol {@code major.minor}. */
  static String announcing(String stubHost, int major, int minor) {
    return stubHost.replaceFirst("\\.", "-v" + major + "-" + minor + ".");
  }

  /** {@code http://{host}:{port}}. */
  String origin(String host) {
    return "http://" + host + ":" + app.port();
  }

  private static void root(Context ctx) {
    String host = hostName(ctx);
    if (stubHost(ctx).equals(CHAT)) {
      page(ctx, CHAT, "chat-stub.html");
    } else if (host.equals(SILENT)) {
      ctx.contentType("text/html; charset=utf-8").result("<!doctype html><title>silent</title><p>never says ready</p>");
    } else {
      throw new NotFoundResponse();
    }
  }

  private static void page(Context ctx, String host, String name) {
    if (!stubHost(ctx).equals(host)) {
      throw new NotFoundResponse();
    }
    ctx.contentType("text/html; charset=utf-8").result(Resources.bytes("browser/" + name));
  }

  private static void script(Context ctx, byte[] body) {
    ctx.contentType("text/javascript; charset=utf-8").header("Cache-Control", "no-store").result(body);
  }

  /** The request's host name, with a stub's announced version taken out ({@code chat-v2-0.pilot.test} → chat's). */
  private static String stubHost(Context ctx) {
    return hostName(ctx).replaceFirst("^([a-z]+)-v\\d+-\\d+\\.", "$1.");
  }

  private static String hostName(Context ctx) {
    String host = ctx.host() == null ? "" : ctx.host();
    int colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  @Override
  public void close() {
    app.stop();
  }
}
