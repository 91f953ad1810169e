package com.pilotstatus.embed.chat.session;

/**
 * Why a request's chat session cannot be used. {@link Reason#EXPIRED} is not an error for the host: the iframe
 * answers it with {@code session-expired}; the others become {@code error{code}}.
 */
public final class TokenRejected extends RuntimeException {

  /** The reasons, each with the status chat-app answers. */
  public enum Reason {
    /** Missing, malformed, tampered, wrong algorithm/issuer/audience/surface, unknown key, not yet valid. */
    TOKEN_INVALID(401),
    /** The token's lifetime is over: refresh is no longer possible. */
    EXPIRED(401),
    /** The iframe's parent origin is not one of the token's {@code allowedOrigins}. */
    ORIGIN_NOT_ALLOWED(403);

    private final int status;

    Reason(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Reason reason;

  public TokenRejected(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public TokenRejected(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
