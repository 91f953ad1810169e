package com.pilotstatus.embed.origin;

/**
 * A normalised web origin {@code scheme://host[:port]}: lowercase scheme and host, default port dropped, IPv6 in its
 * canonical (RFC 5952) form. Two origins are the same origin exactly when their {@link #serialized()} forms are
 * equal. Build one with {@link OriginPolicy#parse}.
 */
public final class Origin {

  private final String scheme;
  private final String host;
  private final int port;
  private final String serialized;

  Origin(String scheme, String host, int port) {
    this.scheme = scheme;
    this.host = host;
    this.port = port;
    this.serialized = port < 0 ? scheme + "://" + host : scheme + "://" + host + ":" + port;
  }

  /** {@code "http"} or {@code "https"}. */
  public String scheme() {
    return scheme;
  }

  /** The host, IPv6 literals in brackets ({@code "[::1]"}). */
  public String host() {
    return host;
  }

  /** The explicit port, or -1 for the scheme's default. */
  public int port() {
    return port;
  }

  /**
   * True for exactly {@code localhost}, an IPv4 literal in {@code 127.0.0.0/8}, and {@code [::1]}: names are compared,
   * never prefixes, so {@code 127.attacker.com} and {@code localhost.attacker.com} are ordinary (remote) hosts.
   */
  public boolean isLoopback() {
    return isLoopbackHost(host);
  }

  /** {@code host} as {@link OriginPolicy#parse} leaves it: lowercase, IPv4 as a canonical dotted quad. */
  static boolean isLoopbackHost(String host) {
    return host.equals("localhost") || host.equals("[::1]") || isLoopbackIpv4(host);
  }

  private static boolean isLoopbackIpv4(String host) {
    String[] labels = OriginPolicy.splitOnDots(host);
    if (labels.length != 4 || !labels[0].equals("127")) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 3) {
        return false;
      }
      for (int i = 0; i < label.length(); i++) {
        if (!Ascii.isDigit(label.charAt(i))) {
          return false;
        }
      }
      if (Integer.parseInt(label) > 255) {
        return false;
      }
    }
    return true;
  }

  /** The origin as a browser serialises it, e.g. {@code https://app.example.com:8443}. */
  public String serialized() {
    return serialized;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Origin && ((Origin) o).serialized.equals(serialized);
  }

  @Override
  public int hashCode() {
    return serialized.hashCode();
  }

  @Override
  public String toString() {
    return serialized;
  }
}
