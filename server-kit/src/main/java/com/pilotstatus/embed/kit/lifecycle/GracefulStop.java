package com.pilotstatus.embed.kit.lifecycle;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graceful stop of one server, in two phases so that a process running several servers (the demo launcher)
 * drains them all at once and then waits once: {@link #beginDrain()} (not ready, new requests refused, streams told
 * to reconnect and closed), then {@link #finish(Duration)} (wait for in-flight requests up to a deadline, stop).
 */
public final class GracefulStop {

  private static final Logger LOG = LoggerFactory.getLogger(GracefulStop.class);

  private final String name;
  private final Draining draining;
  private final DrainingPlugin gate;
  private final Runnable stop;

  public GracefulStop(String name, Draining draining, DrainingPlugin gate, Runnable stop) {
    this.name = name;
    this.draining = draining;
    this.gate = gate;
    this.stop = stop;
  }

  /**
   * A server that is not on the kit yet (chat-app, until it installs it): nothing to drain or wait for, it is just
   * stopped in its turn.
   */
  public static GracefulStop withoutDrain(String name, Runnable stop) {
    Draining none = new Draining();
    return new GracefulStop(name, none, new DrainingPlugin(none), stop);
  }

  public void beginDrain() {
    draining.drain();
  }

  /** Waits for the requests in flight until {@code remaining} runs out, then stops the server. */
  public void finish(Duration remaining) {
    try {
      if (!gate.awaitIdle(remaining)) {
        LOG.warn("{}: {} request(s) still in flight after the grace period; stopping anyway", name, gate.inFlight());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      stop.run();
    } catch (RuntimeException e) {
      LOG.warn("{}: stop failed: {}", name, e.toString());
    }
    LOG.info("{} stopped", name);
  }

  public String name() {
    return name;
  }
}
