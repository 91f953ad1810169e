package com.pilotstatus.embed.browser.sdk;

/**
 * The error codes the SDK hands to {@code onError} and puts on a thrown {@code PilotStatusError}: the names of
 * {@link com.pilotstatus.embed.protocol.EmbedErrorCode}, as plain strings because an enum costs kilobytes in
 * {@code embed.js}. {@code ErrorCodesTest} keeps the two lists equal.
 */
final class ErrorCodes {

  static final String HANDSHAKE_TIMEOUT = "HANDSHAKE_TIMEOUT";
  static final String ORIGIN_NOT_ALLOWED = "ORIGIN_NOT_ALLOWED";
  static final String TOKEN_INVALID = "TOKEN_INVALID";
  static final String NETWORK = "NETWORK";
  static final String INVALID_OPTIONS = "INVALID_OPTIONS";
  static final String MOUNT_TARGET_NOT_FOUND = "MOUNT_TARGET_NOT_FOUND";
  static final String TOKEN_FETCH_FAILED = "TOKEN_FETCH_FAILED";
  static final String PAIRING_FAILED = "PAIRING_FAILED";

  /** Every code, in {@code EmbedErrorCode} order. */
  static final String[] ALL = {HANDSHAKE_TIMEOUT, ORIGIN_NOT_ALLOWED, TOKEN_INVALID, NETWORK, INVALID_OPTIONS,
      MOUNT_TARGET_NOT_FOUND, TOKEN_FETCH_FAILED, PAIRING_FAILED};

  private ErrorCodes() {
  }

  /** True when {@code code} is one of ours (an iframe's {@code error} message must carry one). */
  static boolean isKnown(String code) {
    for (String known : ALL) {
      if (known.equals(code)) {
        return true;
      }
    }
    return false;
  }
}
