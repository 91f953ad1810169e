package com.pilotstatus.embed.json;

import java.util.List;

/** Writes {@link JsonValue}s as compact JSON, escaping so the output is safe inside HTML script blocks too. */
public final class JsonWriter {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonWriter() {
  }

  static void write(JsonValue value, StringBuilder out) {
    switch (value.kind()) {
      case NULL:
        out.append("null");
        break;
      case BOOLEAN:
        out.append(value.asBoolean() ? "true" : "false");
        break;
      case NUMBER:
        // Only integers are ever produced by this project; a parsed non-integer is written as 0 rather than
        // dragging double formatting into the browser bundle.
        out.append(value.isInteger() ? value.asLong() : 0L);
        break;
      case STRING:
        writeString(value.asString(), out);
        break;
      case ARRAY:
        out.append('[');
        boolean firstItem = true;
        for (JsonValue item : value.items()) {
          if (!firstItem) {
            out.append(',');
          }
          firstItem = false;
          write(item, out);
        }
        out.append(']');
        break;
      case OBJECT:
      default:
        out.append('{');
        List<String> names = value.names();
        List<JsonValue> values = value.items();
        for (int i = 0; i < names.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          writeString(names.get(i), out);
          out.append(':');
          write(values.get(i), out);
        }
        out.append('}');
        break;
    }
  }

  /** Appends {@code s} as a quoted JSON string. {@code <}, {@code >} and {@code &} are escaped as well. */
  public static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
            out.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15])
                .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
