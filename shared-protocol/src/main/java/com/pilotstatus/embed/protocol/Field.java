package com.pilotstatus.embed.protocol;

/**
 * One payload field's rule: its name, whether it is a string (bounded length in chars) or an integer (bounded value),
 * and whether it is required. Integer fields are always required (no factory makes an optional one), so a valid
 * message always has a value for them.
 */
public final class Field {

  private final String name;
  private final boolean integer;
  private final boolean required;
  private final int min;
  private final int max;

  private Field(String name, boolean integer, boolean required, int min, int max) {
    this.name = name;
    this.integer = integer;
    this.required = required;
    this.min = min;
    this.max = max;
  }

  static Field requiredString(String name, int minLength, int maxLength) {
    return new Field(name, false, true, minLength, maxLength);
  }

  static Field optionalString(String name, int minLength, int maxLength) {
    return new Field(name, false, false, minLength, maxLength);
  }

  /** {@code min} and {@code max} lie strictly inside the int range: {@link WireObject#integer} clamps to its ends. */
  static Field requiredInteger(String name, int min, int max) {
    return new Field(name, true, true, min, max);
  }

  public String name() {
    return name;
  }

  public boolean isInteger() {
    return integer;
  }

  public boolean isRequired() {
    return required;
  }

  /** The least length (string) or value (integer) this rule accepts. */
  public int min() {
    return min;
  }

  /** The greatest length (string) or value (integer) this rule accepts. */
  public int max() {
    return max;
  }

  /**
   * True when a value obeys this rule. {@code kind} is the {@link WireObject} kind of the value; {@code string} is
   * its value when a string, {@code number} when an integer. A missing optional field is fine.
   */
  boolean accepts(int kind, String string, int number) {
    if (kind == WireObject.ABSENT) {
      return !required;
    }
    if (integer) {
      return kind == WireObject.INTEGER && number >= min && number <= max;
    }
    return kind == WireObject.STRING && string.length() >= min && string.length() <= max;
  }

  /** The rule in words, e.g. {@code "height: required integer in 0..1000000"}: for drop details and tests. */
  public String describe() {
    return name + ": " + (required ? "required " : "optional ")
        + (integer ? "integer in " + min + ".." + max : "string of " + min + ".." + max + " characters");
  }
}
