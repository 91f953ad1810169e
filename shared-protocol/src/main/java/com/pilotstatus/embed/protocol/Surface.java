package com.pilotstatus.embed.protocol;

/**
 * The embed surfaces. A message type belongs to one of them, or to both. Plain {@code int} constants, for the size of
 * {@code embed.js} (see {@link Direction}).
 */
public final class Surface {

  public static final int CHAT = 0;
  public static final int CONNECT = 1;

  private Surface() {
  }
}
