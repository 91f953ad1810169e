package com.pilotstatus.embed.chat.live;

import com.pilotstatus.embed.chat.i18n.Viewer;
import com.pilotstatus.embed.chat.session.ChatToken;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * One browser's live stream, written with non-blocking servlet I/O: no thread is held while it is idle or while the
 * browser is slow to read. Frames queue here and go out whenever the socket can take them ({@link WriteListener}).
 *
 * <p>Requirements: frames leave in the order they were queued; a write that fails (the browser left) closes the stream
 * at once; a browser that does not read while more than {@code maxBacklog} bytes wait is closed too, so memory per
 * stream is bounded (it resumes with {@code Last-Event-ID}); closing releases everything the hub holds for it.
 *
 * <p>Locking: the {@link LiveHub} queues frames under its own lock, then this object's monitor guards the queue and
 * the socket; {@link #close} runs the hub's release outside this monitor, so the two locks are never taken in the
 * other order. Ending the response is handed to the container ({@code end}): completing an async request runs Jetty's
 * request handling, Javalin's after-handlers and loggers in the completing thread, and {@link #close} is often called
 * by the feed's thread with the hub's lock held. None of that may run there.
 */
final class LiveStream implements WriteListener {

  final ChatToken token;
  final Viewer viewer;
  /** The last event id this browser has, once the queued frames are written; see {@link LiveHub}. */
  long cursor;
  long lastQueuedNanos = System.nanoTime();
  long lastHeartbeatNanos = System.nanoTime();
  /** Which of the hub's probe slots looks at this stream; see {@link LiveHub#tickMillis}. */
  int slot;

  private final ServletOutputStream out;
  private final Runnable end;
  private final int maxBacklog;
  private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
  private Runnable onClose = () -> { };
  private int queuedBytes;
  private boolean unflushed;
  private boolean closed;
  private boolean overflowed;

  /** {@code end} completes the response on a container thread (see the class comment); called once. */
  LiveStream(ChatToken token, Viewer viewer, ServletOutputStream out, Runnable end, int maxBacklog) {
    this.token = token;
    this.viewer = viewer;
    this.out = out;
    this.end = end;
    this.maxBacklog = maxBacklog;
  }

  void onClose(Runnable release) {
    this.onClose = release;
  }

  /** Queues one frame and writes what the socket takes now. */
  void send(byte[] frame) {
    boolean overflow;
    synchronized (this) {
      if (closed) {
        return;
      }
      overflow = queuedBytes + frame.length > maxBacklog;
      overflowed |= overflow;
      if (!overflow) {
        queue.addLast(frame);
        queuedBytes += frame.length;
        lastQueuedNanos = System.nanoTime();
      }
    }
    if (overflow) {
      close(); // a browser this far behind resumes with Last-Event-ID instead of costing memory
      return;
    }
    drain();
  }

  void send(String frame) {
    send(frame.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether it was closed because its browser read too slowly. */
  synchronized boolean overflowed() {
    return overflowed;
  }

  /** Ends the stream (the browser's runtime reconnects); safe to call from any thread, more than once. */
  void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      queue.clear();
      queuedBytes = 0;
    }
    onClose.run();
    end.run();
  }

  @Override
  public void onWritePossible() {
    drain();
  }

  @Override
  public void onError(Throwable failure) {
    close();
  }

  private void drain() {
    boolean failed = false;
    synchronized (this) {
      if (closed) {
        return;
      }
      try {
        while (out.isReady()) {
          byte[] next = queue.pollFirst();
          if (next == null) {
            if (!unflushed) {
              return;
            }
            unflushed = false;
            out.flush();
            continue;
          }
          queuedBytes -= next.length;
          out.write(next);
          unflushed = true;
        }
      } catch (IOException | IllegalStateException e) {
        failed = true; // the browser went away
      }
    }
    if (failed) {
      close();
    }
  }
}
