package com.pilotstatus.embed.protocol;

/**
 * The embed surfaces. A message type belongs to one of them, or to both. Two constants of a final class rather than
 * an enum, for the size of {@code embed.js} (see {@link MessageType}).
 */
public final class Surface {

  public static final Surface CHAT = new Surface();
  public static final Surface CONNECT = new Surface();

  private Surface() {
  }
}
