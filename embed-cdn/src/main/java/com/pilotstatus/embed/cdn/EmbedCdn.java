package com.pilotstatus.embed.cdn;

import com.pilotstatus.embed.kit.ServerKit;
import com.pilotstatus.embed.kit.config.Env;
import com.pilotstatus.embed.kit.config.KitSettings;
import com.pilotstatus.embed.kit.http.SecurityHeadersPlugin;
import com.pilotstatus.embed.kit.lifecycle.GracefulShutdown;
import com.pilotstatus.embed.kit.lifecycle.GracefulStop;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * embed-cdn: serves the host-page SDK {@code embed.js} with this deployment's chat and connect origins stamped in,
 * precompressed (gzip, brotli), with ETags, immutable versioned URLs and an SRI string. See README.md.
 *
 * <p>{@link #start} binds the port before it returns; port 0 picks a free one, which {@link #port()} reports.
 */
public final class EmbedCdn implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbedCdn.class);

  private final Javalin app;
  private final ServerKit kit;

  private EmbedCdn(Javalin app, ServerKit kit) {
    this.app = app;
    this.kit = kit;
  }

  /** Stamps, compresses and hashes embed.js, then starts serving it (the kit's defaults: tests). */
  public static EmbedCdn start(CdnConfig config) {
    return start(config, KitSettings.defaults());
  }

  public static EmbedCdn start(CdnConfig config, KitSettings kitSettings) {
    ServerKit kit = ServerKit.create("embed-cdn", kitSettings);
    CdnRoutes routes = new CdnRoutes(EmbedBundle.load(config));
    kit.readiness().add("bundle", () -> { }); // loaded and stamped above, or the server would not have started
    // Scripts for any page: loadable cross-origin, never sniffed; each route sets its own Cache-Control.
    SecurityHeadersPlugin securityHeaders = new SecurityHeadersPlugin(policy -> {
      policy.contentSecurityPolicy = "default-src 'none'";
      policy.cacheControl = null;
      policy.crossOriginResourcePolicy = "cross-origin";
    });
    routes.precompute(kit, securityHeaders.headers());
    Javalin app = Javalin.create(javalin -> {
      javalin.http.compressionStrategy = CompressionStrategy.NONE; // the bytes are precompressed
      javalin.http.generateEtags = false;
      javalin.router.ignoreTrailingSlashes = false; // "/embed.js/" is not the file
      kit.install(javalin);
      javalin.registerPlugin(securityHeaders);
      routes.register(javalin);
    });
    app.start(config.port());
    return new EmbedCdn(app, kit);
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** SIGTERM's stop: not ready, new requests refused, in-flight downloads finish, then stop. */
  public GracefulStop gracefulStop() {
    return kit.stopping(app);
  }

  @Override
  public void close() {
    app.stop();
  }

  public static void main(String[] args) {
    Env env = Env.of(System.getenv());
    CdnConfig config = CdnConfig.fromEnv(env);
    KitSettings kitSettings = KitSettings.fromEnv(env);
    EmbedCdn cdn = start(config, kitSettings);
    GracefulShutdown.onSignal(kitSettings.shutdownGrace(), cdn.gracefulStop());
    LOG.info("embed-cdn on http://localhost:{}/embed.js (chat {}, connect {})", cdn.port(), config.chatOrigin(),
        config.connectOrigin());
  }
}
