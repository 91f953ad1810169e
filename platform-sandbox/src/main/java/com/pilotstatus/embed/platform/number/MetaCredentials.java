package com.pilotstatus.embed.platform.number;

import com.pilotstatus.embed.platform.error.ApiError;

/**
 * Shape checks of what Meta hands out, so a typo is a clear 400 instead of a silent failure: WABA and phone-number ids
 * are 5–20 digits, access tokens look like {@code EAA…} (at least 20 characters), Embedded Signup codes 1–512 chars.
 */
public final class MetaCredentials {

  private MetaCredentials() {
  }

  public static String requireId(String field, String value) {
    boolean valid = value.length() >= 5 && value.length() <= 20;
    for (int i = 0; valid && i < value.length(); i++) {
      valid = value.charAt(i) >= '0' && value.charAt(i) <= '9';
    }
    if (!valid) {
      throw ApiError.invalid(field, field + " must be Meta's numeric id (5 to 20 digits)");
    }
    return value;
  }

  public static String requireAccessToken(String field, String value) {
    boolean valid = value.startsWith("EAA") && value.length() >= 20 && value.length() <= 1024;
    for (int i = 0; valid && i < value.length(); i++) {
      char c = value.charAt(i);
      valid = c > 0x20 && c < 0x7f;
    }
    if (!valid) {
      throw ApiError.invalid(field, field + " must be a Meta access token (starts with EAA, at least 20 characters)");
    }
    return value;
  }

  public static String requireSignupCode(String field, String value) {
    if (value.isEmpty() || value.length() > 512) {
      throw ApiError.invalid(field, field + " must be the Embedded Signup code (1 to 512 characters)");
    }
    return value;
  }
}
