package com.pilotstatus.embed.platform.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A real SSE client: parses {@code id/event/data} frames from the stream into a queue. */
public final class EventStreamClient implements AutoCloseable {

  /** One parsed event. */
  public record Event(String id, String type, String data) {
  }

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;
  private volatile Stream<String> lines;

  public EventStreamClient(String url, String token, String lastEventId) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
    // reads on its own daemon thread: a callback on the future could run on the caller's thread and block it
    Thread reader = new Thread(() -> read(), "sse-test-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    HttpResponse<Stream<String>> r;
    try {
      r = response.get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      return;
    }
    {
      lines = r.body();
      String[] frame = new String[3];
      try {
        lines.forEach(line -> {
          if (line.isEmpty()) {
            if (frame[1] != null || frame[2] != null) {
              events.add(new Event(frame[0], frame[1], frame[2]));
            }
            frame[0] = null;
            frame[1] = null;
            frame[2] = null;
          } else if (line.startsWith("id: ")) {
            frame[0] = line.substring(4);
          } else if (line.startsWith("event: ")) {
            frame[1] = line.substring(7);
          } else if (line.startsWith("data: ")) {
            frame[2] = line.substring(6);
          }
        });
      } catch (RuntimeException closed) {
        // stream closed by the test
      }
    }
  }

  public int status() throws Exception {
    return response.get(5, TimeUnit.SECONDS).statusCode();
  }

  /** The next event, or {@code null} after {@code millis}. */
  public Event next(long millis) throws InterruptedException {
    return events.poll(millis, TimeUnit.MILLISECONDS);
  }

  /** The next event of {@code type}, skipping others; fails after 5 s. */
  public Event next(String type) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 5_000;
    while (System.currentTimeMillis() < deadline) {
      Event event = next(deadline - System.currentTimeMillis());
      if (event != null && type.equals(event.type())) {
        return event;
      }
    }
    throw new AssertionError("no " + type + " event within 5 s");
  }

  @Override
  public void close() {
    if (lines != null) {
      lines.close();
    }
    response.cancel(true);
  }
}
