package com.pilotstatus.embed.cdn;

import com.pilotstatus.embed.browser.sdk.SdkVersion;
import com.pilotstatus.embed.kit.http.Precompressed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The SDK this deployment serves: the {@code embed.js} loader built by the browser module, stamped with this
 * deployment's chat and connect origins, then compressed (gzip, and brotli when its native library loads) and hashed —
 * once, at startup, because stamping changes the bytes that the precompressed files and the SRI hash must describe —
 * and the {@code embed-core.js} it loads, as built: never stamped (the loader hands the core its origins), so the
 * integrity value baked into the loader holds in every deployment.
 */
final class EmbedBundle {

  /** Where the browser module's jar keeps the loader. */
  static final String RESOURCE = "pilot-status/js/embed.js";
  /** Where it keeps the core, which the loader fetches from its own directory. */
  static final String CORE_RESOURCE = "pilot-status/js/embed-core.js";
  /** The stamp points: string literals of the loader ({@code src/main/js/embed.js} of the browser module). */
  static final String CHAT_STAMP = "\"https://chat.pilotstatus.com.br\"";
  static final String CONNECT_STAMP = "\"https://connect.pilotstatus.com.br\"";

  final String version;
  /** The stamped loader in every encoding served, each with its ETag. */
  final Precompressed file;
  /** The core, as built, in every encoding served. */
  final Precompressed core;
  /** The Subresource Integrity value of the identity bytes: {@code sha384-<base64>}. */
  final String integrity;

  private EmbedBundle(String version, byte[] js, byte[] core) {
    this.version = version;
    this.file = Precompressed.of(js);
    this.core = Precompressed.of(core);
    this.integrity = Sri.of(js);
  }

  /** Loads the SDK from the classpath and stamps {@code config}'s origins into it. */
  static EmbedBundle load(CdnConfig config) {
    return new EmbedBundle(SdkVersion.VERSION, stamp(read(RESOURCE), config.chatOrigin(), config.connectOrigin()),
        read(CORE_RESOURCE).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Replaces the production default origins with the deployment's.
   *
   * @throws IllegalStateException when a stamp point is not in the JS exactly once (the SDK changed shape)
   */
  static byte[] stamp(String js, String chatOrigin, String connectOrigin) {
    String stamped = replaceOnce(replaceOnce(js, CHAT_STAMP, "\"" + chatOrigin + "\""),
        CONNECT_STAMP, "\"" + connectOrigin + "\"");
    return stamped.getBytes(StandardCharsets.UTF_8);
  }

  private static String replaceOnce(String js, String stampPoint, String value) {
    int at = js.indexOf(stampPoint);
    if (at < 0 || js.indexOf(stampPoint, at + 1) >= 0) {
      throw new IllegalStateException("embed.js must contain " + stampPoint + " exactly once to be stamped;"
          + " rebuild the browser module and check its loader (src/main/js/embed.js)");
    }
    return js.substring(0, at) + value + js.substring(at + stampPoint.length());
  }

  private static String read(String resource) {
    try (InputStream in = EmbedBundle.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath: build the browser module first");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
