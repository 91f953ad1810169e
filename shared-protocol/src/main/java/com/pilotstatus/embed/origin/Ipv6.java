package com.pilotstatus.embed.origin;

/** IPv6 literal parsing and canonical serialisation (RFC 5952, as the WHATWG URL serialiser does). */
final class Ipv6 {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Ipv6() {
  }

  /** The canonical form of the address inside the brackets, or {@code null} when it is not an IPv6 address. */
  static String canonical(String text) {
    int[] pieces = parse(text);
    return pieces == null ? null : serialize(pieces);
  }

  private static int[] parse(String text) {
    if (text.isEmpty() || text.length() > 45) {
      return null;
    }
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    int[] left = gap < 0 ? groups(text, true) : groups(text.substring(0, gap), gap + 2 == text.length());
    int[] right = gap < 0 ? new int[0] : groups(text.substring(gap + 2), true);
    if (left == null || right == null) {
      return null;
    }
    int count = left.length + right.length;
    // Without "::" there must be exactly 8 pieces; with it, "::" must stand for at least one zero piece.
    if ((gap < 0 && count != 8) || (gap >= 0 && count > 7)) {
      return null;
    }
    int[] pieces = new int[8];
    for (int k = 0; k < left.length; k++) {
      pieces[k] = left[k];
    }
    for (int k = 0; k < right.length; k++) {
      pieces[8 - right.length + k] = right[k];
    }
    return pieces;
  }

  /** The 16-bit pieces of a colon-separated run; an IPv4 tail (when allowed) counts as two pieces. */
  private static int[] groups(String run, boolean ipv4TailAllowed) {
    if (run.isEmpty()) {
      return new int[0];
    }
    int colons = 0;
    for (int i = 0; i < run.length(); i++) {
      if (run.charAt(i) == ':') {
        colons++;
      }
    }
    int[] out = new int[colons + 2];
    int count = 0;
    int start = 0;
    for (int i = 0; i <= run.length(); i++) {
      if (i < run.length() && run.charAt(i) != ':') {
        continue;
      }
      String group = run.substring(start, i);
      start = i + 1;
      boolean last = i == run.length();
      if (last && ipv4TailAllowed && group.indexOf('.') >= 0) {
        int[] v4 = parseIpv4(group);
        if (v4 == null) {
          return null;
        }
        out[count++] = v4[0] * 256 + v4[1];
        out[count++] = v4[2] * 256 + v4[3];
        continue;
      }
      if (group.isEmpty() || group.length() > 4) {
        return null;
      }
      int value = 0;
      for (int j = 0; j < group.length(); j++) {
        char c = group.charAt(j);
        if (!Ascii.isHexDigit(c)) {
          return null;
        }
        value = value * 16 + hexValue(c);
      }
      out[count++] = value;
    }
    int[] trimmed = new int[count];
    for (int k = 0; k < count; k++) {
      trimmed[k] = out[k];
    }
    return trimmed;
  }

  private static int[] parseIpv4(String text) {
    String[] parts = OriginPolicy.splitOnDots(text);
    if (parts.length != 4) {
      return null;
    }
    int[] out = new int[4];
    for (int k = 0; k < 4; k++) {
      String part = parts[k];
      if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
        return null;
      }
      int value = 0;
      for (int j = 0; j < part.length(); j++) {
        if (!Ascii.isDigit(part.charAt(j))) {
          return null;
        }
        value = value * 10 + (part.charAt(j) - '0');
      }
      if (value > 255) {
        return null;
      }
      out[k] = value;
    }
    return out;
  }

  private static String serialize(int[] pieces) {
    int bestStart = -1;
    int bestLength = 1;
    for (int k = 0; k < 8; ) {
      if (pieces[k] != 0) {
        k++;
        continue;
      }
      int start = k;
      while (k < 8 && pieces[k] == 0) {
        k++;
      }
      if (k - start > bestLength) {
        bestStart = start;
        bestLength = k - start;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < 8; k++) {
      if (k == bestStart) {
        out.append(k == 0 ? "::" : ":");
        k += bestLength - 1;
        continue;
      }
      appendHex(pieces[k], out);
      if (k < 7) {
        out.append(':');
      }
    }
    return out.toString();
  }

  private static void appendHex(int value, StringBuilder out) {
    boolean started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      int digit = (value >> shift) & 15;
      if (digit != 0 || started || shift == 0) {
        out.append(HEX[digit]);
        started = true;
      }
    }
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return (c | 0x20) - 'a' + 10;
  }
}
