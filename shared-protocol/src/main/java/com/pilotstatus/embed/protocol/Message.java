package com.pilotstatus.embed.protocol;

import com.pilotstatus.embed.json.JsonValue;

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

  /** The payload object as JSON. */
  public String payloadJson() {
    return payload().build().toJson();
  }

  /** The envelope {@code {source, v, type, payload}} as compact JSON. */
  public String toJson() {
    return JsonValue.object()
        .put("source", JsonValue.of(Envelope.SOURCE))
        .put("v", JsonValue.of(Envelope.VERSION))
        .put("type", JsonValue.of(type.wireName()))
        .put("payload", payload().build())
        .build()
        .toJson();
  }

  private JsonValue.ObjectBuilder payload() {
    JsonValue.ObjectBuilder payload = JsonValue.object();
    writePayload(new PayloadWriter() {
      @Override
      public void string(String name, String value) {
        payload.put(name, JsonValue.of(value));
      }

      @Override
      public void integer(String name, int value) {
        payload.put(name, JsonValue.of(value));
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

  @Override
  public String toString() {
    return toJson();
  }
}
