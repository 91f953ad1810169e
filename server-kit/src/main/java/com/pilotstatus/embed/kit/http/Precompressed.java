package com.pilotstatus.embed.kit.http;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One file in every encoding it is served in, made once at startup: the bytes as they are, gzip (level 9) and brotli
 * (quality 11, when brotli4j's native library loads on this platform; otherwise none), each with its strong ETag.
 * {@link #hash} (the first 20 hex digits of the SHA-256 of the bytes) also names a file's immutable URL.
 */
public final class Precompressed {

  /** One encoding of the file: its bytes, its {@code Content-Encoding} ({@code null} for none) and its ETag. */
  public record Representation(byte[] bytes, String encoding, String etag) {
  }

  public final String hash;
  public final Representation identity;
  public final Representation gzip;
  /** {@code null} when brotli is not available. */
  public final Representation brotli;

  private Precompressed(byte[] bytes) {
    this.hash = HexFormat.of().formatHex(sha256(bytes)).substring(0, 20);
    this.identity = new Representation(bytes, null, "\"" + hash + "\"");
    this.gzip = new Representation(gzip(bytes), "gzip", "\"" + hash + "-gz\"");
    byte[] br = brotli(bytes);
    this.brotli = br == null ? null : new Representation(br, "br", "\"" + hash + "-br\"");
  }

  public static Precompressed of(byte[] bytes) {
    return new Precompressed(bytes);
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

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
