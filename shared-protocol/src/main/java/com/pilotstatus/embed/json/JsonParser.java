package com.pilotstatus.embed.json;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict, bounded JSON parser for untrusted input (RFC 8259). It never throws: {@link #parse} returns {@code null}
 * for anything that is not one well-formed JSON document within the limits.
 *
 * <p>Why hand-written: shared-protocol has no runtime dependencies and is compiled to JavaScript by TeaVM, where no
 * JSON library runs; the browser's own {@code JSON} would give the JVM and the browser two different decoders.
 */
public final class JsonParser {

  /** Longest document accepted, in chars. Envelope messages are small; anything bigger is hostile or a mistake. */
  public static final int MAX_LENGTH = 65_536;
  /** Deepest nesting accepted. */
  public static final int MAX_DEPTH = 16;

  private final String text;
  private int pos;
  private boolean failed;

  private JsonParser(String text) {
    this.text = text;
  }

  /** Parses {@code text}, or returns {@code null} when it is null, too long, too deep or not valid JSON. */
  public static JsonValue parse(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return null;
    }
    JsonParser parser = new JsonParser(text);
    parser.skipWhitespace();
    JsonValue value = parser.value(0);
    parser.skipWhitespace();
    if (parser.failed || value == null || parser.pos != text.length()) {
      return null;
    }
    return value;
  }

  private JsonValue value(int depth) {
    if (depth > MAX_DEPTH || pos >= text.length()) {
      return fail();
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        String s = string();
        return s == null ? fail() : JsonValue.of(s);
      case 't':
        return literal("true", JsonValue.TRUE);
      case 'f':
        return literal("false", JsonValue.FALSE);
      case 'n':
        return literal("null", JsonValue.NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        return fail();
    }
  }

  private JsonValue object(int depth) {
    pos++; // '{'
    JsonValue.ObjectBuilder members = JsonValue.object();
    skipWhitespace();
    if (peek('}')) {
      pos++;
      return members.build();
    }
    while (true) {
      skipWhitespace();
      if (!peek('"')) {
        return fail();
      }
      String key = string();
      if (key == null) {
        return fail();
      }
      skipWhitespace();
      if (!peek(':')) {
        return fail();
      }
      pos++;
      skipWhitespace();
      JsonValue member = value(depth + 1);
      if (member == null) {
        return fail();
      }
      // Duplicate keys are ambiguous (parsers disagree on which wins), so they are refused outright.
      if (members.has(key)) {
        return fail();
      }
      members.put(key, member);
      skipWhitespace();
      if (peek(',')) {
        pos++;
        continue;
      }
      if (peek('}')) {
        pos++;
        return members.build();
      }
      return fail();
    }
  }

  private JsonValue array(int depth) {
    pos++; // '['
    List<JsonValue> items = new ArrayList<>();
    skipWhitespace();
    if (peek(']')) {
      pos++;
      return JsonValue.array(items);
    }
    while (true) {
      skipWhitespace();
      JsonValue item = value(depth + 1);
      if (item == null) {
        return fail();
      }
      items.add(item);
      skipWhitespace();
      if (peek(',')) {
        pos++;
        continue;
      }
      if (peek(']')) {
        pos++;
        return JsonValue.array(items);
      }
      return fail();
    }
  }

  private String string() {
    pos++; // opening quote
    StringBuilder out = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        return null;
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= text.length()) {
        return null;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out.append(e);
          break;
        case 'b':
          out.append('\b');
          break;
        case 'f':
          out.append('\f');
          break;
        case 'n':
          out.append('\n');
          break;
        case 'r':
          out.append('\r');
          break;
        case 't':
          out.append('\t');
          break;
        case 'u':
          int code = hex4();
          if (code < 0) {
            return null;
          }
          out.append((char) code);
          break;
        default:
          return null;
      }
    }
    return null;
  }

  private int hex4() {
    if (pos + 4 > text.length()) {
      return -1;
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = hexDigit(text.charAt(pos++));
      if (digit < 0) {
        return -1;
      }
      code = code * 16 + digit;
    }
    return code;
  }

  private JsonValue number() {
    boolean negative = peek('-');
    if (negative) {
      pos++;
    }
    int intStart = pos;
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    int intEnd = pos;
    if (intEnd == intStart || (intEnd - intStart > 1 && text.charAt(intStart) == '0')) {
      return fail();
    }
    String digits = text.substring(intStart, intEnd);
    if (peek('.')) {
      pos++;
      int fractionStart = pos;
      if (!skipDigits()) {
        return fail();
      }
      digits += text.substring(fractionStart, pos);
    }
    long exponent = 0;
    if (peek('e') || peek('E')) {
      pos++;
      boolean negativeExponent = peek('-');
      if (negativeExponent || peek('+')) {
        pos++;
      }
      int exponentStart = pos;
      if (!skipDigits()) {
        return fail();
      }
      for (int i = exponentStart; i < pos; i++) {
        exponent = Math.min(exponent * 10 + (text.charAt(i) - '0'), MAX_LENGTH);
      }
      if (negativeExponent) {
        exponent = -exponent;
      }
    }
    return integerValue(digits, (intEnd - intStart) + exponent, negative);
  }

  /**
   * A number is an integer by its value, as in JavaScript (where every envelope is built): {@code 1.0} and
   * {@code 6.4e2} are the integers 1 and 640. {@code digits} are the int and fraction digits, with the decimal point
   * after {@code point} of them. Integers of up to 18 significant digits keep their value; anything else is "a
   * number" without one.
   */
  private static JsonValue integerValue(String digits, long point, boolean negative) {
    for (int i = (int) Math.max(0, Math.min(point, digits.length())); i < digits.length(); i++) {
      if (digits.charAt(i) != '0') {
        return JsonValue.nonIntegerNumber();
      }
    }
    long value = 0;
    int significant = 0;
    for (long i = 0; i < point; i++) {
      if (value == 0 && i >= digits.length()) {
        break; // only zeros are left (0e65536): no need to walk the exponent
      }
      int digit = i < digits.length() ? digits.charAt((int) i) - '0' : 0;
      if (value == 0 && digit == 0) {
        continue;
      }
      if (++significant > 18) {
        return JsonValue.nonIntegerNumber();
      }
      value = value * 10 + digit;
    }
    return JsonValue.of(negative ? -value : value);
  }

  private boolean skipDigits() {
    int start = pos;
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    return pos > start;
  }

  private JsonValue literal(String word, JsonValue value) {
    if (text.startsWith(word, pos)) {
      pos += word.length();
      return value;
    }
    return fail();
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  // Not Character.digit: that accepts non-ASCII digits and pulls Unicode tables into the browser bundle.
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private JsonValue fail() {
    failed = true;
    return null;
  }
}
