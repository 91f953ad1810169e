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

  /** True for {@code localhost}, {@code *.localhost}, {@code 127.0.0.0/8} and {@code [::1]}. */
  public boolean isLoopback() {
    return isLoopbackHost(host);
  }

  static boolean isLoopbackHost(String host) {
    return host.equals("localhost") || host.endsWith(".localhost") || host.equals("[::1]") || host.startsWith("127.");
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
