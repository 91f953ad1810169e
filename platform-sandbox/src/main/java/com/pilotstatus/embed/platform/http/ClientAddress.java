package com.pilotstatus.embed.platform.http;

import io.javalin.http.Context;

/**
 * The address of the client behind a request. When forwarded headers are trusted (the connect app proxies the
 * browser's calls and forwards its address), the first {@code X-Forwarded-For} entry wins.
 */
public final class ClientAddress {

  private final boolean trustForwardedFor;

  public ClientAddress(boolean trustForwardedFor) {
    this.trustForwardedFor = trustForwardedFor;
  }

  public String of(Context ctx) {
    if (trustForwardedFor) {
      String forwarded = ctx.header("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        int comma = forwarded.indexOf(',');
        return (comma < 0 ? forwarded : forwarded.substring(0, comma)).trim();
      }
    }
    return ctx.ip();
  }
}
