package com.pilotstatus.embed.demo.platform;

/** The platform answered with an error (or could not be reached). Carries the status and the platform's message. */
public final class PlatformException extends RuntimeException {

  private final int status;

  public PlatformException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The platform's HTTP status, or 502 when it could not be reached. */
  public int status() {
    return status;
  }
}
