package com.pilotstatus.embed.appearance;

/**
 * The host's appearance variables ({@code appearance: { variables: {...} }} on {@code chat.mount}, {@code update} and
 * {@code connect.open}/{@code mount}; issue 17, after Stripe Connect's {@code appearance.variables}): their wire names,
 * declared once for the SDK, the protocol, the iframe runtimes and the servers, and the one grammar each value must
 * follow before it becomes a CSS custom property.
 *
 * <p>Requirements: a value reaches a stylesheet only through {@link #normalize}, and nothing that passes can end a
 * declaration or a block, open a function ({@code url(}, {@code expression(}) or a string: colours are
 * {@code #rgb}/{@code #rrggbb}; lengths are a plain decimal with {@code px} or {@code rem} (1rem = 16px) within the
 * variable's bounds; a font stack is comma-separated names of ASCII letters, digits, spaces, {@code -} and
 * {@code _}, each starting with a letter (no quotes, no {@code ;}, {@code :}, braces, slashes or parentheses).
 * The SDK checks the same grammar at the call (it throws); the iframe and the servers check it again and ignore what
 * fails, because a posted message or a query string is anyone's.
 *
 * <p>On the wire the variables travel URL-encoded, each pair after an {@code &}:
 * {@code &colorPrimary=%23635bff&borderRadius=4px} (only those set, by these names). The SDK encodes them once, in
 * that one form for both surfaces: the end of the connect iframe's query string, and the {@link #FIELD} string of
 * the chat's {@code init} and {@code set-appearance} payloads (so the envelope's fields stay flat strings; the
 * iframe reads it with {@code URLSearchParams}, which skips the empty pair before the first {@code &}).
 *
 * <p>Constants rather than an enum: the names are compiled into the SDK's script (see {@code browser}'s
 * {@code AppearanceOption}), and an enum costs {@code embed.js} its names table and {@code values()}.
 */
public final class Appearance {

  public static final String COLOR_PRIMARY = "colorPrimary";
  public static final String COLOR_BACKGROUND = "colorBackground";
  public static final String COLOR_TEXT = "colorText";
  public static final String COLOR_DANGER = "colorDanger";
  public static final String FONT_FAMILY = "fontFamily";
  public static final String FONT_SIZE_BASE = "fontSizeBase";
  public static final String BORDER_RADIUS = "borderRadius";
  public static final String SPACING_UNIT = "spacingUnit";

  /** The payload field of {@code init} and {@code set-appearance} that carries the encoded variables. */
  public static final String FIELD = "appearance";
  /** Longest encoded variables a payload carries (every variable at its longest, each character escaped, fits). */
  public static final int MAX_ENCODED = 2048;

  /**
   * How many variables there are; {@link #name(int)} numbers them 0 to {@code COUNT - 1} in the order above: 0-3 are
   * colours, 4 the font stack, 5-7 lengths.
   */
  public static final int COUNT = 8;

  /** Longest font stack, in characters; also the longest value the protocol carries for any variable. */
  public static final int MAX_FONT_FAMILY = 200;

  // Bounds of the length variables, in px (rem × 16): readable text, sane corners and gaps.
  public static final int MIN_FONT_SIZE_PX = 10;
  public static final int MAX_FONT_SIZE_PX = 24;
  public static final int MIN_BORDER_RADIUS_PX = 0;
  public static final int MAX_BORDER_RADIUS_PX = 32;
  public static final int MIN_SPACING_PX = 2;
  public static final int MAX_SPACING_PX = 16;

  private Appearance() {
  }

  /** The variable numbered {@code index} (0 to {@link #COUNT} - 1), or {@code null}. */
  public static String name(int index) {
    switch (index) {
      case 0: return COLOR_PRIMARY;
      case 1: return COLOR_BACKGROUND;
      case 2: return COLOR_TEXT;
      case 3: return COLOR_DANGER;
      case 4: return FONT_FAMILY;
      case 5: return FONT_SIZE_BASE;
      case 6: return BORDER_RADIUS;
      case 7: return SPACING_UNIT;
      default: return null;
    }
  }

  /** The number of the variable {@code name}, or -1 when it is not one. */
  public static int indexOf(String name) {
    for (int i = 0; i < COUNT; i++) {
      if (name(i).equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The value to put in CSS when {@code raw} obeys the grammar of variable {@code index} (colours lowercased),
   * otherwise {@code null}. Never throws.
   */
  public static String normalize(int index, String raw) {
    if (raw == null || index < 0 || index >= COUNT) {
      return null;
    }
    if (index < 4) {
      return normalizeColor(raw);
    }
    if (index == 4) {
      return isFontStack(raw) ? raw.trim() : null;
    }
    int milliPx = milliPx(raw);
    return milliPx >= minPx(index) * 1000 && milliPx <= maxPx(index) * 1000 ? raw : null;
  }

  /** {@link #normalize(int, String)} by name; {@code null} for an unknown name. */
  public static String normalize(String name, String raw) {
    return name == null ? null : normalize(indexOf(name), raw);
  }

  /** Lower bound of length variable {@code index}, in px. */
  public static int minPx(int index) {
    return index == 5 ? MIN_FONT_SIZE_PX : index == 6 ? MIN_BORDER_RADIUS_PX : MIN_SPACING_PX;
  }

  /** Upper bound of length variable {@code index}, in px. */
  public static int maxPx(int index) {
    return index == 5 ? MAX_FONT_SIZE_PX : index == 6 ? MAX_BORDER_RADIUS_PX : MAX_SPACING_PX;
  }

  /** {@code #rgb} / {@code #rrggbb} lowercased, else {@code null}. */
  public static String normalizeColor(String raw) {
    if (raw == null || (raw.length() != 4 && raw.length() != 7) || raw.charAt(0) != '#') {
      return null;
    }
    char[] out = new char[raw.length()];
    out[0] = '#';
    for (int i = 1; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 'A' && c <= 'F') {
        c = (char) (c + ('a' - 'A'));
      }
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return null;
      }
      out[i] = c;
    }
    return new String(out);
  }

  /** Names of {@code [A-Za-z0-9_ -]}, each starting with a letter once trimmed of spaces, joined by commas. */
  static boolean isFontStack(String raw) {
    if (raw.isEmpty() || raw.length() > MAX_FONT_FAMILY) {
      return false;
    }
    boolean atNameStart = true;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (c == ',') {
        if (atNameStart) {
          return false; // an empty name: ",," or a leading comma
        }
        atNameStart = true;
      } else if (c == ' ') {
        continue;
      } else if (atNameStart) {
        if (!letter) {
          return false;
        }
        atNameStart = false;
      } else if (!letter && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
        return false;
      }
    }
    return !atNameStart; // a trailing comma leaves an empty last name
  }

  /**
   * {@code 1-3 digits [. 1-3 digits] (px|rem)} in thousandths of a px, or -1 when {@code raw} is not one. Integer
   * arithmetic: the same answer on the JVM and in the browser.
   */
  static int milliPx(String raw) {
    int unit = raw.endsWith("rem") ? 3 : raw.endsWith("px") ? 2 : 0;
    if (unit == 0) {
      return -1;
    }
    String number = raw.substring(0, raw.length() - unit);
    int dot = number.indexOf('.');
    String whole = dot < 0 ? number : number.substring(0, dot);
    String fraction = dot < 0 ? "" : number.substring(dot + 1);
    if (whole.isEmpty() || whole.length() > 3 || (dot >= 0 && (fraction.isEmpty() || fraction.length() > 3))
        || !isDigits(whole) || !isDigits(fraction)) {
      return -1;
    }
    int milli = Integer.parseInt(whole) * 1000;
    for (int i = 0, scale = 100; i < fraction.length(); i++, scale /= 10) {
      milli += (fraction.charAt(i) - '0') * scale;
    }
    return unit == 3 ? milli * 16 : milli;
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
