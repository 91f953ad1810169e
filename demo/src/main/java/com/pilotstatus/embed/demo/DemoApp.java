package com.pilotstatus.embed.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.demo.page.PageHandlers;
import com.pilotstatus.embed.demo.platform.PlatformClient;
import com.pilotstatus.embed.demo.webhook.WebhookLog;
import com.pilotstatus.embed.demo.webhook.WebhookReceiver;
import com.pilotstatus.embed.demo.webhook.WebhookSignature;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;

/** The demo host SaaS: a page that mounts both surfaces, its token endpoints, and a webhook receiver. */
public final class DemoApp implements AutoCloseable {

  private final Javalin app;

  private DemoApp(Javalin app) {
    this.app = app;
  }

  /** Starts the demo on {@code config.port()} (0 = a free port). */
  public static DemoApp start(DemoConfig config) {
    ObjectMapper json = new ObjectMapper();
    Clock clock = Clock.systemUTC();
    // Precompiled by jte-maven-plugin at build time: no JDK compiler needed at run time.
    TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    PageHandlers pages = new PageHandlers(templates, config.cdnOrigin());
    MySaasApi api = new MySaasApi(new PlatformClient(config.platformUrl(), config.tenantKey(), json),
        config.publicOrigin());
    WebhookReceiver webhooks = new WebhookReceiver(new WebhookSignature(config.webhookSecret(), clock),
        new WebhookLog(), json, clock);
    Javalin app = Javalin.create(javalin -> {
      javalin.startup.showJavalinBanner = false;
      javalin.staticFiles.add(files -> {
        files.hostedPath = "/assets";
        files.directory = "/demo-assets";
        files.location = Location.CLASSPATH;
      });
      DemoRoutes.register(javalin, pages, api, webhooks);
    });
    app.start(config.port());
    return new DemoApp(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  public static void main(String[] args) {
    DemoConfig config = DemoConfig.fromEnv(System.getenv());
    start(config);
    System.out.println("Demo host SaaS on " + config.publicOrigin());
  }
}
