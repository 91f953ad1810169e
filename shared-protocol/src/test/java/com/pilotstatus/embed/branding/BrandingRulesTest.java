package com.pilotstatus.embed.branding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BrandingRulesTest {

  @ParameterizedTest
  @CsvSource({"#abc,#abc", "#ABC,#abc", "#12Ab9F,#12ab9f", "#000000,#000000"})
  void color_hexForms_areNormalised(String raw, String expected) {
    assertThat(BrandingRules.PRODUCTION.normalize(BrandingField.PRIMARY_COLOR, raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"red", "#abcd", "#12345", "#1234567", "#ggg", "abc", "rgb(0,0,0)", "#fff;x:y", "#fff ",
      "", "#", "var(--x)", "#abc\"", "expression(alert(1))"})
  void color_anythingElse_isRefused(String raw) {
    assertThat(BrandingRules.PRODUCTION.normalize(BrandingField.PRIMARY_COLOR, raw)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
      "https://cdn.acme.com/logo.png,https://cdn.acme.com/logo.png",
      "HTTPS://CDN.ACME.COM:443/Logo.PNG?v=2,https://cdn.acme.com/Logo.PNG?v=2",
      "https://cdn.acme.com,https://cdn.acme.com"})
  void logo_httpsUrls_areAccepted(String raw, String expected) {
    assertThat(BrandingRules.PRODUCTION.normalize(BrandingField.LOGO_URL, raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "data:image/svg+xml,<svg onload=alert(1)>", "http://cdn.acme.com/l.png",
      "//cdn.acme.com/l.png", "/logo.png", "https://cdn.acme.com/a b.png", "https://cdn.acme.com/\"onerror=\"x",
      "https://user@cdn.acme.com/l.png", "https://cdn.acme.com/l.png'", "https://cdn.acme.com/<x>",
      "vbscript:msgbox", "https://", "http://localhost:8080/logo.png"})
  void logo_unsafeOrNonHttpsUrls_areRefusedInProduction(String raw) {
    assertThat(BrandingRules.PRODUCTION.normalize(BrandingField.LOGO_URL, raw)).isNull();
  }

  @Test
  void logo_localhostHttp_isAcceptedOnlyInTheSandbox() {
    String raw = "http://localhost:8090/logo.svg";

    assertThat(BrandingRules.SANDBOX.normalize(BrandingField.LOGO_URL, raw)).isEqualTo(raw);
    assertThat(BrandingRules.SANDBOX.normalize(BrandingField.LOGO_URL, "http://evil.com/logo.svg")).isNull();
  }

  @Test
  void text_isTrimmedAndBounded() {
    assertThat(BrandingRules.PRODUCTION.normalize(BrandingField.TITLE, "  Acme Inc  ")).isEqualTo("Acme Inc");
    assertThat(BrandingRules.PRODUCTION.normalize(BrandingField.TITLE, "x".repeat(80))).hasSize(80);
    assertThat(BrandingRules.PRODUCTION.normalize(BrandingField.TITLE, "x".repeat(81))).isNull();
    assertThat(BrandingRules.PRODUCTION.normalize(BrandingField.TITLE, "bad\u0000byte")).isNull();
  }

  @Test
  void text_htmlIsKeptForTheTemplateToEscape() {
    assertThat(BrandingRules.PRODUCTION.normalize(BrandingField.TITLE, "<b>Acme</b>")).isEqualTo("<b>Acme</b>");
  }

  @Test
  void violations_nameEveryBadField() {
    Branding layer = Branding.fromMap(Map.of("primaryColor", "blue", "logoUrl", "http://x.com/a.png", "title", "ok"));

    assertThat(BrandingRules.PRODUCTION.violations(layer)).containsExactly(
        "logoUrl must be an https:// URL of at most 2048 characters",
        "primaryColor must be a colour in #rgb or #rrggbb form");
  }

  @Test
  void sanitize_dropsOnlyTheBadValues() {
    Branding layer = Branding.fromMap(Map.of("primaryColor", "blue", "textColor", "#FFF"));

    assertThat(BrandingRules.PRODUCTION.sanitize(layer).toMap()).isEqualTo(Map.of("textColor", "#fff"));
  }
}
