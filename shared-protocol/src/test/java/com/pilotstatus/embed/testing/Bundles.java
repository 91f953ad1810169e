package com.pilotstatus.embed.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The compiled browser bundles as shared-protocol ships them (on every module's classpath). */
public final class Bundles {

  private Bundles() {
  }

  /** The text of {@code pilot-status/js/{name}}, e.g. {@code chat-runtime.js}. */
  public static String read(String name) {
    String path = "pilot-status/js/" + name;
    try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not on the classpath; build shared-protocol first");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
