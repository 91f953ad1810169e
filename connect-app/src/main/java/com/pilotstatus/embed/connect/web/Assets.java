package com.pilotstatus.embed.connect.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One static file from the classpath, read once: the page runtime ({@code pilot-status/js/connect-runtime.js}, from
 * shared-protocol's jar) and the stylesheet. Served same-origin (CSP {@code script-src 'self'}) with a strong ETag.
 */
public final class Assets {

  private final byte[] bytes;
  private final String etag;
  private final String contentType;

  private Assets(byte[] bytes, String contentType) {
    this.bytes = bytes;
    this.contentType = contentType;
    this.etag = "\"" + sha256(bytes).substring(0, 32) + "\"";
  }

  /** @throws IllegalStateException when the resource is missing (a broken build, not a runtime condition) */
  public static Assets fromClasspath(String resource, String contentType) {
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource + ": is shared-protocol built?");
      }
      return new Assets(in.readAllBytes(), contentType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int size() {
    return bytes.length;
  }

  public void serve(Context ctx) {
    ctx.header("ETag", etag).header("Cache-Control", "no-cache").header("X-Content-Type-Options", "nosniff");
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(contentType).result(bytes);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
