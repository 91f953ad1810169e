package com.pilotstatus.embed.origin;

/**
 * The origin rules: parses and normalises {@code scheme://host[:port]} and decides what may be an origin.
 *
 * <p>Requirements (seed 000, DESIGN.md "Contracts"):
 * <ul>
 *   <li>Only http(s) origins; never {@code null}, paths, queries, fragments, user info or wildcards.</li>
 *   <li>{@code http://} only for loopback hosts, unless the deployment says otherwise ({@link #allowingHttp()}, for
 *       sandboxes that run under plain-http test hostnames).</li>
 *   <li>Normalised the way browsers serialise {@code location.origin}, so equality is plain string equality: lowercase
 *       scheme and host, default port dropped, canonical IPv6. A bare trailing {@code /} is accepted and dropped,
 *       as {@code new URL("https://a.com/").origin} does.</li>
 *   <li>Anything a browser would normalise into something else (unicode hosts, trailing dots, shortened IPv4) is
 *       refused instead of guessed, so what is allowed is exactly what was written.</li>
 * </ul>
 * No regex on purpose: this class runs in the browser too (TeaVM), where regex support costs ~34 KB gzip.
 */
public final class OriginPolicy {

  /** https everywhere, http only for loopback. The production default. */
  public static final OriginPolicy STRICT = new OriginPolicy(false);

  private static final OriginPolicy ALLOWING_HTTP = new OriginPolicy(true);

  private final boolean httpAllowed;

  private OriginPolicy(boolean httpAllowed) {
    this.httpAllowed = httpAllowed;
  }

  /** Also accepts {@code http://} for any host: for sandboxes and tests on plain-http hostnames. */
  public static OriginPolicy allowingHttp() {
    return ALLOWING_HTTP;
  }

  /** The policy for a deployment flag: {@link #allowingHttp()} when {@code true}, {@link #STRICT} otherwise. */
  public static OriginPolicy of(boolean allowHttp) {
    return allowHttp ? ALLOWING_HTTP : STRICT;
  }

  public boolean isHttpAllowed() {
    return httpAllowed;
  }

  /** Parses {@code raw} as an origin. Never throws. */
  public OriginCheck parse(String raw) {
    if (raw == null || raw.isEmpty()) {
      return OriginCheck.invalid(OriginError.EMPTY);
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c <= 0x20 || c == 0x7f) {
        return OriginCheck.invalid(OriginError.WHITESPACE);
      }
    }
    if (Ascii.toLowerCase(raw).equals("null")) {
      return OriginCheck.invalid(OriginError.NULL_ORIGIN);
    }
    int schemeEnd = raw.indexOf("://");
    if (schemeEnd <= 0) {
      return OriginCheck.invalid(OriginError.BAD_SCHEME);
    }
    String scheme = Ascii.toLowerCase(raw.substring(0, schemeEnd));
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return OriginCheck.invalid(OriginError.BAD_SCHEME);
    }
    String rest = raw.substring(schemeEnd + 3);
    int authorityEnd = rest.length();
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == '/' || c == '?' || c == '#' || c == '\\') {
        authorityEnd = i;
        break;
      }
    }
    String authority = rest.substring(0, authorityEnd);
    String tail = rest.substring(authorityEnd);
    if (authority.indexOf('@') >= 0) {
      return OriginCheck.invalid(OriginError.HAS_USERINFO);
    }
    if (authority.indexOf('*') >= 0) {
      return OriginCheck.invalid(OriginError.WILDCARD);
    }
    OriginError tailError = checkTail(tail);
    if (tailError != null) {
      return OriginCheck.invalid(tailError);
    }

    String hostPart;
    String portPart = null;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        return OriginCheck.invalid(OriginError.BAD_HOST);
      }
      hostPart = authority.substring(0, close + 1);
      String afterHost = authority.substring(close + 1);
      if (!afterHost.isEmpty()) {
        if (afterHost.charAt(0) != ':') {
          return OriginCheck.invalid(OriginError.BAD_HOST);
        }
        portPart = afterHost.substring(1);
      }
    } else {
      int colon = authority.indexOf(':');
      if (colon >= 0 && authority.indexOf(':', colon + 1) >= 0) {
        return OriginCheck.invalid(OriginError.BAD_HOST);
      }
      hostPart = colon < 0 ? authority : authority.substring(0, colon);
      portPart = colon < 0 ? null : authority.substring(colon + 1);
    }

    String host;
    if (hostPart.startsWith("[")) {
      host = Ipv6.canonical(hostPart.substring(1, hostPart.length() - 1));
      if (host == null) {
        return OriginCheck.invalid(OriginError.BAD_HOST);
      }
      host = "[" + host + "]";
    } else {
      OriginError hostError = checkDomainOrIpv4(hostPart);
      if (hostError != null) {
        return OriginCheck.invalid(hostError);
      }
      host = Ascii.toLowerCase(hostPart);
    }

    int port = -1;
    if (portPart != null && !portPart.isEmpty()) {
      port = parsePort(portPart);
      if (port < 0) {
        return OriginCheck.invalid(OriginError.BAD_PORT);
      }
      if ((scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80)) {
        port = -1;
      }
    }
    if (scheme.equals("http") && !httpAllowed && !Origin.isLoopbackHost(host)) {
      return OriginCheck.invalid(OriginError.INSECURE_SCHEME);
    }
    return OriginCheck.valid(new Origin(scheme, host, port));
  }

  /** True when {@code raw} parses and is exactly {@code expected} after normalisation. */
  public boolean isSameOrigin(String raw, Origin expected) {
    OriginCheck check = parse(raw);
    return check.isValid() && check.origin().equals(expected);
  }

  private static OriginError checkTail(String tail) {
    if (tail.isEmpty()) {
      return null;
    }
    char first = tail.charAt(0);
    if (first == '\\') {
      return OriginError.HAS_PATH;
    }
    if (first == '/') {
      if (tail.length() == 1) {
        return null; // "https://a.com/" is the origin https://a.com
      }
      char next = tail.charAt(1);
      if (next == '?') {
        return OriginError.HAS_QUERY;
      }
      if (next == '#') {
        return OriginError.HAS_FRAGMENT;
      }
      return OriginError.HAS_PATH;
    }
    return first == '?' ? OriginError.HAS_QUERY : OriginError.HAS_FRAGMENT;
  }

  private static OriginError checkDomainOrIpv4(String host) {
    if (host.isEmpty() || host.length() > 253) {
      return OriginError.BAD_HOST;
    }
    for (int i = 0; i < host.length(); i++) {
      if (host.charAt(i) > 0x7e) {
        return OriginError.NON_ASCII_HOST;
      }
    }
    if (host.endsWith(".")) {
      return OriginError.TRAILING_DOT;
    }
    String[] labels = splitOnDots(host);
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
        return OriginError.BAD_HOST;
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (!Ascii.isLetterOrDigit(c) && c != '-') {
          return OriginError.BAD_HOST;
        }
      }
    }
    // WHATWG URL: a host whose last label is numeric is an IPv4 address. Accept only the canonical dotted quad,
    // since browsers rewrite every other spelling ("127.1", "0x7f.0.0.1") into it.
    if (isAllDigits(labels[labels.length - 1])) {
      if (labels.length != 4) {
        return OriginError.BAD_HOST;
      }
      for (String label : labels) {
        if (!isAllDigits(label) || label.length() > 3 || (label.length() > 1 && label.charAt(0) == '0')
            || Integer.parseInt(label) > 255) {
          return OriginError.BAD_HOST;
        }
      }
    }
    return null;
  }

  private static int parsePort(String s) {
    if (s.length() > 5 || !isAllDigits(s)) {
      return -1;
    }
    int port = Integer.parseInt(s);
    return port >= 1 && port <= 65535 ? port : -1;
  }

  private static boolean isAllDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Ascii.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // Not String.split: that takes a regex.
  static String[] splitOnDots(String s) {
    int count = 1;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '.') {
        count++;
      }
    }
    String[] parts = new String[count];
    int start = 0;
    int index = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '.') {
        parts[index++] = s.substring(start, i);
        start = i + 1;
      }
    }
    return parts;
  }
}
