package com.pilotstatus.embed.platform.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The peers whose forwarding headers are believed ({@code PS_TRUSTED_PROXIES}): IP literals or CIDR ranges, never
 * host names (a name would need DNS on every request and could be re-pointed). Default: none, so a client cannot
 * forge its address with {@code X-Forwarded-For} or claim a key with {@code x-api-key-id}.
 */
public final class TrustedProxies {

  public static final TrustedProxies NONE = new TrustedProxies(List.of());

  private record Range(byte[] network, int prefix) {
  }

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /**
   * Parses {@code 10.0.0.5, 10.1.0.0/16, ::1}; blank means none.
   *
   * @throws IllegalArgumentException naming {@code key} for anything that is not an IP literal or a CIDR
   */
  public static TrustedProxies parse(String key, String value) {
    List<Range> ranges = new ArrayList<>();
    for (String part : value.split(",")) {
      String entry = part.trim();
      if (entry.isEmpty()) {
        continue;
      }
      int slash = entry.indexOf('/');
      byte[] address = literal(slash < 0 ? entry : entry.substring(0, slash));
      if (address == null) {
        throw new IllegalArgumentException(key + " must list IP addresses or CIDR ranges, was \"" + entry + "\"");
      }
      int prefix = address.length * 8;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > address.length * 8) {
          throw new IllegalArgumentException(key + ": bad prefix length in \"" + entry + "\"");
        }
      }
      ranges.add(new Range(address, prefix));
    }
    return ranges.isEmpty() ? NONE : new TrustedProxies(ranges);
  }

  /** {@code 127.0.0.1} and {@code ::1}: a proxy on the same machine (the demo launcher). */
  public static TrustedProxies loopback() {
    return parse("loopback", "127.0.0.1, ::1");
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /** True when {@code ip} (an IP literal, as the socket reports it) is one of the trusted proxies. */
  public boolean contains(String ip) {
    if (ranges.isEmpty() || ip == null) {
      return false;
    }
    byte[] address = literal(ip);
    if (address == null) {
      return false;
    }
    for (Range range : ranges) {
      if (matches(range, address)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Range range, byte[] address) {
    if (range.network().length != address.length) {
      return false;
    }
    int bits = range.prefix();
    for (int i = 0; i < address.length && bits > 0; i++, bits -= 8) {
      int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
      if ((range.network()[i] & mask) != (address[i] & mask)) {
        return false;
      }
    }
    return true;
  }

  /** The bytes of an IPv4/IPv6 literal (brackets and a zone id allowed), or null; never resolves a name. */
  static byte[] literal(String raw) {
    String value = raw.trim();
    if (value.startsWith("[") && value.endsWith("]")) {
      value = value.substring(1, value.length() - 1);
    }
    int zone = value.indexOf('%');
    if (zone >= 0) {
      value = value.substring(0, zone);
    }
    if (value.isEmpty() || !value.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
      return null;
    }
    if (value.indexOf(':') < 0 && !value.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return null;
    }
    try {
      byte[] bytes = InetAddress.getByName(value).getAddress();
      if (bytes.length == 16 && isV4Mapped(bytes)) {
        byte[] v4 = new byte[4];
        System.arraycopy(bytes, 12, v4, 0, 4);
        return v4;
      }
      return bytes;
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static boolean isV4Mapped(byte[] bytes) {
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
  }
}
