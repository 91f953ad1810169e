package com.pilotstatus.embed.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.util.function.Supplier;

/**
 * Ports for test stacks whose servers must know each other's ports before any of them starts (origins, platform URL),
 * so they cannot all bind port 0. A port is free when picked and bound a moment later; another process (an outgoing
 * connection's ephemeral port) can take it in between, which a clean CI run once hit. {@link #retrying} starts such a
 * stack again on a fresh set of ports.
 */
public final class FreePorts {

  private static final int ATTEMPTS = 3;

  private FreePorts() {
  }

  /** A port that nothing listens on right now. */
  public static int pick() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  /**
   * {@code start}, which must pick its ports anew and stop what it started when it fails, tried up to three times while
   * the failure is a port that was taken in the meantime. Any other failure is thrown at once.
   */
  public static <T> T retrying(Supplier<T> start) {
    for (int attempt = 1; ; attempt++) {
      try {
        return start.get();
      } catch (RuntimeException e) {
        if (attempt == ATTEMPTS || !isPortTaken(e)) {
          throw e;
        }
      }
    }
  }

  private static boolean isPortTaken(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException || t.getClass().getSimpleName().equals("JavalinBindException")) {
        return true;
      }
    }
    return false;
  }
}
