package com.pilotstatus.embed.protocol;

import com.pilotstatus.embed.json.JsonValue;

/** A {@link WireObject} over a parsed JSON object: how the JVM decodes an envelope written as text. */
final class JsonWireObject implements WireObject {

  private final JsonValue object;

  private JsonWireObject(JsonValue object) {
    this.object = object;
  }

  /** The object, or {@code null} when {@code value} is not a JSON object. */
  static WireObject of(JsonValue value) {
    return value != null && value.isObject() ? new JsonWireObject(value) : null;
  }

  @Override
  public int kind(String name) {
    JsonValue value = object.get(name);
    if (value == null || value.isNull()) {
      return ABSENT;
    }
    if (value.isString()) {
      return STRING;
    }
    if (value.isInteger()) {
      return INTEGER;
    }
    return value.isObject() ? OBJECT : OTHER;
  }

  @Override
  public String string(String name) {
    JsonValue value = object.get(name);
    return value == null ? null : value.asString();
  }

  @Override
  public int integer(String name) {
    JsonValue value = object.get(name);
    if (value == null || !value.isInteger()) {
      return 0;
    }
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value.asLong()));
  }

  @Override
  public WireObject object(String name) {
    return of(object.get(name));
  }
}
