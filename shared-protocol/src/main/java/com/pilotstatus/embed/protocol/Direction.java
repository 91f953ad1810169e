package com.pilotstatus.embed.protocol;

/**
 * Which way a message travels across the iframe boundary. Plain {@code int} constants rather than an enum or objects:
 * TeaVM compiles those into a class, a static initialiser and a check for it at every use, all shipped in
 * {@code embed.js}.
 */
public final class Direction {

  /** From the host page's SDK into an embed iframe. */
  public static final int PARENT_TO_FRAME = 0;
  /** From an embed iframe up to the host page's SDK. */
  public static final int FRAME_TO_PARENT = 1;

  private Direction() {
  }
}
