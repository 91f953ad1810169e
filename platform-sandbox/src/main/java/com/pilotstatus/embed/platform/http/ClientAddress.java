package com.pilotstatus.embed.platform.http;

import io.javalin.http.Context;

/**
 * The address of the client behind a request. Requirements: a client cannot choose its own address (rate limits and
 * logs key on it), so {@code X-Forwarded-For} is read only when the socket peer is a configured trusted proxy
 * ({@code PS_TRUSTED_PROXIES}, default none: the header is then ignored). Behind trusted proxies the client is the
 * right-most entry that is not itself a trusted proxy: entries to its left were written by the client.
 */
public final class ClientAddress {

  private final TrustedProxies proxies;

  public ClientAddress(TrustedProxies proxies) {
    this.proxies = proxies;
  }

  public String of(Context ctx) {
    String peer = ctx.ip();
    if (!proxies.contains(peer)) {
      return peer;
    }
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank()) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (TrustedProxies.literal(hop) == null) {
        return peer; // not an address: a forged or broken header, so the proxy itself is the client we know
      }
      if (!proxies.contains(hop)) {
        return hop;
      }
    }
    return peer;
  }

  /** True when the socket peer of {@code ctx} is a trusted proxy (a gateway that may vouch for a key id). */
  public boolean isFromTrustedProxy(Context ctx) {
    return proxies.contains(ctx.ip());
  }
}
