package com.pilotstatus.embed.testing;

import java.nio.charset.StandardCharsets;

/** The compiled browser bundles as shared-protocol ships them (on every module's classpath). */
public final class Bundles {

  private Bundles() {
  }

  /** The bytes of {@code pilot-status/js/{name}}, e.g. {@code embed.js}. */
  public static byte[] bytes(String name) {
    return Resources.bytes("pilot-status/js/" + name);
  }

  /** The text of {@code pilot-status/js/{name}}, e.g. {@code chat-runtime.js}. */
  public static String read(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
