package com.pilotstatus.embed.cdn;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;

/**
 * The whole HTTP surface of embed-cdn. Nothing is read from disk per request (no static-file handler), so there is
 * no directory listing and no path to traverse: every path not listed here is 404.
 *
 * <ul>
 *   <li>{@code GET|HEAD /embed.js}: the latest SDK; short cache, revalidated by ETag.</li>
 *   <li>{@code GET|HEAD /v{version}/embed.js}: the same bytes under an immutable URL, cached for a year.</li>
 *   <li>{@code GET|HEAD /embed.js.sri}: the SHA-384 integrity string of those bytes.</li>
 *   <li>{@code GET|HEAD /manifest.json}: version, URLs and integrity in one JSON object.</li>
 * </ul>
 */
final class CdnRoutes {

  static final String JS = "text/javascript; charset=utf-8";
  static final String LATEST_CACHE = "public, max-age=300";
  static final String IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

  private final EmbedBundle bundle;

  CdnRoutes(EmbedBundle bundle) {
    this.bundle = bundle;
  }

  void register(JavalinConfig config) {
    config.routes.before(CdnRoutes::commonHeaders);
    both(config, "/embed.js", ctx -> script(ctx, LATEST_CACHE));
    both(config, "/v" + bundle.version + "/embed.js", ctx -> script(ctx, IMMUTABLE_CACHE));
    both(config, "/embed.js.sri", this::integrity);
    both(config, "/manifest.json", this::manifest);
  }

  private static void both(JavalinConfig config, String path, Handler handler) {
    config.routes.get(path, handler);
    config.routes.head(path, handler);
  }

  /** Every response, 404s included: loadable from any origin (nosniff and CORP come from the kit's policy). */
  private static void commonHeaders(Context ctx) {
    ctx.header("Access-Control-Allow-Origin", "*");
  }

  private void script(Context ctx, String cacheControl) {
    EmbedBundle.Representation chosen = Negotiation.choose(ctx.header("Accept-Encoding"), bundle);
    ctx.header("Cache-Control", cacheControl);
    ctx.header("Vary", "Accept-Encoding");
    ctx.header("ETag", chosen.etag());
    if (Negotiation.matches(ctx.header("If-None-Match"), chosen.etag())) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    if (chosen.encoding() != null) {
      ctx.header("Content-Encoding", chosen.encoding());
    }
    ctx.contentType(JS);
    ctx.header("Content-Length", String.valueOf(chosen.bytes().length));
    ctx.result(chosen.bytes());
  }

  private void integrity(Context ctx) {
    text(ctx, "text/plain; charset=utf-8", bundle.integrity + "\n");
  }

  private void manifest(Context ctx) {
    text(ctx, "application/json; charset=utf-8", "{\"version\":\"" + bundle.version + "\",\"latest\":\"/embed.js\","
        + "\"url\":\"/v" + bundle.version + "/embed.js\",\"integrity\":\"" + bundle.integrity + "\"}");
  }

  private static void text(Context ctx, String contentType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ctx.header("Cache-Control", LATEST_CACHE);
    ctx.contentType(contentType);
    ctx.header("Content-Length", String.valueOf(bytes.length));
    ctx.result(bytes);
  }
}
