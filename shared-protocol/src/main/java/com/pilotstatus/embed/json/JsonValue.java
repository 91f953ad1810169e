package com.pilotstatus.embed.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parsed JSON value. Deliberately tiny: it holds what the postMessage envelope needs and nothing more, because this
 * class is compiled to JavaScript by TeaVM and every feature it touches ships in {@code embed.js}.
 *
 * <p>Objects keep their members in two parallel lists rather than a map: envelope objects have a handful of members,
 * and {@code HashMap} costs kilobytes in the bundle.
 *
 * <p>Numbers keep only what the protocol uses: whether they are integers, and the integer value when it fits in a
 * {@code long}. No {@code double} is ever materialised (that pulls {@code Double.toString} into the bundle).
 */
public final class JsonValue {

  /** The JSON type of a value. */
  public enum Kind { NULL, BOOLEAN, NUMBER, STRING, ARRAY, OBJECT }

  public static final JsonValue NULL = new JsonValue(Kind.NULL, false, null, 0, false, null, null);
  public static final JsonValue TRUE = new JsonValue(Kind.BOOLEAN, true, null, 0, false, null, null);
  public static final JsonValue FALSE = new JsonValue(Kind.BOOLEAN, false, null, 0, false, null, null);

  private final Kind kind;
  private final boolean bool;
  private final String string;
  private final long integer;
  private final boolean isInteger;
  private final List<String> names;
  private final List<JsonValue> items;

  private JsonValue(Kind kind, boolean bool, String string, long integer, boolean isInteger,
                    List<String> names, List<JsonValue> items) {
    this.kind = kind;
    this.bool = bool;
    this.string = string;
    this.integer = integer;
    this.isInteger = isInteger;
    this.names = names;
    this.items = items;
  }

  public static JsonValue of(String s) {
    if (s == null) {
      return NULL;
    }
    return new JsonValue(Kind.STRING, false, s, 0, false, null, null);
  }

  public static JsonValue of(long n) {
    return new JsonValue(Kind.NUMBER, false, null, n, true, null, null);
  }

  public static JsonValue of(boolean b) {
    return b ? TRUE : FALSE;
  }

  /** A number that is not an integer that fits a {@code long} (a fraction, an exponent, or too many digits). */
  static JsonValue nonIntegerNumber() {
    return new JsonValue(Kind.NUMBER, false, null, 0, false, null, null);
  }

  /** Starts an object; members keep the order they are put in. */
  public static ObjectBuilder object() {
    return new ObjectBuilder();
  }

  public static JsonValue array(List<JsonValue> items) {
    return new JsonValue(Kind.ARRAY, false, null, 0, false, null, new ArrayList<>(items));
  }

  public Kind kind() {
    return kind;
  }

  public boolean isObject() {
    return kind == Kind.OBJECT;
  }

  public boolean isString() {
    return kind == Kind.STRING;
  }

  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /** True for a number without fraction or exponent whose value fits in a {@code long}. */
  public boolean isInteger() {
    return kind == Kind.NUMBER && isInteger;
  }

  public boolean asBoolean() {
    return bool;
  }

  /** The string value, or {@code null} when this is not a string. */
  public String asString() {
    return string;
  }

  /** The integer value; only meaningful when {@link #isInteger()}. */
  public long asLong() {
    return integer;
  }

  /** The member names of an object in document order; empty for anything else. */
  public List<String> names() {
    return names == null ? Collections.<String>emptyList() : Collections.unmodifiableList(names);
  }

  /** The items of an array, or the member values of an object (in {@link #names()} order); empty otherwise. */
  public List<JsonValue> items() {
    return items == null ? Collections.<JsonValue>emptyList() : Collections.unmodifiableList(items);
  }

  /** The number of members of an object or items of an array. */
  public int size() {
    return items == null ? 0 : items.size();
  }

  /** The member named {@code name}, or {@code null} when absent or when this is not an object. */
  public JsonValue get(String name) {
    if (names == null) {
      return null;
    }
    int index = names.indexOf(name);
    return index < 0 ? null : items.get(index);
  }

  /** Serialises this value as compact JSON. */
  public String toJson() {
    StringBuilder out = new StringBuilder();
    JsonWriter.write(this, out);
    return out.toString();
  }

  /** Builds an object. Putting a name twice is refused by the parser, and replaces the value here. */
  public static final class ObjectBuilder {
    private final List<String> names = new ArrayList<>();
    private final List<JsonValue> values = new ArrayList<>();

    private ObjectBuilder() {
    }

    public ObjectBuilder put(String name, JsonValue value) {
      int index = names.indexOf(name);
      if (index >= 0) {
        values.set(index, value);
      } else {
        names.add(name);
        values.add(value);
      }
      return this;
    }

    public boolean has(String name) {
      return names.indexOf(name) >= 0;
    }

    public JsonValue build() {
      return new JsonValue(Kind.OBJECT, false, null, 0, false, new ArrayList<>(names), new ArrayList<>(values));
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JsonValue)) {
      return false;
    }
    return toJson().equals(((JsonValue) o).toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  @Override
  public String toString() {
    return toJson();
  }
}
