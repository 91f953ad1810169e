package com.pilotstatus.embed.connect.branding;

import com.pilotstatus.embed.branding.Branding;
import com.pilotstatus.embed.branding.BrandingField;
import com.pilotstatus.embed.branding.BrandingResolver;
import com.pilotstatus.embed.branding.BrandingRules;
import com.pilotstatus.embed.branding.Contrast;
import com.pilotstatus.embed.theme.Theme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The branding a page shows, resolved with shared-protocol's {@link BrandingResolver} (query &gt; link override &gt;
 * tenant &gt; default, field by field; invalid values fall through), with a default per theme, and the colour the
 * page puts on top of the primary colour so that button text stays readable on any brand colour.
 *
 * <p>The platform's link answer already merges the link override over the tenant branding ("no defaults"), so that
 * pair arrives as one layer: the precedence is unchanged.
 */
public record BrandingStyle(Branding branding) {

  /** The dark theme's default colours (the light default is {@link Branding#DEFAULT}). */
  public static final Branding DARK_DEFAULT = Branding.builder()
      .set(BrandingField.PRIMARY_COLOR, "#25d366")
      .set(BrandingField.BACKGROUND_COLOR, "#111b21")
      .set(BrandingField.TEXT_COLOR, "#e9edef")
      .build();

  /** Resolves query &gt; platform layer (link override over tenant) &gt; the theme's default. */
  public static BrandingStyle resolve(BrandingRules rules, Theme theme, Branding query, Branding platform) {
    Branding defaults = theme == Theme.DARK ? DARK_DEFAULT : Branding.DEFAULT;
    return new BrandingStyle(new BrandingResolver(rules, defaults).resolve(query, platform, null));
  }

  /**
   * The branding fields among query parameters, by {@link BrandingField} wire name ({@code ?primaryColor=%23f60}),
   * with the host's appearance colours ({@code colorPrimary}, …) over them: both are the query layer, and the
   * appearance is what the SDK sends.
   */
  public static Branding fromQuery(Map<String, List<String>> query, HostAppearance appearance) {
    Map<String, String> out = new LinkedHashMap<>();
    for (BrandingField field : BrandingField.values()) {
      List<String> values = query.get(field.wireName());
      String hostColor = appearance.brandingColor(field);
      if (hostColor != null) {
        out.put(field.wireName(), hostColor);
      } else if (values != null && !values.isEmpty()) {
        out.put(field.wireName(), values.get(0));
      }
    }
    return Branding.fromMap(out);
  }

  public String primaryColor() {
    return branding.primaryColor();
  }

  public String backgroundColor() {
    return branding.backgroundColor();
  }

  public String textColor() {
    return branding.textColor();
  }

  /**
   * The text colour on top of the primary colour: {@code #ffffff} or {@code #111111}, whichever has the higher WCAG
   * contrast ratio with it ({@link Contrast}, computed, not a luminance threshold: {@code #128c7e} gets
   * {@code #111111}, 4.57:1, where white would give 4.13:1). For the few mid-tone colours where neither reaches AA's
   * 4.5:1 (e.g. {@code #777777}), pure black or white is used instead, which always reaches it (at worst 4.58:1),
   * so every colour a tenant may set keeps its button text readable.
   */
  public String onPrimaryColor() {
    return onColor(branding.primaryColor());
  }

  /** {@link #onPrimaryColor()} for any {@code #rgb} / {@code #rrggbb} background. */
  public static String onColor(String background) {
    return Contrast.readableOn(background);
  }

  public String logoUrl() {
    return branding.logoUrl();
  }

  public String title() {
    return branding.title();
  }

  public String subtitle() {
    return branding.subtitle();
  }

  public String companyName() {
    return branding.companyName();
  }
}
