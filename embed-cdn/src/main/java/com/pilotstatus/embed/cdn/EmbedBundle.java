package com.pilotstatus.embed.cdn;

import com.pilotstatus.embed.browser.sdk.SdkVersion;
import com.pilotstatus.embed.kit.http.Precompressed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code embed.js} this deployment serves: the SDK compiled by shared-protocol, stamped with this deployment's
 * chat and connect origins, then compressed (gzip, and brotli when its native library loads) and hashed — once, at
 * startup, because stamping changes the bytes that the precompressed files and the SRI hash must describe.
 */
final class EmbedBundle {

  /** Where shared-protocol's jar keeps the compiled SDK. */
  static final String RESOURCE = "pilot-status/js/embed.js";
  /** The stamp points: string literals of {@code SdkSettings} in the compiled JS. */
  static final String CHAT_STAMP = "\"https://chat.pilotstatus.com.br\"";
  static final String CONNECT_STAMP = "\"https://connect.pilotstatus.com.br\"";

  final String version;
  /** The stamped bytes in every encoding served, each with its ETag. */
  final Precompressed file;
  /** The Subresource Integrity value of the identity bytes: {@code sha384-<base64>}. */
  final String integrity;

  private EmbedBundle(String version, byte[] js) {
    this.version = version;
    this.file = Precompressed.of(js);
    this.integrity = Sri.of(js);
  }

  /** Loads the SDK from the classpath and stamps {@code config}'s origins into it. */
  static EmbedBundle load(CdnConfig config) {
    return new EmbedBundle(SdkVersion.VERSION, stamp(read(), config.chatOrigin(), config.connectOrigin()));
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
          + " rebuild shared-protocol and check SdkSettings");
    }
    return js.substring(0, at) + value + js.substring(at + stampPoint.length());
  }

  private static String read() {
    try (InputStream in = EmbedBundle.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath: build shared-protocol first");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
