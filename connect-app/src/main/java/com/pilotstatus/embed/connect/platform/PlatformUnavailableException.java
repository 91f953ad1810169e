package com.pilotstatus.embed.connect.platform;

/** The platform could not be reached, timed out, or answered something that is not its API. */
public final class PlatformUnavailableException extends RuntimeException {

  public PlatformUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
