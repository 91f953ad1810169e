package com.pilotstatus.embed.kit.lifecycle;

import com.pilotstatus.embed.kit.http.RouteTemplate;
import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the requests in flight and, once {@link Draining#drain()} was called, answers every new request 503 with
 * {@code Retry-After} (the operations endpoints excepted: {@code /readyz} must be able to say "draining").
 * {@link #awaitIdle(Duration)} is what a graceful stop waits on.
 */
public final class DrainingPlugin extends Plugin<Void> {

  private static final String COUNTED = "kit.in-flight";

  private final Draining draining;
  private final AtomicInteger inFlight = new AtomicInteger();

  public DrainingPlugin(Draining draining) {
    this.draining = draining;
  }

  @Override
  public void onInitialize(JavalinState state) {
    state.routes.before(ctx -> {
      if (RouteTemplate.isOperations(ctx)) {
        return;
      }
      if (draining.isDraining()) {
        ctx.header("Retry-After", "1").header("Connection", "close");
        ctx.status(503).contentType("application/json")
            .result("{\"error\":{\"code\":\"unavailable\",\"message\":\"This instance is shutting down; retry.\"}}");
        ctx.skipRemainingHandlers();
        return;
      }
      ctx.attribute(COUNTED, Boolean.TRUE);
      enter();
    });
    state.requestLogger.http((ctx, millis) -> {
      if (Boolean.TRUE.equals(ctx.attribute(COUNTED))) {
        exit();
      }
    });
  }

  /** Whether new requests are refused now (they go to the 503 above). */
  public boolean isDraining() {
    return draining.isDraining();
  }

  /** A request starts; every {@code enter} is followed by one {@link #exit}. */
  public void enter() {
    inFlight.incrementAndGet();
  }

  public void exit() {
    inFlight.decrementAndGet();
  }

  public int inFlight() {
    return inFlight.get();
  }

  /** Waits until no request is in flight, or {@code timeout} passed; true when idle. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (inFlight.get() > 0) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }
}
