package com.pilotstatus.embed.kit.http;

import java.util.Locale;

/** HTTP content negotiation and conditional requests for {@link Precompressed} files. */
public final class Negotiation {

  private Negotiation() {
  }

  /** Brotli if the client accepts it and it exists, then gzip, else the identity bytes (RFC 9110 §12.5.3). */
  public static Precompressed.Representation choose(String acceptEncoding, Precompressed file) {
    if (file.brotli != null && accepts(acceptEncoding, "br")) {
      return file.brotli;
    }
    if (accepts(acceptEncoding, "gzip")) {
      return file.gzip;
    }
    return file.identity;
  }

  /** True when {@code header} lists {@code coding} (or {@code *}) with a non-zero quality. */
  public static boolean accepts(String header, String coding) {
    if (header == null) {
      return false;
    }
    boolean wildcard = false;
    for (String part : header.split(",")) {
      String[] pieces = part.trim().split(";");
      String name = pieces[0].trim().toLowerCase(Locale.ROOT);
      boolean zero = false;
      for (int i = 1; i < pieces.length; i++) {
        String param = pieces[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (param.startsWith("q=")) {
          zero = isZero(param.substring(2));
        }
      }
      if (name.equals(coding)) {
        return !zero;
      }
      if (name.equals("*") && !zero) {
        wildcard = true;
      }
    }
    return wildcard;
  }

  private static boolean isZero(String q) {
    try {
      return Double.parseDouble(q) <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** RFC 9110 §13.1.2 weak comparison: {@code *}, or any listed tag equal to {@code etag} ignoring {@code W/}. */
  public static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.trim();
      if (t.equals("*")) {
        return true;
      }
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
