package com.pilotstatus.embed.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A validated protocol message: a type and a payload that obeys the type's rules. The payload holds only the fields
 * the type declares, one value per field in the type's order; unknown fields from the sender are never kept, so
 * receivers see nothing unchecked.
 */
public final class Message {

  private final MessageType type;
  private final String[] strings;
  private final int[] integers;

  Message(MessageType type, String[] strings, int[] integers) {
    this.type = type;
    this.strings = strings;
    this.integers = integers;
  }

  public MessageType type() {
    return type;
  }

  /** A string field, or {@code null} when absent or not a string field of this type. */
  public String string(String field) {
    int i = indexOf(field);
    return i < 0 ? null : strings[i];
  }

  /** An integer field, or {@code fallback} when not an integer field of this type. */
  public int integer(String field, int fallback) {
    int i = indexOf(field);
    return i < 0 || !type.fields()[i].isInteger() ? fallback : integers[i];
  }

  /** Hands the payload's fields to {@code out}, in the type's order; absent optional fields are left out. */
  public void writePayload(PayloadWriter out) {
    Field[] fields = type.fields();
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].isInteger()) {
        out.integer(fields[i].name(), integers[i]);
      } else if (strings[i] != null) {
        out.string(fields[i].name(), strings[i]);
      }
    }
  }

  /** The payload's fields by name, in the type's order: what a JVM JSON encoder writes (chat-app's shell, tests). */
  public Map<String, Object> payload() {
    Map<String, Object> payload = new LinkedHashMap<>();
    writePayload(new PayloadWriter() {
      @Override
      public void string(String name, String value) {
        payload.put(name, value);
      }

      @Override
      public void integer(String name, int value) {
        payload.put(name, value);
      }
    });
    return payload;
  }

  private int indexOf(String field) {
    Field[] fields = type.fields();
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].name().equals(field)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code type {field=value, …}}, for test failures and logs; JSON text is the tests' {@code EnvelopeText}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(type.wireName()).append(" {");
    writePayload(new PayloadWriter() {
      @Override
      public void string(String name, String value) {
        field(name).append('"').append(value).append('"');
      }

      @Override
      public void integer(String name, int value) {
        field(name).append(value);
      }

      private StringBuilder field(String name) {
        return out.append(out.charAt(out.length() - 1) == '{' ? "" : ", ").append(name).append('=');
      }
    });
    return out.append('}').toString();
  }
}
