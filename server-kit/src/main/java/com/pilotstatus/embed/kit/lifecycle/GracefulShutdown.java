package com.pilotstatus.embed.kit.lifecycle;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * What a server process does on SIGTERM (and SIGINT, Ctrl-C): every server drains at once, in-flight requests get
 * up to the grace period ({@code PS_SHUTDOWN_GRACE_SECONDS}, 10 s) together, the servers stop in reverse start
 * order, and the process exits 0 — an orchestrator reads a non-zero exit as a crash. A JVM left to its default
 * handling would run the shutdown hooks and exit 143, so the signals are taken over here; where the JVM does not
 * allow it, a shutdown hook does the same drain (with the JVM's exit code).
 */
public final class GracefulShutdown {

  private static final Logger LOG = LoggerFactory.getLogger(GracefulShutdown.class);

  private GracefulShutdown() {
  }

  /** Installs the handler for {@code servers} (in start order). */
  public static void onSignal(Duration grace, List<GracefulStop> servers) {
    AtomicBoolean once = new AtomicBoolean();
    Runnable shutdown = () -> {
      if (once.compareAndSet(false, true)) {
        run(grace, servers);
      }
    };
    try {
      Signal.handle(new Signal("TERM"), signal -> exitAfter(shutdown));
      Signal.handle(new Signal("INT"), signal -> exitAfter(shutdown));
    } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
      LOG.debug("signals not available ({}); draining from a shutdown hook", e.toString());
    }
    Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "graceful-shutdown-hook"));
  }

  /**
   * Runs {@code shutdown} and exits 0, on a thread of its own that is not a daemon: one made by the signal
   * dispatcher (a daemon) would be killed when the servers' last threads end, before its last lines and the exit.
   */
  private static void exitAfter(Runnable shutdown) {
    Thread thread = new Thread(() -> {
      shutdown.run();
      System.exit(0);
    }, "graceful-shutdown");
    thread.setDaemon(false);
    thread.start();
  }

  public static void onSignal(Duration grace, GracefulStop... servers) {
    onSignal(grace, List.of(servers));
  }

  /** Drains every server, waits for their in-flight requests within {@code grace}, stops them in reverse order. */
  public static void run(Duration grace, List<GracefulStop> servers) {
    long started = System.nanoTime();
    LOG.info("shutting down: draining {} server(s), grace {} s", servers.size(), grace.toSeconds());
    servers.forEach(GracefulStop::beginDrain);
    // Leave a little of the grace for stopping the servers themselves.
    long deadline = started + grace.toNanos() - Duration.ofMillis(500).toNanos();
    for (int i = servers.size() - 1; i >= 0; i--) {
      servers.get(i).finish(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }
    LOG.info("shutdown complete in {} ms", (System.nanoTime() - started) / 1_000_000);
  }
}
