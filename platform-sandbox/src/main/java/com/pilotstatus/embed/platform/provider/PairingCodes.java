package com.pilotstatus.embed.platform.provider;

import java.security.SecureRandom;

/**
 * WhatsApp's letter pairing codes: 8 characters of {@code 123456789ABCDEFGHJKLMNPQRSTVWXYZ} (no 0, I, O, U), shown
 * {@code XXXX-XXXX}.
 */
public final class PairingCodes {

  public static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTVWXYZ";

  private final SecureRandom random = new SecureRandom();

  /** A fresh code with its dash, e.g. {@code K7WQ-3MZP}. */
  public String next() {
    StringBuilder out = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        out.append('-');
      }
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
