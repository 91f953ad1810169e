package com.pilotstatus.embed.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmbedLocaleTest {

  @ParameterizedTest
  @CsvSource(value = {"en,EN", "pt,PT", "pt-BR,PT", "PT_br,PT", "es,ES", "es-MX,ES", "fr,EN", "'',EN", "NULL,EN",
      "english,EN", "ptx,EN"}, nullValues = "NULL")
  void resolve_unknownFallsBackToEnglish(String tag, EmbedLocale expected) {
    assertThat(EmbedLocale.resolve(tag)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "pt-BR,pt;q=0.9,en;q=0.8 | PT",
      "fr-FR,fr;q=0.9,es;q=0.8,en;q=0.7 | ES",
      "en;q=0.5, pt;q=0.6 | PT",
      "de | EN",
      "es;q=0, en;q=0.1 | EN",
      "*;q=0.5 | EN",
      "garbage;;;q=x | EN"})
  void fromAcceptLanguage_picksTheBestSupported(String header, EmbedLocale expected) {
    assertThat(EmbedLocale.fromAcceptLanguage(header)).isEqualTo(expected);
  }
}
