package com.pilotstatus.embed.cdn;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;

/**
 * embed-cdn: serves the host-page SDK {@code embed.js} with this deployment's chat and connect origins stamped in,
 * precompressed (gzip, brotli), with ETags, immutable versioned URLs and an SRI string. See README.md.
 *
 * <p>{@link #start} binds the port before it returns; port 0 picks a free one, which {@link #port()} reports.
 */
public final class EmbedCdn implements AutoCloseable {

  private final Javalin app;

  private EmbedCdn(Javalin app) {
    this.app = app;
  }

  /** Stamps, compresses and hashes embed.js, then starts serving it. */
  public static EmbedCdn start(CdnConfig config) {
    CdnRoutes routes = new CdnRoutes(EmbedBundle.load(config));
    Javalin app = Javalin.create(javalin -> {
      javalin.http.compressionStrategy = CompressionStrategy.NONE; // the bytes are precompressed
      javalin.http.generateEtags = false;
      javalin.startup.showJavalinBanner = false;
      javalin.startup.showOldJavalinVersionWarning = false;
      javalin.router.ignoreTrailingSlashes = false; // "/embed.js/" is not the file
      routes.register(javalin);
    });
    app.start(config.port());
    return new EmbedCdn(app);
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  public static void main(String[] args) {
    CdnConfig config = CdnConfig.fromEnv(System.getenv());
    EmbedCdn cdn = start(config);
    System.out.println("embed-cdn on http://localhost:" + cdn.port() + "/embed.js (chat " + config.chatOrigin()
        + ", connect " + config.connectOrigin() + ")");
    Runtime.getRuntime().addShutdownHook(new Thread(cdn::close));
  }
}
