package com.pilotstatus.embed.connect.platform;

/**
 * The pairing token from a URL path, checked before it goes anywhere: 8–64 characters of letters, digits and
 * {@code -} (a UUID in practice). Anything else cannot be a token, and must not reach the platform's URL where a
 * {@code /} or {@code ..} could change the path.
 */
public record PairingToken(String value) {

  public PairingToken {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("not a pairing token");
    }
  }

  /** The token, or {@code null} when {@code raw} cannot be one. */
  public static PairingToken parse(String raw) {
    return isWellFormed(raw) ? new PairingToken(raw) : null;
  }

  public static boolean isWellFormed(String raw) {
    if (raw == null || raw.length() < 8 || raw.length() > 64) {
      return false;
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Never print the token in full: it authorizes the pairing. */
  @Override
  public String toString() {
    return "PairingToken[" + value.substring(0, 4) + "…]";
  }
}
