package com.pilotstatus.embed.kit.platform;

/**
 * The platform could not be reached, timed out, answered 5xx, or answered something that is not its API: the
 * user sees a "try again" state, nothing was done on their behalf that they must undo.
 */
public final class PlatformUnavailable extends RuntimeException {

  public PlatformUnavailable(String message, Throwable cause) {
    super(message, cause);
  }

  public PlatformUnavailable(String message) {
    super(message);
  }
}
