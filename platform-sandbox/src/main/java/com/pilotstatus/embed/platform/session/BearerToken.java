package com.pilotstatus.embed.platform.session;

import io.javalin.http.Context;

/** The chat token of a request: {@code Authorization: Bearer <jwt>}. */
public final class BearerToken {

  private BearerToken() {
  }

  /** The token, or {@code null} when the header is missing or not a Bearer header. */
  public static String of(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return header.substring(7).trim();
  }
}
