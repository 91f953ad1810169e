package com.pilotstatus.embed.platform.number;

import com.pilotstatus.embed.platform.error.ApiError;

/** E.164 phone numbers: an optional {@code +}, then 8–15 digits, the first not 0. Stored as digits only. */
public final class PhoneNumber {

  private PhoneNumber() {
  }

  /** The digits of {@code raw}; 400 naming {@code field} when it is not E.164. */
  public static String parse(String field, String raw) {
    String digits = raw.startsWith("+") ? raw.substring(1) : raw;
    boolean valid = digits.length() >= 8 && digits.length() <= 15 && digits.charAt(0) != '0';
    for (int i = 0; valid && i < digits.length(); i++) {
      char c = digits.charAt(i);
      valid = c >= '0' && c <= '9';
    }
    if (!valid) {
      throw ApiError.invalid(field, field + " must be in E.164 format, e.g. +5511999999999");
    }
    return digits;
  }

  /** The number as shown to someone who should not see all of it: {@code +551199****9999}. */
  public static String mask(String digits) {
    if (digits.length() >= 10) {
      return "+" + digits.substring(0, 6) + "****" + digits.substring(digits.length() - 4);
    }
    return "+" + digits.substring(0, 2) + "****" + digits.substring(digits.length() - 2);
  }
}
