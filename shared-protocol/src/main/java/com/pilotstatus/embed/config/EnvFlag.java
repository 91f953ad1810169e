package com.pilotstatus.embed.config;

import java.util.Map;

/**
 * A true/false setting from the environment, read the same way by every server: the launcher hands all of them one
 * environment, so {@code PS_ALLOW_HTTP_ORIGINS=1} must mean the same to the platform, chat-app and connect-app.
 *
 * <p>Replaced by server-kit's {@code Env#bool}, which follows the same rule; only chat-app's {@code ChatConfig} still
 * uses this class. Delete it when chat-app reads its settings through {@code Env}.
 */
public final class EnvFlag {

  private EnvFlag() {
  }

  /**
   * {@code true}/{@code 1} or {@code false}/{@code 0} (any case, surrounding blanks ignored); {@code fallback} when
   * the key is missing or blank.
   *
   * @throws IllegalArgumentException for anything else, naming the key: a typo must not silently mean false
   */
  public static boolean read(Map<String, String> env, String key, boolean fallback) {
    String raw = env.get(key);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    String value = raw.trim();
    if (value.equalsIgnoreCase("true") || value.equals("1")) {
      return true;
    }
    if (value.equalsIgnoreCase("false") || value.equals("0")) {
      return false;
    }
    throw new IllegalArgumentException(key + " must be true or false, was \"" + raw + "\"");
  }
}
