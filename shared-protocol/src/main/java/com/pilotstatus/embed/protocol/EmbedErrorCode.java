package com.pilotstatus.embed.protocol;

/**
 * The stable error codes the SDK reports through {@code onError({code, message})}, the chat iframe sends in its
 * {@code error} message and the chat server puts on an error state ({@code data-error-code}). The codes are API:
 * renaming one is a breaking change; the messages that come with them are not. {@code index.d.ts} lists the same
 * codes ({@code PilotStatusErrorCode}), and a test keeps the two equal.
 *
 * <p>Plain string constants rather than an enum: an enum costs its names, {@code values()} and {@code Enum} itself in
 * {@code embed.js}, and every side needs the string anyway.
 */
public final class EmbedErrorCode {

  /**
   * Load error: the iframe's origin answered but its page said nothing within the handshake timeout; the base URL
   * does not point at a Pilot Status server (or its page failed).
   */
  public static final String HANDSHAKE_TIMEOUT = "HANDSHAKE_TIMEOUT";
  /** Load error: the host page's Content-Security-Policy ({@code frame-src}) refused the iframe's origin. */
  public static final String FRAME_BLOCKED = "FRAME_BLOCKED";
  /** Load error: nothing answered at the iframe's origin (server down, wrong host or port, DNS). */
  public static final String FRAME_UNREACHABLE = "FRAME_UNREACHABLE";
  /** The host page's origin is not in the token's {@code allowedOrigins} (or is not a valid origin). */
  public static final String ORIGIN_NOT_ALLOWED = "ORIGIN_NOT_ALLOWED";
  /** The token is malformed, tampered, expired, or for another surface. */
  public static final String TOKEN_INVALID = "TOKEN_INVALID";
  /** The iframe could not reach the platform. */
  public static final String NETWORK = "NETWORK";
  /** A required option is missing or has the wrong type (for example no {@code token} and no {@code fetchToken}). */
  public static final String INVALID_OPTIONS = "INVALID_OPTIONS";
  /** The element to mount into was not found. */
  public static final String MOUNT_TARGET_NOT_FOUND = "MOUNT_TARGET_NOT_FOUND";
  /** {@code fetchToken} rejected or returned something that is not a non-empty string. */
  public static final String TOKEN_FETCH_FAILED = "TOKEN_FETCH_FAILED";
  /**
   * Chat: {@code openConversation(id)} named a conversation that does not exist in the session's scope (unknown, or
   * of a number outside the token's {@code whatsappNumberIds}: the same answer), or an id that is not 1..128 chars.
   */
  public static final String CONVERSATION_NOT_FOUND = "CONVERSATION_NOT_FOUND";
  /** Connect only: the connect page reported a failure ({@code connect:error}); the message says what. */
  public static final String PAIRING_FAILED = "PAIRING_FAILED";
  /**
   * Load error: the iframe and the SDK speak different major versions of the postMessage protocol
   * ({@link ProtocolVersion}): a cached or self-hosted {@code embed.js} older (or newer) than the server. The message
   * says which side to update.
   */
  public static final String PROTOCOL_MISMATCH = "PROTOCOL_MISMATCH";
  /**
   * Load error, host side only: the SDK's core ({@code embed-core.js}, which the {@code embed.js} loader inserts) or
   * the npm package's {@code embed.js} did not load: network, bytes that fail their integrity value, or the host's
   * CSP {@code script-src}. The console message says which URL.
   */
  public static final String SDK_LOAD_FAILED = "SDK_LOAD_FAILED";

  private EmbedErrorCode() {
  }

  /** Every code, in the order above (a new array per call: no static initialiser for the browser to check). */
  public static String[] all() {
    return new String[] {HANDSHAKE_TIMEOUT, FRAME_BLOCKED, FRAME_UNREACHABLE, ORIGIN_NOT_ALLOWED, TOKEN_INVALID, NETWORK, INVALID_OPTIONS,
        MOUNT_TARGET_NOT_FOUND, TOKEN_FETCH_FAILED, CONVERSATION_NOT_FOUND, PAIRING_FAILED, PROTOCOL_MISMATCH, SDK_LOAD_FAILED};
  }

  /**
   * True when {@code code} is one of the codes above (an iframe's {@code error} message must carry one). A chain of
   * comparisons rather than a loop over an array: the array would need a static initialiser, which TeaVM checks for
   * at every use of the class.
   */
  public static boolean isKnown(String code) {
    return HANDSHAKE_TIMEOUT.equals(code) || FRAME_BLOCKED.equals(code) || FRAME_UNREACHABLE.equals(code)
        || ORIGIN_NOT_ALLOWED.equals(code) || TOKEN_INVALID.equals(code)
        || NETWORK.equals(code) || INVALID_OPTIONS.equals(code) || MOUNT_TARGET_NOT_FOUND.equals(code)
        || TOKEN_FETCH_FAILED.equals(code) || CONVERSATION_NOT_FOUND.equals(code) || PAIRING_FAILED.equals(code)
        || PROTOCOL_MISMATCH.equals(code) || SDK_LOAD_FAILED.equals(code);
  }
}
