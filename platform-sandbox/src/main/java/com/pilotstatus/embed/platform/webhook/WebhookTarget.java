package com.pilotstatus.embed.platform.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * Where a webhook may go (issue 16, item 3: server-side request forgery). Requirements:
 * <ul>
 *   <li>An absolute {@code http}/{@code https} URL with a host and no user info; every other scheme is refused.</li>
 *   <li>Every address the host resolves to must be public: loopback, link-local (169.254.0.0/16 with the cloud
 *       metadata address, fe80::/10), private (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT
 *       (100.64/10), "this network" (0.0.0.0/8, ::), multicast and broadcast are refused, also when written as an
 *       IPv4-mapped or -compatible IPv6 address, in decimal, or behind a DNS name.</li>
 *   <li>Checked when the URL is registered (400) and again before every delivery, so a name that is re-pointed at an
 *       inside address after registration (DNS rebinding) is not followed. Redirects are never followed.</li>
 *   <li>{@code PS_WEBHOOKS_ALLOW_PRIVATE=true} lifts the address rule (not the scheme rule) for local development.</li>
 * </ul>
 */
public final class WebhookTarget {

  private final boolean allowPrivate;

  public WebhookTarget(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /** Why {@code url} may not receive webhooks, or {@code null} when it may. Resolves the host (DNS). */
  public String refusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "url must be an absolute http(s) URL";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getRawUserInfo() != null) {
      return "url must be an absolute http(s) URL without user info";
    }
    if (allowPrivate) {
      return null;
    }
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return "url's host does not resolve";
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        return "url must reach a public address; loopback, link-local and private networks are refused";
      }
    }
    return null;
  }

  /** True for an address on the public internet. */
  static boolean isPublic(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet6Address) {
      if (isEmbeddedIpv4(b)) {
        byte[] v4 = {b[12], b[13], b[14], b[15]};
        return isPublicIpv4(v4);
      }
      int first = b[0] & 0xff;
      return !(address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
          || address.isSiteLocalAddress() || address.isMulticastAddress()
          || (first & 0xfe) == 0xfc // fc00::/7 unique local
          || (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8)); // 2001:db8::/32
    }
    return address instanceof Inet4Address && isPublicIpv4(b);
  }

  private static boolean isPublicIpv4(byte[] b) {
    int a = b[0] & 0xff;
    int c = b[1] & 0xff;
    return !(a == 0 || a == 10 || a == 127 || a >= 224
        || (a == 169 && c == 254)
        || (a == 172 && c >= 16 && c <= 31)
        || (a == 192 && c == 168)
        || (a == 100 && c >= 64 && c <= 127)
        || (a == 192 && c == 0 && (b[2] & 0xff) == 0)
        || (a == 198 && (c == 18 || c == 19)));
  }

  /** ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated but still routed by some stacks). */
  private static boolean isEmbeddedIpv4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = b[10] == 0 && b[11] == 0 && ((b[12] | b[13]) != 0);
    return mapped || compatible;
  }
}
