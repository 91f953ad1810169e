package com.pilotstatus.embed.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files on the test classpath: fixtures, and the bundles the build put there. */
public final class Resources {

  private Resources() {
  }

  /** The bytes of the classpath resource {@code path}; fails clearly when the build has not put it there. */
  public static byte[] bytes(String path) {
    try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not on the classpath; build shared-protocol first");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
