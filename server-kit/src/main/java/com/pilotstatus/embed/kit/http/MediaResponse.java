package com.pilotstatus.embed.kit.http;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Writes an uploaded or received file so that it can never act as a page of the origin serving it. Requirements:
 * the declared type only, never sniffed ({@code nosniff}); {@code Content-Security-Policy: sandbox; default-src 'none'}
 * so even a file a browser renders (an HTML or SVG that slipped through) runs no script, loads nothing and has an
 * opaque origin; documents as {@code attachment} (a download, never a navigation), images, audio and video
 * {@code inline}; the name in {@code filename} (ASCII, quotes and controls removed) and {@code filename*} (UTF-8).
 */
public final class MediaResponse {

  /** The policy of every media answer. */
  public static final String CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'";

  private MediaResponse() {
  }

  /** Sends {@code bytes} as {@code mimeType}; {@code inline} false makes it a download named {@code fileName}. */
  public static void write(Context ctx, String mimeType, String fileName, boolean inline, byte[] bytes) {
    relay(ctx, mimeType, disposition(inline, fileName), bytes);
  }

  /** Sends {@code bytes} with a type and disposition another server declared (chat-app relaying the platform). */
  public static void relay(Context ctx, String mimeType, String contentDisposition, byte[] bytes) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("Content-Disposition", contentDisposition);
    ctx.contentType(mimeType);
    ctx.result(bytes);
  }

  /** {@code inline} or {@code attachment}, with the file's name in both RFC 6266 forms when it has one. */
  public static String disposition(boolean inline, String fileName) {
    String type = inline ? "inline" : "attachment";
    if (fileName == null || fileName.isBlank()) {
      return type;
    }
    String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replaceAll("[\"\\\\]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
