package com.pilotstatus.embed.protocol;

/**
 * Which way a message travels across the iframe boundary. Two constants of a final class rather than an enum, for
 * the size of {@code embed.js} (see {@link MessageType}).
 */
public final class Direction {

  /** From the host page's SDK into an embed iframe. */
  public static final Direction PARENT_TO_FRAME = new Direction();
  /** From an embed iframe up to the host page's SDK. */
  public static final Direction FRAME_TO_PARENT = new Direction();

  private Direction() {
  }
}
