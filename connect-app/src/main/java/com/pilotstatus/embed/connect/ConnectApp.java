package com.pilotstatus.embed.connect;

import com.pilotstatus.embed.connect.i18n.Messages;
import com.pilotstatus.embed.connect.meta.MetaHandlers;
import com.pilotstatus.embed.connect.meta.MetaService;
import com.pilotstatus.embed.connect.page.PageFactory;
import com.pilotstatus.embed.connect.page.PresentationReader;
import com.pilotstatus.embed.connect.page.Templates;
import com.pilotstatus.embed.connect.pairing.PairingHandlers;
import com.pilotstatus.embed.connect.pairing.PairingOutcomes;
import com.pilotstatus.embed.connect.pairing.PairingService;
import com.pilotstatus.embed.connect.pairing.PublicEndpoints;
import com.pilotstatus.embed.connect.platform.PlatformClient;
import com.pilotstatus.embed.connect.preview.PreviewHandler;
import com.pilotstatus.embed.connect.qr.QrSvg;
import com.pilotstatus.embed.connect.web.Assets;
import com.pilotstatus.embed.connect.web.FailurePages;
import com.pilotstatus.embed.connect.web.PageResponder;
import com.pilotstatus.embed.i18n.EmbedLocale;
import com.pilotstatus.embed.kit.ServerKit;
import com.pilotstatus.embed.kit.config.Env;
import com.pilotstatus.embed.kit.config.KitSettings;
import com.pilotstatus.embed.kit.error.MessageSource;
import com.pilotstatus.embed.kit.error.PlatformErrors;
import com.pilotstatus.embed.kit.http.SecurityHeadersPlugin;
import com.pilotstatus.embed.kit.lifecycle.GracefulShutdown;
import com.pilotstatus.embed.kit.lifecycle.GracefulStop;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connect page server: the hosted pairing link and the connect iframe ({@code /connect/{token}}), stateless in
 * front of the platform. {@link #start(ConnectConfig)} returns once the server listens; port 0 picks a free port
 * ({@link #port()}).
 */
public final class ConnectApp implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectApp.class);

  private final Javalin javalin;
  private final ServerKit kit;

  private ConnectApp(Javalin javalin, ServerKit kit) {
    this.javalin = javalin;
    this.kit = kit;
  }

  /** Starts with the kit's defaults (tests). */
  public static ConnectApp start(ConnectConfig config) {
    return start(config, KitSettings.defaults());
  }

  public static ConnectApp start(ConnectConfig config, KitSettings kitSettings) {
    ServerKit kit = ServerKit.create("connect-app", kitSettings);
    QrSvg qr = QrSvg.withDefaultCache().measuredBy(kit.meters());
    PlatformClient platform = new PlatformClient(URI.create(config.platformUrl()), config.platformTimeout(),
        kit.meters());
    kit.readiness().add("platform", platform::verifyReachable);
    PairingService pairing = new PairingService(platform, qr, config.brandingRules(), Clock.systemUTC(),
        new PairingOutcomes(kit.meters()));
    PresentationReader reader = new PresentationReader(config.originPolicy(), config.brandingRules());
    PageFactory pages = new PageFactory(config);
    PageResponder responder = new PageResponder(new Templates());
    // The one message source of the app: error pages speak the language the page would (?locale=, Accept-Language).
    MessageSource messages = (ctx, key) -> Messages.keys().contains(key)
        ? Messages.of(localeOf(ctx.queryParam("locale"), ctx.header("Accept-Language"))).get(key) : null;
    ConnectRoutes routes = new ConnectRoutes(
        new PairingHandlers(pairing, reader, pages, responder),
        new MetaHandlers(new MetaService(platform), pairing, reader, pages, responder),
        new PreviewHandler(reader, pages, responder, qr),
        new PublicEndpoints(platform),
        new PlatformErrors(messages, PlatformErrors.jsonUnder("/v1/")),
        new FailurePages(reader, pages, responder),
        Assets.fromClasspath("pilot-status/js/connect-runtime.js", "text/javascript; charset=utf-8"),
        Assets.fromClasspath("connect-app/connect.css", "text/css; charset=utf-8"));
    Javalin javalin = Javalin.create(cfg -> {
      cfg.jetty.port = config.port();
      cfg.http.maxRequestSize = 16 * 1024;
      kit.install(cfg);
      cfg.registerPlugin(new SecurityHeadersPlugin(policy -> securityPolicy(policy, config)));
      routes.register(cfg.routes);
    });
    javalin.start();
    return new ConnectApp(javalin, kit);
  }

  /**
   * The headers of every response: {@code no-referrer} (the token is in the URL) and {@code no-store} (a pairing
   * state is never replayed from a cache), and a CSP whose {@code frame-ancestors} is configurable, with
   * {@code script-src} limited to this origin and the Facebook SDK's, and styles to this origin plus the page's one
   * nonce'd branding block. No {@code Cross-Origin-Opener-Policy}: Meta's Embedded Signup popup must talk back.
   */
  private static void securityPolicy(SecurityHeadersPlugin.Policy policy, ConnectConfig config) {
    String loopbackImages = config.sandbox() ? " http://localhost:* http://127.0.0.1:*" : "";
    policy.contentSecurityPolicy = "default-src 'none'"
        + "; script-src 'self' " + config.metaSdkOrigin()
        + "; connect-src 'self' " + config.metaSdkOrigin() + " " + config.metaOrigin()
        + "; img-src 'self' data: https:" + loopbackImages
        + "; frame-src " + config.metaOrigin()
        + "; form-action 'self'"
        + "; base-uri 'none'";
    policy.frameAncestors = config.frameAncestorsDirective();
  }

  private static EmbedLocale localeOf(String param, String acceptLanguage) {
    EmbedLocale locale = EmbedLocale.parse(param);
    return locale != null ? locale : EmbedLocale.fromAcceptLanguage(acceptLanguage);
  }

  public int port() {
    return javalin.port();
  }

  /** SIGTERM's stop: not ready, new requests refused, in-flight requests finish, then stop. */
  public GracefulStop gracefulStop() {
    return kit.stopping(javalin);
  }

  @Override
  public void close() {
    javalin.stop();
  }

  public static void main(String[] args) {
    Env env = Env.of(System.getenv());
    ConnectConfig config = ConnectConfig.fromEnv(env);
    KitSettings kitSettings = KitSettings.fromEnv(env);
    ConnectApp app = start(config, kitSettings);
    GracefulShutdown.onSignal(kitSettings.shutdownGrace(), app.gracefulStop());
    LOG.info("connect-app listening on http://localhost:{} (platform {})", app.port(), config.platformUrl());
  }
}
