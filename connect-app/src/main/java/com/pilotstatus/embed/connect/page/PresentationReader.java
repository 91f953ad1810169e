package com.pilotstatus.embed.connect.page;

import com.pilotstatus.embed.appearance.Appearance;
import com.pilotstatus.embed.branding.Branding;
import com.pilotstatus.embed.branding.BrandingField;
import com.pilotstatus.embed.branding.BrandingRules;
import com.pilotstatus.embed.connect.branding.BrandingStyle;
import com.pilotstatus.embed.connect.branding.HostAppearance;
import com.pilotstatus.embed.i18n.EmbedLocale;
import com.pilotstatus.embed.origin.OriginCheck;
import com.pilotstatus.embed.origin.OriginPolicy;
import com.pilotstatus.embed.theme.Theme;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads how a request wants the page shown: {@code ?locale=} (else {@code Accept-Language}), {@code ?theme=},
 * {@code ?parentOrigin=} (validated with {@link OriginPolicy}; an invalid one means "no parent": the page posts
 * nothing), the branding query parameters and the host's appearance variables ({@link HostAppearance}).
 */
public final class PresentationReader {

  private final OriginPolicy origins;
  private final BrandingRules rules;

  public PresentationReader(OriginPolicy origins, BrandingRules rules) {
    this.origins = origins;
    this.rules = rules;
  }

  /** The presentation with the query's branding over {@code platformLayer} (the link's; {@code null} for none). */
  public Presentation read(Context ctx, Branding platformLayer) {
    Map<String, List<String>> query = ctx.queryParamMap();
    String localeParam = ctx.queryParam("locale");
    EmbedLocale locale = EmbedLocale.parse(localeParam);
    if (locale == null) {
      locale = EmbedLocale.fromAcceptLanguage(ctx.header("Accept-Language"));
    }
    Theme theme = Theme.resolve(ctx.queryParam("theme"));
    OriginCheck parent = origins.parse(ctx.queryParam("parentOrigin"));
    String parentOrigin = parent.isValid() ? parent.origin().serialized() : null;
    HostAppearance appearance = HostAppearance.fromQuery(query);
    BrandingStyle branding = BrandingStyle.resolve(rules, theme, BrandingStyle.fromQuery(query, appearance),
        platformLayer);
    return new Presentation(locale, theme, parentOrigin, branding, appearance, carriedQuery(query));
  }

  /**
   * The query the page's own URLs carry on (state polls, form posts) so that a form's answer keeps the parent,
   * language, theme, branding and appearance: only known keys, re-encoded.
   */
  static String carriedQuery(Map<String, List<String>> query) {
    StringBuilder out = new StringBuilder();
    appendFirst(out, query, "parentOrigin");
    appendFirst(out, query, "locale");
    appendFirst(out, query, "theme");
    for (BrandingField field : BrandingField.values()) {
      appendFirst(out, query, field.wireName());
    }
    for (int i = 0; i < Appearance.COUNT; i++) {
      appendFirst(out, query, Appearance.name(i));
    }
    return out.toString();
  }

  private static void appendFirst(StringBuilder out, Map<String, List<String>> query, String key) {
    List<String> values = query.get(key);
    if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).length() > 2048) {
      return;
    }
    out.append(out.length() == 0 ? '?' : '&').append(key).append('=')
        .append(URLEncoder.encode(values.get(0), StandardCharsets.UTF_8));
  }
}
