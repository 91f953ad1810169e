package com.pilotstatus.embed.connect.branding;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.branding.Branding;
import com.pilotstatus.embed.branding.BrandingField;
import com.pilotstatus.embed.branding.BrandingRules;
import com.pilotstatus.embed.theme.Theme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The host's appearance variables as connect-app reads them from the query (issue 17). */
class HostAppearanceTest {

  private static Map<String, List<String>> query(String... pairs) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], List.of(pairs[i + 1]));
    }
    return out;
  }

  @Test
  void fromQuery_validVariables_becomeDeclarations_andBrandingColours() {
    HostAppearance appearance = HostAppearance.fromQuery(query("colorPrimary", "#635BFF", "colorDanger", "#b00020",
        "fontFamily", "Inter, sans-serif", "fontSizeBase", "15px", "borderRadius", "0.25rem", "spacingUnit", "6px"));

    assertThat(appearance.brandingColor(BrandingField.PRIMARY_COLOR)).isEqualTo("#635bff");
    assertThat(appearance.declarations()).containsExactly(
        new HostAppearance.Declaration("--ps-danger", "#b00020"),
        new HostAppearance.Declaration("--ps-font", "Inter, sans-serif"),
        new HostAppearance.Declaration("--ps-font-size", "15px"),
        new HostAppearance.Declaration("--ps-radius", "0.25rem"),
        new HostAppearance.Declaration("--ps-space", "6px"));
  }

  @Test
  void fromQuery_cssInjectionAttempts_areIgnored() {
    HostAppearance appearance = HostAppearance.fromQuery(query("colorPrimary", "red;}body{display:none",
        "colorDanger", "#fff;}", "fontFamily", "Inter;}body{background:url(javascript:alert(1))}",
        "fontSizeBase", "100px", "borderRadius", "url(javascript:alert(1))", "spacingUnit", "4px;x:y"));

    assertThat(appearance.declarations()).isEmpty();
    assertThat(appearance.brandingColor(BrandingField.PRIMARY_COLOR)).isNull();
  }

  @Test
  void appearanceColours_overTheBrandingQuery_overTheLink_withReadableText() {
    HostAppearance appearance = HostAppearance.fromQuery(query("colorPrimary", "#ffd60a", "colorText", "#222"));
    Branding link = Branding.builder()
        .set(BrandingField.PRIMARY_COLOR, "#123456").set(BrandingField.TEXT_COLOR, "#333333")
        .set(BrandingField.BACKGROUND_COLOR, "#fefefe").build();

    BrandingStyle style = BrandingStyle.resolve(BrandingRules.SANDBOX, Theme.LIGHT,
        BrandingStyle.fromQuery(query("primaryColor", "#abcdef"), appearance), link);

    assertThat(style.primaryColor()).isEqualTo("#ffd60a");
    assertThat(style.onPrimaryColor()).isEqualTo("#111111");
    assertThat(style.textColor()).isEqualTo("#222");
    assertThat(style.backgroundColor()).as("not set by the host: the link's").isEqualTo("#fefefe");
  }
}
