package com.pilotstatus.embed.kit.config;

/**
 * A setting that is present but cannot mean anything: the server refuses to start. The message names the variable,
 * what it expects and what it got (secrets are never echoed), so the operator can fix it without reading code.
 */
public final class InvalidSetting extends IllegalArgumentException {

  private final String key;

  public InvalidSetting(String key, String expected, String got) {
    super(key + " must be " + expected + ", was " + got);
    this.key = key;
  }

  /** The variable at fault, e.g. {@code PS_CONNECT_PORT}. */
  public String key() {
    return key;
  }
}
