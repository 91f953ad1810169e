package com.pilotstatus.embed.chat.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A browser's {@code GET /live} over a plain socket, so a test controls what a browser does at the TCP level: read
 * events, stop reading (a slow client), or go away (close the socket). Events are read on a background thread.
 */
public final class LiveClient implements AutoCloseable {

  /** One server-sent event; {@code id} is null when the frame had none. */
  public record Event(String id, String name, String data) {
  }

  private final Socket socket;
  private volatile boolean ended;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final int status;
  private final String headers;

  private LiveClient(Socket socket, int status, String headers) {
    this.socket = socket;
    this.status = status;
    this.headers = headers;
  }

  /** Opens {@code /live} on {@code port}; {@code receiveBuffer} > 0 makes a client that can hold little unread. */
  public static LiveClient open(int port, String token, String parentOrigin, String lastEventId, int receiveBuffer,
                                boolean read) throws IOException {
    Socket socket = new Socket();
    if (receiveBuffer > 0) {
      socket.setReceiveBufferSize(receiveBuffer);
    }
    socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5000);
    socket.setSoTimeout(30_000);
    StringBuilder request = new StringBuilder("GET /live HTTP/1.1\r\nHost: localhost:" + port + "\r\n")
        .append("Accept: text/event-stream\r\n")
        .append("Authorization: Bearer ").append(token).append("\r\n")
        .append("X-PS-Parent-Origin: ").append(parentOrigin).append("\r\n");
    if (lastEventId != null) {
      request.append("Last-Event-ID: ").append(lastEventId).append("\r\n");
    }
    OutputStream out = socket.getOutputStream();
    out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
    out.flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8), 256);
    String statusLine = in.readLine();
    StringBuilder headers = new StringBuilder();
    String line;
    while ((line = in.readLine()) != null && !line.isEmpty()) {
      headers.append(line.toLowerCase(java.util.Locale.ROOT)).append('\n');
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    LiveClient client = new LiveClient(socket, status, headers.toString());
    if (read && status == 200) {
      Thread reader = new Thread(() -> client.readEvents(in), "live-client-reader");
      reader.setDaemon(true);
      reader.start();
    }
    return client;
  }

  /** True once the server ended the stream. */
  public boolean hasEnded() {
    return ended;
  }

  public int status() {
    return status;
  }

  /** The response headers, lower-cased, one per line. */
  public String headers() {
    return headers;
  }

  /** The next event matching {@code matching} within {@code seconds}, skipping others. */
  public Event await(Predicate<Event> matching, int seconds) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < end) {
      Event e = events.poll(50, TimeUnit.MILLISECONDS);
      if (e != null && matching.test(e)) {
        return e;
      }
    }
    throw new AssertionError("no matching live event within " + seconds + " s");
  }

  /** Every event up to and including the first one matching {@code last}, within {@code seconds}. */
  public List<Event> until(Predicate<Event> last, int seconds) throws InterruptedException {
    List<Event> out = new ArrayList<>();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < end) {
      Event e = events.poll(50, TimeUnit.MILLISECONDS);
      if (e != null) {
        out.add(e);
        if (last.test(e)) {
          return out;
        }
      }
    }
    throw new AssertionError("no matching live event within " + seconds + " s; got " + out);
  }

  public Event await(String name) throws InterruptedException {
    return await(e -> e.name().equals(name), 5);
  }

  /** Everything received within {@code millis} from now. */
  public List<Event> collect(long millis) throws InterruptedException {
    Thread.sleep(millis);
    List<Event> out = new ArrayList<>();
    events.drainTo(out);
    return out;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  // Chunked transfer encoding: the chunk-size lines are not SSE fields, and the frames never contain them.
  private void readEvents(BufferedReader in) {
    String id = null;
    String name = null;
    StringBuilder data = null;
    try {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.equals("0")) {
          break; // the last chunk: the server ended the response (the connection itself may stay open)
        }
        if (line.isEmpty()) {
          if (data != null) {
            events.add(new Event(id, name == null ? "message" : name, data.toString()));
          }
          id = null;
          name = null;
          data = null;
        } else if (line.startsWith("id: ")) {
          id = line.substring(4);
        } else if (line.startsWith("event: ")) {
          name = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data = data == null ? new StringBuilder(line.substring(6)) : data.append('\n').append(line.substring(6));
        }
      }
    } catch (IOException ignored) {
      // closed
    }
    ended = true;
  }
}
