package com.pilotstatus.embed.cdn;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Subresource Integrity values: what the CDN serves with {@code embed.js} and what the npm loader pins. */
public final class Sri {

  private Sri() {
  }

  /** {@code sha384-<base64>} of {@code bytes}. */
  public static String of(byte[] bytes) {
    try {
      return "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-384 is part of every JDK", e);
    }
  }
}
