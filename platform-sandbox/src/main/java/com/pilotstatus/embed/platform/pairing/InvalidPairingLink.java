package com.pilotstatus.embed.platform.pairing;

import com.pilotstatus.embed.platform.error.ApiError;

/**
 * The one answer for unknown, expired and used pairing tokens: 404 with {@code valid: false}, so a caller cannot tell
 * which of the three it hit.
 */
public final class InvalidPairingLink extends ApiError {

  public InvalidPairingLink() {
    super(404, "not_found", "This pairing link is invalid or has expired.", null, 0);
  }
}
