package com.pilotstatus.embed.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.demo.page.PageHandlers;
import com.pilotstatus.embed.demo.platform.PlatformClient;
import com.pilotstatus.embed.demo.webhook.WebhookLog;
import com.pilotstatus.embed.demo.webhook.WebhookReceiver;
import com.pilotstatus.embed.demo.webhook.WebhookSignature;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import com.pilotstatus.embed.kit.ServerKit;
import com.pilotstatus.embed.kit.config.Env;
import com.pilotstatus.embed.kit.config.KitSettings;
import com.pilotstatus.embed.kit.error.PlatformErrors;
import com.pilotstatus.embed.kit.http.SecurityHeadersPlugin;
import com.pilotstatus.embed.kit.lifecycle.GracefulShutdown;
import com.pilotstatus.embed.kit.lifecycle.GracefulStop;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The demo host SaaS: a page that mounts both surfaces, its token endpoints, and a webhook receiver. */
public final class DemoApp implements AutoCloseable {

  /** jte-maven-plugin's {@code packageName} in demo/pom.xml. */
  static final String TEMPLATE_PACKAGE = "com.pilotstatus.embed.demo.templates";

  private static final Logger LOG = LoggerFactory.getLogger(DemoApp.class);

  private final Javalin app;
  private final ServerKit kit;

  private DemoApp(Javalin app, ServerKit kit) {
    this.app = app;
    this.kit = kit;
  }

  /** Starts the demo on {@code config.port()} (0 = a free port) with the kit's defaults. */
  public static DemoApp start(DemoConfig config) {
    return start(config, KitSettings.defaults());
  }

  public static DemoApp start(DemoConfig config, KitSettings kitSettings) {
    ServerKit kit = ServerKit.create("demo", kitSettings);
    ObjectMapper json = new ObjectMapper();
    Clock clock = Clock.systemUTC();
    // Precompiled by jte-maven-plugin at build time (no JDK compiler needed at run time), into a package of our own:
    // other jte apps in the same JVM use jte's default package, and a class name there would clash.
    TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
        TEMPLATE_PACKAGE);
    PageHandlers pages = new PageHandlers(templates, config.cdnOrigin());
    PlatformClient platform = new PlatformClient(URI.create(config.platformUrl()), config.tenantKey(), kit.meters());
    kit.readiness().add("platform", platform::verifyReachable);
    MySaasApi api = new MySaasApi(platform, config.publicOrigin());
    PlatformErrors errors = new PlatformErrors((ctx, key) -> null, PlatformErrors.jsonUnder("/api/", "/webhooks/"));
    WebhookReceiver webhooks = new WebhookReceiver(new WebhookSignature(config.webhookSecret(), clock),
        new WebhookLog(), json, clock);
    Javalin app = Javalin.create(javalin -> {
      kit.install(javalin);
      // The demo is the host page: its pages set the CSP a careful host would (page/PagePolicy: the seeds' inline
      // snippets allowed by hash), so the kit writes none here.
      javalin.registerPlugin(new SecurityHeadersPlugin(policy -> {
        policy.contentSecurityPolicy = null;
        policy.referrerPolicy = "strict-origin-when-cross-origin";
      }));
      javalin.staticFiles.add(files -> {
        files.hostedPath = "/assets";
        files.directory = "/demo-assets";
        files.location = Location.CLASSPATH;
      });
      DemoRoutes.register(javalin, pages, api, webhooks, errors);
    });
    app.start(config.port());
    return new DemoApp(app, kit);
  }

  public int port() {
    return app.port();
  }

  /** SIGTERM's stop: not ready, new requests refused, in-flight requests finish, then stop. */
  public GracefulStop gracefulStop() {
    return kit.stopping(app);
  }

  @Override
  public void close() {
    app.stop();
  }

  public static void main(String[] args) {
    Env env = Env.of(System.getenv());
    DemoConfig config = DemoConfig.fromEnv(env);
    KitSettings kitSettings = KitSettings.fromEnv(env);
    DemoApp demo = start(config, kitSettings);
    GracefulShutdown.onSignal(kitSettings.shutdownGrace(), demo.gracefulStop());
    LOG.info("Demo host SaaS on {}", config.publicOrigin());
  }
}
