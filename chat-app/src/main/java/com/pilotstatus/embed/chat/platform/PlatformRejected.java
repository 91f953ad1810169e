package com.pilotstatus.embed.chat.platform;

/** The platform refused a request as the client's fault (400, 409, 429): passed on with its status. */
public final class PlatformRejected extends RuntimeException {
  private final int status;

  public PlatformRejected(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
