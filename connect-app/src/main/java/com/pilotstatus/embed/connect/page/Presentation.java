package com.pilotstatus.embed.connect.page;

import com.pilotstatus.embed.connect.branding.BrandingStyle;
import com.pilotstatus.embed.connect.branding.HostAppearance;
import com.pilotstatus.embed.connect.i18n.Messages;
import com.pilotstatus.embed.i18n.EmbedLocale;
import com.pilotstatus.embed.theme.Theme;

/**
 * How a request wants the page shown: language, theme, the validated parent origin (or {@code null} for a hosted
 * link opened directly), the resolved branding, the host's other appearance variables (checked), and the query
 * string to carry into the page's own URLs.
 */
public record Presentation(EmbedLocale locale, Theme theme, String parentOrigin, BrandingStyle branding,
                           HostAppearance appearance, String carriedQuery) {

  public Messages text() {
    return Messages.of(locale);
  }

  public Presentation withBranding(BrandingStyle branding) {
    return new Presentation(locale, theme, parentOrigin, branding, appearance, carriedQuery);
  }
}
