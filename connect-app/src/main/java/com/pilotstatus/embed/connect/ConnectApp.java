package com.pilotstatus.embed.connect;

import com.pilotstatus.embed.connect.meta.MetaHandlers;
import com.pilotstatus.embed.connect.meta.MetaService;
import com.pilotstatus.embed.connect.page.PageFactory;
import com.pilotstatus.embed.connect.page.PresentationReader;
import com.pilotstatus.embed.connect.page.Templates;
import com.pilotstatus.embed.connect.pairing.PairingHandlers;
import com.pilotstatus.embed.connect.pairing.PairingService;
import com.pilotstatus.embed.connect.pairing.PublicEndpoints;
import com.pilotstatus.embed.connect.platform.PlatformClient;
import com.pilotstatus.embed.connect.preview.PreviewHandler;
import com.pilotstatus.embed.connect.qr.QrSvg;
import com.pilotstatus.embed.connect.web.Assets;
import com.pilotstatus.embed.connect.web.FailurePages;
import com.pilotstatus.embed.connect.web.PageResponder;
import com.pilotstatus.embed.connect.web.SecurityHeaders;
import io.javalin.Javalin;
import java.time.Clock;

/**
 * The connect page server: the hosted pairing link and the connect iframe ({@code /connect/{token}}), stateless in
 * front of the platform. {@link #start(ConnectConfig)} returns once the server listens; port 0 picks a free port
 * ({@link #port()}).
 */
public final class ConnectApp implements AutoCloseable {

  private final Javalin javalin;

  private ConnectApp(Javalin javalin) {
    this.javalin = javalin;
  }

  public static ConnectApp start(ConnectConfig config) {
    QrSvg qr = QrSvg.withDefaultCache();
    PlatformClient platform = new PlatformClient(config.platformUrl(), config.platformTimeout());
    PairingService pairing = new PairingService(platform, qr, config.brandingRules(), Clock.systemUTC());
    PresentationReader reader = new PresentationReader(config.originPolicy(), config.brandingRules());
    PageFactory pages = new PageFactory(config);
    PageResponder responder = new PageResponder(new Templates(), new SecurityHeaders(config));
    ConnectRoutes routes = new ConnectRoutes(
        new PairingHandlers(pairing, reader, pages, responder),
        new MetaHandlers(new MetaService(platform), pairing, reader, pages, responder),
        new PreviewHandler(reader, pages, responder, qr),
        new PublicEndpoints(platform),
        new FailurePages(reader, pages, responder),
        Assets.fromClasspath("pilot-status/js/connect-runtime.js", "text/javascript; charset=utf-8"),
        Assets.fromClasspath("connect-app/connect.css", "text/css; charset=utf-8"));
    Javalin javalin = Javalin.create(cfg -> {
      cfg.jetty.port = config.port();
      cfg.startup.showJavalinBanner = false;
      cfg.http.maxRequestSize = 16 * 1024;
      routes.register(cfg.routes);
    });
    javalin.start();
    return new ConnectApp(javalin);
  }

  public int port() {
    return javalin.port();
  }

  @Override
  public void close() {
    javalin.stop();
  }

  public static void main(String[] args) {
    ConnectConfig config = ConnectConfig.fromEnv(System.getenv());
    ConnectApp app = start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(app::close));
    System.out.println("connect-app listening on http://localhost:" + app.port() + " (platform "
        + config.platformUrl() + ")");
  }
}
