package com.pilotstatus.embed.protocol;

import com.pilotstatus.embed.json.JsonValue;

/**
 * A validated protocol message: a type and a payload that obeys the type's rules. The payload holds only the fields
 * the type declares; unknown fields from the sender are dropped, so receivers never see anything unchecked.
 */
public final class Message {

  private final MessageType type;
  private final JsonValue payload;

  Message(MessageType type, JsonValue payload) {
    this.type = type;
    this.payload = payload;
  }

  public MessageType type() {
    return type;
  }

  /** The payload object (never {@code null}). */
  public JsonValue payload() {
    return payload;
  }

  /** A string field, or {@code null} when absent. */
  public String string(String field) {
    JsonValue value = payload.get(field);
    return value == null ? null : value.asString();
  }

  /** An integer field, or {@code fallback} when absent. */
  public long integer(String field, long fallback) {
    JsonValue value = payload.get(field);
    return value != null && value.isInteger() ? value.asLong() : fallback;
  }

  /** The envelope {@code {source, v, type, payload}} as compact JSON. */
  public String toJson() {
    return JsonValue.object()
        .put("source", JsonValue.of(Envelope.SOURCE))
        .put("v", JsonValue.of(Envelope.VERSION))
        .put("type", JsonValue.of(type.wireName()))
        .put("payload", payload)
        .build()
        .toJson();
  }

  @Override
  public String toString() {
    return toJson();
  }
}
