package com.pilotstatus.embed.connect.branding;

import com.pilotstatus.embed.branding.Branding;
import com.pilotstatus.embed.branding.BrandingField;
import com.pilotstatus.embed.branding.BrandingResolver;
import com.pilotstatus.embed.branding.BrandingRules;
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

  /** The branding fields among query parameters, by {@link BrandingField} wire name ({@code ?primaryColor=%23f60}). */
  public static Branding fromQuery(Map<String, List<String>> query) {
    Map<String, String> out = new LinkedHashMap<>();
    for (BrandingField field : BrandingField.values()) {
      List<String> values = query.get(field.wireName());
      if (values != null && !values.isEmpty()) {
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

  /** {@code #ffffff} or {@code #111111}, whichever contrasts more with the primary colour. */
  public String onPrimaryColor() {
    return isLight(branding.primaryColor()) ? "#111111" : "#ffffff";
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

  /** Relative luminance above ~0.5, in integer arithmetic on a normalised {@code #rrggbb} / {@code #rgb} colour. */
  static boolean isLight(String color) {
    String hex = color.length() == 4
        ? "" + color.charAt(1) + color.charAt(1) + color.charAt(2) + color.charAt(2) + color.charAt(3) + color.charAt(3)
        : color.substring(1);
    int r = Integer.parseInt(hex.substring(0, 2), 16);
    int g = Integer.parseInt(hex.substring(2, 4), 16);
    int b = Integer.parseInt(hex.substring(4, 6), 16);
    return (2126 * r + 7152 * g + 722 * b) / 10000 > 150;
  }
}
