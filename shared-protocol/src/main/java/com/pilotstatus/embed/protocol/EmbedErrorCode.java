package com.pilotstatus.embed.protocol;

/**
 * The stable error codes the SDK reports through {@code onError({code, message})}. The codes are API: renaming one
 * is a breaking change; the messages that come with them are not.
 */
public enum EmbedErrorCode {
  /** The iframe did not answer with {@code ready} within the handshake timeout. */
  HANDSHAKE_TIMEOUT,
  /** The host page's origin is not in the token's {@code allowedOrigins} (or is not a valid origin). */
  ORIGIN_NOT_ALLOWED,
  /** The token is malformed, tampered, expired, or for another surface. */
  TOKEN_INVALID,
  /** The iframe could not reach the platform. */
  NETWORK,
  /** A required option is missing or has the wrong type (for example no {@code token} and no {@code fetchToken}). */
  INVALID_OPTIONS,
  /** The element to mount into was not found. */
  MOUNT_TARGET_NOT_FOUND,
  /** {@code fetchToken} rejected or returned something that is not a non-empty string. */
  TOKEN_FETCH_FAILED,
  /** Connect only: the connect page reported a failure ({@code connect:error}); the message says what. */
  PAIRING_FAILED
}
