package com.pilotstatus.embed.chat.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads {@code text/event-stream} (WHATWG HTML "server-sent events"): {@code id:}, {@code event:}, {@code data:}
 * lines, comments starting with {@code :}, a blank line dispatching the event.
 */
final class SseReader {

  private final BufferedReader in;

  SseReader(InputStream in) {
    this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The next event; comments come back as an event named {@code ":"}; {@code null} at the end of the stream. */
  SseEvent next() throws IOException {
    String id = null;
    String name = null;
    StringBuilder data = null;
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isEmpty()) {
        if (data != null || name != null || id != null) {
          return new SseEvent(id, name == null ? "message" : name, data == null ? "" : data.toString());
        }
        continue;
      }
      if (line.startsWith(":")) {
        return new SseEvent(null, ":", line.substring(1).trim());
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      switch (field) {
        case "id" -> id = value;
        case "event" -> name = value;
        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
        default -> { } // retry and unknown fields: ignored
      }
    }
    return null;
  }
}
