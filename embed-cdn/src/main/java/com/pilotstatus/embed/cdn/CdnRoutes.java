package com.pilotstatus.embed.cdn;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import com.pilotstatus.embed.kit.ServerKit;
import com.pilotstatus.embed.kit.http.Precompressed;
import com.pilotstatus.embed.kit.StaticAnswers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole HTTP surface of embed-cdn. Nothing is read from disk per request (no static-file handler), so there is
 * no directory listing and no path to traverse: every path not listed here is 404.
 *
 * <ul>
 *   <li>{@code GET|HEAD /embed.js}: the latest SDK; short cache, revalidated by ETag.</li>
 *   <li>{@code GET|HEAD /v{version}/embed.js}: the same bytes under an immutable URL, cached for a year.</li>
 *   <li>{@code GET|HEAD /embed-core.js} and {@code /v{version}/embed-core.js}: the SDK's core, which the loader
 *       inserts from its own directory with the integrity value it pins; cached as the loader beside it.</li>
 *   <li>(all four answered ahead of Javalin from answers made at startup: {@link #precompute})</li>
 *   <li>{@code GET|HEAD /embed.js.sri}: the SHA-384 integrity string of those bytes.</li>
 *   <li>{@code GET|HEAD /manifest.json}: version, URLs and integrity in one JSON object.</li>
 * </ul>
 */
final class CdnRoutes {

  static final String JS = "text/javascript; charset=utf-8";
  static final String LATEST_CACHE = StaticAnswers.REVALIDATED_CACHE;
  static final String IMMUTABLE_CACHE = StaticAnswers.IMMUTABLE_CACHE;
  static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

  private final EmbedBundle bundle;

  CdnRoutes(EmbedBundle bundle) {
    this.bundle = bundle;
  }

  /**
   * The scripts' URLs (loader and core, latest and versioned), answered ahead of Javalin from answers made here once
   * ({@link StaticAnswers}): {@code securityHeaders} are those every other response gets from the kit's plugin. CORS
   * for all: the loader inserts the core with {@code crossorigin="anonymous"}, which Subresource Integrity needs.
   */
  void precompute(ServerKit kit, Map<String, String> securityHeaders) {
    Map<String, String> common = new LinkedHashMap<>(securityHeaders);
    common.put(ALLOW_ORIGIN, "*");
    precompute(kit, "embed.js", bundle.file, common);
    precompute(kit, "embed-core.js", bundle.core, common);
  }

  private void precompute(ServerKit kit, String name, Precompressed file, Map<String, String> headers) {
    kit.precomputed("/" + name, new StaticAnswers(file, JS, LATEST_CACHE, headers));
    kit.precomputed("/v" + bundle.version + "/" + name, new StaticAnswers(file, JS, IMMUTABLE_CACHE, headers));
  }

  void register(JavalinConfig config) {
    config.routes.before(CdnRoutes::commonHeaders);
    both(config, "/embed.js.sri", this::integrity);
    both(config, "/manifest.json", this::manifest);
  }

  private static void both(JavalinConfig config, String path, Handler handler) {
    config.routes.get(path, handler);
    config.routes.head(path, handler);
  }

  /** Every response, 404s included: loadable from any origin (nosniff and CORP come from the kit's policy). */
  private static void commonHeaders(Context ctx) {
    ctx.header(ALLOW_ORIGIN, "*");
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
