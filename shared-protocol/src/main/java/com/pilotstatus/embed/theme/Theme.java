package com.pilotstatus.embed.theme;

/** The colour schemes of the embeds. */
public enum Theme {
  LIGHT("light"),
  DARK("dark");

  private final String code;

  Theme(String code) {
    this.code = code;
  }

  /** {@code light} or {@code dark}, as used in the protocol and in {@code data-theme}. */
  public String code() {
    return code;
  }

  /** The theme named {@code code}, or {@code null} when it is not one. */
  public static Theme parse(String code) {
    for (Theme theme : values()) {
      if (theme.code.equals(code)) {
        return theme;
      }
    }
    return null;
  }

  /** Like {@link #parse}, but unknown or missing gives {@link #LIGHT}. */
  public static Theme resolve(String code) {
    Theme theme = parse(code);
    return theme == null ? LIGHT : theme;
  }
}
