package com.pilotstatus.embed.connect.testing;

/** Tiny readers for the attributes tests assert on (the page's markup is ours and regular). */
public final class Html {

  private Html() {
  }

  /** The value of the first {@code name="…"} attribute after {@code anchor} (e.g. {@code id="state"}), or null. */
  public static String attr(String html, String anchor, String name) {
    int start = html.indexOf(anchor);
    if (start < 0) {
      return null;
    }
    int end = html.indexOf('>', start);
    String tag = html.substring(start, end < 0 ? html.length() : end);
    String marker = " " + name + "=\"";
    int at = tag.indexOf(marker);
    if (at < 0) {
      marker = "\n" + name + "=\"";
      at = tag.indexOf(marker);
    }
    if (at < 0) {
      int ws = indexOfWhitespaceAttr(tag, name);
      if (ws < 0) {
        return null;
      }
      at = ws;
      marker = name + "=\"";
    }
    int valueStart = at + marker.length();
    return tag.substring(valueStart, tag.indexOf('"', valueStart));
  }

  private static int indexOfWhitespaceAttr(String tag, String name) {
    String marker = name + "=\"";
    int at = tag.indexOf(marker);
    while (at > 0) {
      if (Character.isWhitespace(tag.charAt(at - 1))) {
        return at;
      }
      at = tag.indexOf(marker, at + 1);
    }
    return -1;
  }

  /** The {@code data-state} of the page's or fragment's state section. */
  public static String state(String html) {
    return attr(html, "id=\"state\"", "data-state");
  }

  /** The inline QR SVG. */
  public static String svg(String html) {
    int start = html.indexOf("<svg");
    return start < 0 ? null : html.substring(start, html.indexOf("</svg>", start) + 6);
  }
}
