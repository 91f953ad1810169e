package com.pilotstatus.embed.cdn;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import com.pilotstatus.embed.browser.sdk.SdkVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

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
  final Representation identity;
  final Representation gzip;
  final Representation brotli;
  /** The Subresource Integrity value of the identity bytes: {@code sha384-<base64>}. */
  final String integrity;

  private EmbedBundle(String version, byte[] js) {
    this.version = version;
    String hash = HexFormat.of().formatHex(digest("SHA-256", js)).substring(0, 20);
    this.identity = new Representation(js, null, "\"" + hash + "\"");
    this.gzip = new Representation(gzip(js), "gzip", "\"" + hash + "-gz\"");
    byte[] br = brotli(js);
    this.brotli = br == null ? null : new Representation(br, "br", "\"" + hash + "-br\"");
    this.integrity = Sri.of(js);
  }

  /** One encoding of the file: its bytes, its {@code Content-Encoding} ({@code null} for none) and its ETag. */
  record Representation(byte[] bytes, String encoding, String etag) {
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

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Brotli at quality 11, or {@code null} when the native library is not available on this platform. */
  private static byte[] brotli(byte[] data) {
    try {
      if (!Brotli4jLoader.isAvailable()) {
        return null;
      }
      return Encoder.compress(data, new Encoder.Parameters().setQuality(11));
    } catch (IOException | LinkageError e) {
      return null;
    }
  }

  private static byte[] digest(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every Java platform", e);
    }
  }
}
