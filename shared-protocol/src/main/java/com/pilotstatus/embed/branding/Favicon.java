package com.pilotstatus.embed.branding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one {@code /favicon.ico} of every server a person opens (demo, chat, connect): browsers ask each origin for
 * it, and a 404 or an error page there shows up as a failed request in every console. Server-side only; the browser
 * bundles never reach it.
 */
public final class Favicon {

  public static final String PATH = "/favicon.ico";
  public static final String CONTENT_TYPE = "image/x-icon";
  /** A day: it never changes within a release, and a stale one is harmless. */
  public static final String CACHE_CONTROL = "public, max-age=86400";

  private static final byte[] ICO = read("/pilot-status/favicon.ico");

  private Favicon() {
  }

  /** The icon's bytes (16 and 32 px PNGs in one ICO); a copy, so no caller can change what the next one gets. */
  public static byte[] bytes() {
    return ICO.clone();
  }

  private static byte[] read(String resource) {
    try (InputStream in = Favicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " (shared-protocol's jar)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
