package com.pilotstatus.embed.i18n;

import com.pilotstatus.embed.origin.Ascii;

/** The languages the embeds speak. Anything else falls back to English. */
public enum EmbedLocale {
  EN("en", "en-US"),
  PT("pt", "pt-BR"),
  ES("es", "es-ES");

  private final String code;
  private final String languageTag;

  EmbedLocale(String code, String languageTag) {
    this.code = code;
    this.languageTag = languageTag;
  }

  /** The short code used in the protocol and query strings: {@code en}, {@code pt}, {@code es}. */
  public String code() {
    return code;
  }

  /** The BCP 47 tag for dates, numbers and {@code <html lang>}: {@code en-US}, {@code pt-BR}, {@code es-ES}. */
  public String languageTag() {
    return languageTag;
  }

  /** The locale for a tag such as {@code "pt"}, {@code "pt-BR"} or {@code "ES_mx"}, or {@code null} if unsupported. */
  public static EmbedLocale parse(String tag) {
    if (tag == null) {
      return null;
    }
    String lower = Ascii.toLowerCase(tag.trim());
    int end = lower.length();
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == '-' || c == '_') {
        end = i;
        break;
      }
    }
    String language = lower.substring(0, end);
    for (EmbedLocale locale : values()) {
      if (locale.code.equals(language)) {
        return locale;
      }
    }
    return null;
  }

  /** Like {@link #parse} but never {@code null}: unknown or missing tags give {@link #EN}. */
  public static EmbedLocale resolve(String tag) {
    EmbedLocale locale = parse(tag);
    return locale == null ? EN : locale;
  }

  /**
   * The best supported locale of an {@code Accept-Language} header ({@code "pt-BR,pt;q=0.9,en;q=0.8"}), by q-value
   * then order; {@link #EN} when none is supported.
   */
  public static EmbedLocale fromAcceptLanguage(String header) {
    if (header == null) {
      return EN;
    }
    EmbedLocale best = null;
    int bestQ = 0;
    int start = 0;
    for (int i = 0; i <= header.length(); i++) {
      if (i < header.length() && header.charAt(i) != ',') {
        continue;
      }
      String entry = header.substring(start, i).trim();
      start = i + 1;
      int semicolon = entry.indexOf(';');
      String tag = semicolon < 0 ? entry : entry.substring(0, semicolon).trim();
      int q = semicolon < 0 ? 1000 : qValue(entry.substring(semicolon + 1));
      EmbedLocale locale = parse(tag);
      if (locale != null && q > bestQ) {
        best = locale;
        bestQ = q;
      }
    }
    return best == null ? EN : best;
  }

  /** Parses {@code "q=0.8"} into thousandths (800) without touching floating point; malformed gives 0. */
  private static int qValue(String param) {
    String p = param.trim();
    if (!p.startsWith("q=")) {
      return 1000;
    }
    String value = p.substring(2).trim();
    if (value.equals("1") || value.startsWith("1.")) {
      return 1000;
    }
    if (!value.startsWith("0")) {
      return 0;
    }
    int thousandths = 0;
    int scale = 100;
    for (int i = 2; i < value.length() && i < 5; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      thousandths += (c - '0') * scale;
      scale /= 10;
    }
    return thousandths;
  }
}
