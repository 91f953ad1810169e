package com.pilotstatus.embed.branding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Branding precedence: query params > link override > tenant > default, field by field (seeds 001 and 003). */
class BrandingResolverTest {

  private final BrandingResolver resolver = new BrandingResolver(BrandingRules.PRODUCTION);

  private static Branding layer(String primaryColor) {
    return primaryColor == null ? null : Branding.builder().set(BrandingField.PRIMARY_COLOR, primaryColor).build();
  }

  /** Every combination of the three optional layers, each setting its own colour. */
  static Stream<Arguments> everyLayerCombination() {
    List<Arguments> cases = new ArrayList<>();
    for (int mask = 0; mask < 8; mask++) {
      String query = (mask & 4) != 0 ? "#111111" : null;
      String link = (mask & 2) != 0 ? "#222222" : null;
      String tenant = (mask & 1) != 0 ? "#333333" : null;
      String expected = query != null ? query : link != null ? link : tenant != null ? tenant : "#128c7e";
      cases.add(Arguments.of(query, link, tenant, expected));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "query={0} link={1} tenant={2} -> {3}")
  @MethodSource("everyLayerCombination")
  void resolve_everyLayerCombination_highestLayerWins(String query, String link, String tenant, String expected) {
    Branding resolved = resolver.resolve(layer(query), layer(link), layer(tenant));

    assertThat(resolved.primaryColor()).isEqualTo(expected);
  }

  @Test
  void resolve_isFieldByField() {
    Branding query = Branding.fromMap(Map.of("title", "From the URL"));
    Branding link = Branding.fromMap(Map.of("primaryColor", "#ABCDEF", "title", "From the link"));
    Branding tenant = Branding.fromMap(Map.of("logoUrl", "https://cdn.acme.com/logo.png", "textColor", "#000"));

    Branding resolved = resolver.resolve(query, link, tenant);

    assertThat(resolved.title()).isEqualTo("From the URL");
    assertThat(resolved.primaryColor()).isEqualTo("#abcdef");
    assertThat(resolved.logoUrl()).isEqualTo("https://cdn.acme.com/logo.png");
    assertThat(resolved.textColor()).isEqualTo("#000");
    assertThat(resolved.backgroundColor()).isEqualTo("#ffffff");
    assertThat(resolved.subtitle()).isNull();
  }

  @Test
  void resolve_invalidQueryValue_isIgnoredAndTheNextLayerShows() {
    Branding query = Branding.fromMap(Map.of("primaryColor", "red;background:url(x)", "logoUrl",
        "javascript:alert(1)", "title", "  "));
    Branding link = Branding.fromMap(Map.of("primaryColor", "#222", "title", "Link title"));

    Branding resolved = resolver.resolve(query, link, null);

    assertThat(resolved.primaryColor()).isEqualTo("#222");
    assertThat(resolved.logoUrl()).isNull();
    assertThat(resolved.title()).isEqualTo("Link title");
  }

  @Test
  void resolve_allLayersAbsent_givesTheDefault() {
    assertThat(resolver.resolve(null, null, null)).isEqualTo(Branding.DEFAULT);
  }
}
