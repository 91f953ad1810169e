package com.pilotstatus.embed.chat.platform;

/** The platform could not be reached, or answered 5xx: the iframe shows its network state and may retry. */
public final class PlatformUnavailable extends RuntimeException {
  public PlatformUnavailable(String message) {
    super(message);
  }
}
