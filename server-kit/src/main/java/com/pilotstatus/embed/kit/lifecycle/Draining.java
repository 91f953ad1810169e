package com.pilotstatus.embed.kit.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One server's shutdown signal. Requirements: once draining, the server is not ready ({@code /readyz} 503), refuses
 * new requests (503 + {@code Retry-After}), and tells every open stream to reconnect elsewhere, then closes it. A
 * stream registers its closer with {@link #onDrain(Runnable)} when it opens and closes the returned registration
 * when it ends, so the set holds only open streams. A closer registered after the drain began runs at once.
 */
public final class Draining {

  private static final Logger LOG = LoggerFactory.getLogger(Draining.class);

  /** What a stream writes before it closes: browsers' EventSource and our clients reconnect after 1 s. */
  public static final String SSE_RETRY_HINT = "retry: 1000\n\n";

  private final AtomicBoolean draining = new AtomicBoolean();
  private final Set<Runnable> closers = ConcurrentHashMap.newKeySet();

  public boolean isDraining() {
    return draining.get();
  }

  /**
   * Registers what closes one open stream (write {@link #SSE_RETRY_HINT}, then close). Close the registration when
   * the stream ends for any other reason.
   */
  public Registration onDrain(Runnable closer) {
    closers.add(closer);
    if (draining.get() && closers.remove(closer)) {
      run(closer);
    }
    return () -> closers.remove(closer);
  }

  /** Starts draining, once: readiness turns false and every registered closer runs. */
  public void drain() {
    if (!draining.compareAndSet(false, true)) {
      return;
    }
    List<Runnable> open = new ArrayList<>(closers);
    LOG.info("draining: not ready any more, closing {} open stream(s)", open.size());
    for (Runnable closer : open) {
      if (closers.remove(closer)) {
        run(closer);
      }
    }
  }

  /** Open streams still registered. */
  public int openStreams() {
    return closers.size();
  }

  private static void run(Runnable closer) {
    try {
      closer.run();
    } catch (RuntimeException e) {
      LOG.debug("a stream closer failed: {}", e.toString());
    }
  }

  /** Removes a closer once its stream has ended on its own. */
  @FunctionalInterface
  public interface Registration extends AutoCloseable {
    @Override
    void close();
  }
}
