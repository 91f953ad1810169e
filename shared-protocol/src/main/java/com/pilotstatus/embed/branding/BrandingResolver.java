package com.pilotstatus.embed.branding;

/**
 * Resolves the branding a page shows, field by field, with the documented precedence (seeds 001 and 003):
 * URL query parameters &gt; the link's {@code brandingOverride} &gt; the tenant's branding &gt; the default. A value a
 * layer sets but that breaks {@link BrandingRules} is ignored, so the next layer down shows through.
 */
public final class BrandingResolver {

  private final BrandingRules rules;
  private final Branding defaults;

  public BrandingResolver(BrandingRules rules) {
    this(rules, Branding.DEFAULT);
  }

  public BrandingResolver(BrandingRules rules, Branding defaults) {
    this.rules = rules;
    this.defaults = defaults;
  }

  /**
   * The resolved branding. Any layer may be {@code null} (absent). Text fields may stay {@code null} when no layer
   * sets them: the page then shows its own localized text.
   */
  public Branding resolve(Branding query, Branding linkOverride, Branding tenant) {
    Branding[] layers = {query, linkOverride, tenant, defaults};
    Branding.Builder out = Branding.builder();
    for (BrandingField field : BrandingField.values()) {
      for (Branding layer : layers) {
        String value = layer == null ? null : rules.normalize(field, layer.get(field));
        if (value != null) {
          out.set(field, value);
          break;
        }
      }
    }
    return out.build();
  }
}
