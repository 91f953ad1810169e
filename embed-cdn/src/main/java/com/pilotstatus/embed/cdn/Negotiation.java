package com.pilotstatus.embed.cdn;

/** HTTP content negotiation and conditional requests for the precompressed representations. */
final class Negotiation {

  private Negotiation() {
  }

  /** Brotli if the client accepts it and it exists, then gzip, else the identity bytes (RFC 9110 §12.5.3). */
  static EmbedBundle.Representation choose(String acceptEncoding, EmbedBundle bundle) {
    if (bundle.brotli != null && accepts(acceptEncoding, "br")) {
      return bundle.brotli;
    }
    if (accepts(acceptEncoding, "gzip")) {
      return bundle.gzip;
    }
    return bundle.identity;
  }

  /** True when {@code header} lists {@code coding} (or {@code *}) with a non-zero quality. */
  static boolean accepts(String header, String coding) {
    if (header == null) {
      return false;
    }
    boolean wildcard = false;
    for (String part : header.split(",")) {
      String[] pieces = part.trim().split(";");
      String name = pieces[0].trim().toLowerCase(java.util.Locale.ROOT);
      boolean zero = false;
      for (int i = 1; i < pieces.length; i++) {
        String param = pieces[i].trim().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
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
  static boolean matches(String ifNoneMatch, String etag) {
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
