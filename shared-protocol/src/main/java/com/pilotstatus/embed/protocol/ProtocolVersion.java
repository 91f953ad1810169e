package com.pilotstatus.embed.protocol;

/**
 * The version of the postMessage protocol, {@code major.minor}: {@code ready} carries the iframe's and {@code init}
 * the SDK's, in their optional {@code protocol} field. The envelope's {@code v} is the wire format and stays 1.
 *
 * <p>A minor version only adds (a message type, an optional field): both sides ignore what they do not know, so any
 * two minors of one major work together. A different major means the two sides no longer understand each other: the
 * SDK reports {@code PROTOCOL_MISMATCH} instead of waiting for a handshake that cannot succeed, and the chat iframe
 * shows that state. A peer that sends no version predates versioning and is 1.0.
 */
public final class ProtocolVersion {

  public static final int MAJOR = 1;
  /**
   * 1: {@code protocol} in {@code ready} and {@code init}; {@code set-theme}, {@code set-locale} and
   * {@code set-appearance} on connect too (the handles' {@code update}).
   */
  public static final int MINOR = 1;
  /** {@code "1.1"}: what this build announces. */
  public static final String CURRENT = MAJOR + "." + MINOR;
  /** The payload field that carries a version in {@code ready} and {@code init}. */
  public static final String FIELD = "protocol";
  /** Longest version a payload may carry. */
  public static final int MAX_LENGTH = 16;

  private ProtocolVersion() {
  }
}
