package com.pilotstatus.embed.connect.meta;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The WABA credentials a customer types into the form. Checked here with the platform's own rules (ids of 5–20
 * digits, a Meta token {@code EAA…} of at least 20 characters) so mistakes get a clear message before any call; the
 * platform checks again.
 *
 * <p>{@link #toString()} hides the access token: it must never reach a log or a page.
 */
public record MetaCredentials(String wabaId, String phoneNumberId, String accessToken) {

  public MetaCredentials {
    wabaId = wabaId == null ? "" : wabaId.trim();
    phoneNumberId = phoneNumberId == null ? "" : phoneNumberId.trim();
    accessToken = accessToken == null ? "" : accessToken.trim();
  }

  /** Field name → message key of each invalid field; empty when all are valid. */
  public Map<String, String> violations() {
    Map<String, String> out = new LinkedHashMap<>();
    if (!isMetaId(wabaId)) {
      out.put("wabaId", "meta.invalid.wabaId");
    }
    if (!isMetaId(phoneNumberId)) {
      out.put("phoneNumberId", "meta.invalid.phoneNumberId");
    }
    if (!accessToken.startsWith("EAA") || accessToken.length() < 20 || accessToken.length() > 1024
        || !isPrintableAscii(accessToken)) {
      out.put("accessToken", "meta.invalid.accessToken");
    }
    return out;
  }

  /** What the form shows again after an error: the ids, never the token. */
  public Map<String, String> echoableValues() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("wabaId", wabaId.length() > 40 ? wabaId.substring(0, 40) : wabaId);
    out.put("phoneNumberId", phoneNumberId.length() > 40 ? phoneNumberId.substring(0, 40) : phoneNumberId);
    return out;
  }

  /** A Meta id: 5 to 20 ASCII digits. */
  public static boolean isMetaId(String value) {
    if (value == null || value.length() < 5 || value.length() > 20) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isPrintableAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) <= 0x20 || value.charAt(i) >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "MetaCredentials[wabaId=" + wabaId + ", phoneNumberId=" + phoneNumberId + ", accessToken=***]";
  }
}
