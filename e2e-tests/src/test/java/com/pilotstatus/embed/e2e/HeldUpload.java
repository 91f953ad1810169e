package com.pilotstatus.embed.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A slow client: a request whose body arrives in two parts, so it stays in flight on one instance for as long as the
 * test wants — what keeps a SIGTERM'd instance draining (refusing new requests, finishing this one) while the test
 * looks at what the load balancer and the browser do meanwhile. {@link #finish()} sends the rest and reads the status.
 */
final class HeldUpload implements AutoCloseable {

  private final Socket socket;
  private final byte[] rest;

  private HeldUpload(Socket socket, byte[] rest) {
    this.socket = socket;
    this.rest = rest;
  }

  /** Sends the head and the first half of {@code body} to {@code 127.0.0.1:port}. */
  static HeldUpload start(int port, String method, String path, String host, String[] headers, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    int half = bytes.length / 2;
    StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    head.append("Content-Type: application/json\r\nContent-Length: ").append(bytes.length)
        .append("\r\nConnection: close\r\n\r\n");
    try {
      Socket socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
      out.write(bytes, 0, half);
      out.flush();
      byte[] rest = new byte[bytes.length - half];
      System.arraycopy(bytes, half, rest, 0, rest.length);
      return new HeldUpload(socket, rest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends the rest of the body; returns the answer's status code. */
  int finish() {
    try {
      OutputStream out = socket.getOutputStream();
      out.write(rest);
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder statusLine = new StringBuilder();
      for (int c; (c = in.read()) != -1 && c != '\n'; ) {
        statusLine.append((char) c);
      }
      String[] parts = statusLine.toString().trim().split(" ");
      if (parts.length < 2) {
        throw new IllegalStateException("no HTTP answer: \"" + statusLine + "\"");
      }
      return Integer.parseInt(parts[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
