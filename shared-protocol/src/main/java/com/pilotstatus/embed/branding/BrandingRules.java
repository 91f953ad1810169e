package com.pilotstatus.embed.branding;

import com.pilotstatus.embed.appearance.Appearance;
import com.pilotstatus.embed.origin.OriginCheck;
import com.pilotstatus.embed.origin.OriginPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * What a branding value may be before it reaches HTML or CSS (DESIGN.md "Branding precedence"):
 * <ul>
 *   <li>colours: {@code #rgb} or {@code #rrggbb} only, normalised to lowercase — nothing else can reach a style;</li>
 *   <li>logo: an absolute {@code https:} URL (in the sandbox also {@code http://localhost}), no quotes, spaces,
 *       angle brackets or backslashes;</li>
 *   <li>text: trimmed, 1 to the field's maximum characters, no control characters. HTML is not stripped: templates
 *       escape it, so {@code <b>} shows as text.</li>
 * </ul>
 */
public final class BrandingRules {

  /** Production: logos over https only. */
  public static final BrandingRules PRODUCTION = new BrandingRules(false);
  /** The sandbox: also accepts {@code http://localhost} (and loopback) logos. */
  public static final BrandingRules SANDBOX = new BrandingRules(true);

  private final boolean loopbackHttpLogos;

  private BrandingRules(boolean loopbackHttpLogos) {
    this.loopbackHttpLogos = loopbackHttpLogos;
  }

  public static BrandingRules of(boolean sandbox) {
    return sandbox ? SANDBOX : PRODUCTION;
  }

  /** The normalised value if {@code raw} is acceptable for {@code field}, otherwise {@code null}. */
  public String normalize(BrandingField field, String raw) {
    if (raw == null) {
      return null;
    }
    switch (field.kind()) {
      case COLOR:
        return Appearance.normalizeColor(raw); // one colour grammar for branding and host appearance
      case URL:
        return normalizeLogoUrl(raw, field.maxLength());
      case TEXT:
      default:
        return normalizeText(raw, field.maxLength());
    }
  }

  /** The layer with every unacceptable value dropped and the rest normalised. */
  public Branding sanitize(Branding layer) {
    Branding.Builder builder = Branding.builder();
    for (BrandingField field : BrandingField.values()) {
      builder.set(field, normalize(field, layer.get(field)));
    }
    return builder.build();
  }

  /**
   * The problems of a layer submitted through the API, one sentence per bad field ({@code "primaryColor must be
   * #rgb or #rrggbb"}); empty when every set field is acceptable.
   */
  public List<String> violations(Branding layer) {
    List<String> out = new ArrayList<>();
    for (BrandingField field : BrandingField.values()) {
      String raw = layer.get(field);
      if (raw != null && normalize(field, raw) == null) {
        out.add(field.wireName() + " " + describe(field));
      }
    }
    return out;
  }

  /** The rule of {@code field}, as the end of a sentence that starts with its name. */
  public String describe(BrandingField field) {
    switch (field.kind()) {
      case COLOR:
        return "must be a colour in #rgb or #rrggbb form";
      case URL:
        return loopbackHttpLogos
            ? "must be an https:// URL (or http://localhost) of at most " + field.maxLength() + " characters"
            : "must be an https:// URL of at most " + field.maxLength() + " characters";
      case TEXT:
      default:
        return "must be 1 to " + field.maxLength() + " characters without control characters";
    }
  }

  private String normalizeLogoUrl(String raw, int maxLength) {
    if (raw.isEmpty() || raw.length() > maxLength) {
      return null;
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c <= 0x20 || c >= 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`'
          || c == '{' || c == '}' || c == '|' || c == '^') {
        return null;
      }
    }
    int schemeEnd = raw.indexOf("://");
    if (schemeEnd < 0) {
      return null;
    }
    int pathStart = raw.length();
    for (int i = schemeEnd + 3; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        pathStart = i;
        break;
      }
    }
    OriginCheck origin = OriginPolicy.STRICT.parse(raw.substring(0, pathStart));
    if (!origin.isValid()) {
      return null;
    }
    boolean https = origin.origin().scheme().equals("https");
    if (!https && !(loopbackHttpLogos && origin.origin().isLoopback())) {
      return null;
    }
    return origin.origin().serialized() + raw.substring(pathStart);
  }

  private static String normalizeText(String raw, int maxLength) {
    String trimmed = raw.trim();
    if (trimmed.isEmpty() || trimmed.length() > maxLength) {
      return null;
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
        return null;
      }
    }
    return trimmed;
  }
}
