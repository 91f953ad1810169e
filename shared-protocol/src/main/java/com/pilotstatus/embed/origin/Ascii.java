package com.pilotstatus.embed.origin;

/**
 * ASCII-only case folding. Not {@code String.toLowerCase()}: that is locale-sensitive on the JVM (Turkish dotless i)
 * and drags Unicode case tables into the TeaVM bundle.
 */
public final class Ascii {

  private Ascii() {
  }

  public static String toLowerCase(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (out == null) {
          out = new StringBuilder(s.length());
          out.append(s, 0, i);
        }
        out.append((char) (c + ('a' - 'A')));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  public static boolean isLetterOrDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  public static boolean isHexDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
