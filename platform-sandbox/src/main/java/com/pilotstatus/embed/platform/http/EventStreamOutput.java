package com.pilotstatus.embed.platform.http;

import com.pilotstatus.embed.kit.lifecycle.Draining;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A {@code text/event-stream} response written on the request's thread: the platform's streams are few (one per
 * inbox for the public stream, one per front-end instance for the internal feed), so blocking writes are fine here.
 * Each write is flushed at once; an {@link IOException} means the client went away.
 */
public final class EventStreamOutput {

  private final OutputStream out;

  private EventStreamOutput(OutputStream out) {
    this.out = out;
  }

  /** Starts the response: 200, SSE headers, and the reconnection delay the client should use. */
  public static EventStreamOutput open(Context ctx, int retryMillis) throws IOException {
    ctx.res().setStatus(200);
    ctx.res().setContentType("text/event-stream");
    ctx.res().setCharacterEncoding("UTF-8");
    ctx.res().setHeader("Cache-Control", "no-cache, no-store");
    ctx.res().setHeader("X-Accel-Buffering", "no"); // nginx: pass each event on at once
    EventStreamOutput output = new EventStreamOutput(ctx.res().getOutputStream());
    output.write("retry: " + retryMillis + "\n: connected\n\n");
    return output;
  }

  public void event(long id, String type, String json) throws IOException {
    write("id: " + id + "\nevent: " + type + "\ndata: " + json + "\n\n");
  }

  public void comment(String text) throws IOException {
    write(": " + text + "\n\n");
  }

  /** The last words of a stream ended by a shutdown: reconnect in 1 s (to another instance). */
  public void retryHint() throws IOException {
    write(Draining.SSE_RETRY_HINT);
  }

  private void write(String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
