package com.pilotstatus.embed.protocol;

import com.pilotstatus.embed.json.JsonValue;

/**
 * One payload field's rule: its name, JSON type, whether it is required, and its bounds (string length in chars, or
 * integer range).
 */
public final class Field {

  enum Type { STRING, INTEGER }

  private final String name;
  private final Type type;
  private final boolean required;
  private final long min;
  private final long max;

  private Field(String name, Type type, boolean required, long min, long max) {
    this.name = name;
    this.type = type;
    this.required = required;
    this.min = min;
    this.max = max;
  }

  static Field requiredString(String name, int minLength, int maxLength) {
    return new Field(name, Type.STRING, true, minLength, maxLength);
  }

  static Field optionalString(String name, int minLength, int maxLength) {
    return new Field(name, Type.STRING, false, minLength, maxLength);
  }

  static Field requiredInteger(String name, long min, long max) {
    return new Field(name, Type.INTEGER, true, min, max);
  }

  public String name() {
    return name;
  }

  public boolean isRequired() {
    return required;
  }

  /** Why {@code value} breaks this rule, or {@code null} when it is fine. A missing optional field is fine. */
  String check(JsonValue value) {
    if (value == null || value.isNull()) {
      return required ? name + " is required" : null;
    }
    if (type == Type.STRING) {
      if (!value.isString()) {
        return name + " must be a string";
      }
      int length = value.asString().length();
      if (length < min || length > max) {
        return name + " must be " + min + ".." + max + " characters";
      }
      return null;
    }
    if (!value.isInteger()) {
      return name + " must be an integer";
    }
    long n = value.asLong();
    if (n < min || n > max) {
      return name + " must be in " + min + ".." + max;
    }
    return null;
  }
}
