package com.pilotstatus.embed.appearance;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.protocol.Envelope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The grammar of each appearance variable: what a host may set, and that nothing that passes can leave a CSS
 * declaration (the attacker's table at the end). The SDK's JavaScript copy of these rules is checked against the same
 * cases in a browser ({@code browser}'s {@code AppearanceOptionIT}).
 */
class AppearanceTest {

  // ---- names -------------------------------------------------------------------------------------------------

  @Test
  void name_andIndexOf_numberTheVariablesInOneOrder() {
    for (int i = 0; i < Appearance.COUNT; i++) {
      assertThat(Appearance.indexOf(Appearance.name(i))).isEqualTo(i);
    }
    assertThat(Appearance.indexOf("colorPrimry")).isEqualTo(-1);
    assertThat(Appearance.name(Appearance.COUNT)).isNull();
  }

  @Test
  void protocol_carriesTheEncodedVariables_inInitAndSetAppearance() {
    String encoded = "&colorPrimary=%23635bff&fontFamily=Inter%2C%20sans-serif";
    assertThat(Envelope.init("t", null, null, encoded).string(Appearance.FIELD))
        .isEqualTo(encoded);
    assertThat(Envelope.setAppearance(encoded).string(Appearance.FIELD))
        .isEqualTo(encoded);
    assertThat(Envelope.setAppearance("x".repeat(Appearance.MAX_ENCODED + 1)))
        .as("longer than the field carries").isNull();
  }

  // ---- accepted ----------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "colorPrimary    | #0A7          | #0a7",
      "colorPrimary    | #635BFF       | #635bff",
      "colorBackground | #ffffff       | #ffffff",
      "colorText       | #111          | #111",
      "colorDanger     | #b3261e       | #b3261e",
      "fontFamily      | Inter         | Inter",
      "fontFamily      | Inter, system-ui, sans-serif | 'Inter, system-ui, sans-serif'",
      "fontFamily      | Segoe UI,Roboto_Flex,Noto Sans 2 | 'Segoe UI,Roboto_Flex,Noto Sans 2'",
      "fontSizeBase    | 10px          | 10px",
      "fontSizeBase    | 24px          | 24px",
      "fontSizeBase    | 0.875rem      | 0.875rem",
      "fontSizeBase    | 1.5rem        | 1.5rem",
      "borderRadius    | 0px           | 0px",
      "borderRadius    | 32px          | 32px",
      "borderRadius    | 2rem          | 2rem",
      "borderRadius    | 12.5px        | 12.5px",
      "spacingUnit     | 2px           | 2px",
      "spacingUnit     | 0.25rem       | 0.25rem",
      "spacingUnit     | 16px          | 16px"})
  void normalize_validValue_isKept(String name, String raw, String css) {
    assertThat(Appearance.normalize(name, raw)).isEqualTo(css);
  }

  // ---- refused -----------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "colorPrimary    | red",
      "colorPrimary    | #12345",
      "colorPrimary    | #ggg",
      "colorPrimary    | rgb(0,0,0)",
      "colorPrimary    | '#fff '",
      "fontSizeBase    | 9px",
      "fontSizeBase    | 25px",
      "fontSizeBase    | 1.6rem",
      "fontSizeBase    | 14",
      "fontSizeBase    | 14PX",
      "fontSizeBase    | 14em",
      "fontSizeBase    | .5rem",
      "fontSizeBase    | 14.px",
      "fontSizeBase    | 1.0001rem",
      "fontSizeBase    | -14px",
      "fontSizeBase    | 1e1px",
      "borderRadius    | 33px",
      "borderRadius    | 2.1rem",
      "spacingUnit     | 1px",
      "spacingUnit     | 17px",
      "spacingUnit     | 0000px",
      "fontFamily      | 2Inter",
      "fontFamily      | -apple-system",
      "fontFamily      | Inter,,Arial",
      "fontFamily      | Inter,",
      "fontFamily      | ,Inter",
      "fontFamily      | ' '"})
  void normalize_invalidValue_isRefused(String name, String raw) {
    assertThat(Appearance.normalize(name, raw)).isNull();
  }

  @Test
  void normalize_unknownVariable_orNull_isRefused() {
    assertThat(Appearance.normalize("colorPrimry", "#fff")).isNull();
    assertThat(Appearance.normalize(null, "#fff")).isNull();
    assertThat(Appearance.normalize(Appearance.COLOR_PRIMARY, null)).isNull();
    assertThat(Appearance.normalize(Appearance.FONT_FAMILY, "a".repeat(Appearance.MAX_FONT_FAMILY + 1))).isNull();
    assertThat(Appearance.normalize(Appearance.FONT_FAMILY, "a".repeat(Appearance.MAX_FONT_FAMILY))).isNotNull();
  }

  /** What an attacker posts (or puts in a query) to leave the declaration: every variable refuses all of it. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "red;}body{display:none", "#fff;}body{display:none", "#fff}", "#fff;", "url(javascript:alert(1))",
      "Inter;}body{display:none", "Inter}", "Inter\"; x", "'Inter'", "\"Inter\"", "Inter\\3b", "Inter/**/",
      "expression(alert(1))", "Inter)", "Inter:", "var(--x)", "calc(1px)", "12px;}*{color:red", "12px!important",
      "Inter</style><script>alert(1)</script>", "Inter\n}", "Inter\u0000", "1px\t", "@import url(x)", "Inter<",
      "Inter>", "Inter & Co", "ｉnter"})
  void normalize_cssInjectionAttempt_isRefusedByEveryVariable(String hostile) {
    for (int i = 0; i < Appearance.COUNT; i++) {
      assertThat(Appearance.normalize(i, hostile)).as(Appearance.name(i) + " = " + hostile).isNull();
    }
  }
}
