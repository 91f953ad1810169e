package com.pilotstatus.embed.testing;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;

/** The compiled browser bundles as shared-protocol ships them (on every module's classpath). */
public final class Bundles {

  /** The SDK's loader, what host pages include. */
  public static final String LOADER = "embed.js";
  /** The SDK's core, which the loader inserts from {@code v{version}/} of its directory, pinned by its integrity value. */
  public static final String CORE = "embed-core.js";

  private Bundles() {
  }

  /** The bytes of {@code pilot-status/js/{name}}, e.g. {@code embed.js}. */
  public static byte[] bytes(String name) {
    return Resources.bytes("pilot-status/js/" + name);
  }

  /** The text of {@code pilot-status/js/{name}}, e.g. {@code chat-runtime.js}. */
  public static String read(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /**
   * A test host's routes for the SDK as the browser module built it: {@code /embed.js} and the
   * {@code /v{version}/embed-core.js} the loader fetches (uncached, so every page gets this build's bytes).
   */
  public static void serveSdk(JavalinConfig config) {
    config.routes.get("/" + LOADER, script(bytes(LOADER)));
    Handler core = script(bytes(CORE));
    config.routes.get("/{version}/" + CORE, ctx -> {
      if (!ctx.pathParam("version").startsWith("v")) {
        throw new NotFoundResponse();
      }
      core.handle(ctx);
    });
  }

  private static Handler script(byte[] body) {
    return ctx -> ctx.contentType("text/javascript; charset=utf-8").header("Cache-Control", "no-store").result(body);
  }
}
