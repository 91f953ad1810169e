package com.pilotstatus.embed.chat.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.i18n.EmbedLocale;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DatesTest {

  private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T18:20:00Z"), ZoneOffset.UTC);
  private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

  private static Dates in(EmbedLocale locale, ZoneId zone) {
    return new Dates(Texts.of(locale), zone, NOW);
  }

  @Test
  void time_followsTheLocaleAndTheViewersZone() {
    Instant at = Instant.parse("2026-11-23T18:20:00Z");

    assertThat(in(EmbedLocale.PT, SAO_PAULO).time(at)).isEqualTo("15:20");
    assertThat(in(EmbedLocale.EN, ZoneOffset.UTC).time(at)).contains("6:20").contains("PM");
  }

  @Test
  void stamp_yesterday_isTheWordInEachLanguage() {
    Instant yesterday = Instant.parse("2026-11-22T12:00:00Z");

    assertThat(in(EmbedLocale.EN, ZoneOffset.UTC).stamp(yesterday)).isEqualTo("Yesterday");
    assertThat(in(EmbedLocale.PT, ZoneOffset.UTC).stamp(yesterday)).isEqualTo("Ontem");
    assertThat(in(EmbedLocale.ES, ZoneOffset.UTC).stamp(yesterday)).isEqualTo("Ayer");
  }

  @Test
  void stamp_withinAWeek_isTheWeekday() {
    assertThat(in(EmbedLocale.PT, ZoneOffset.UTC).stamp(Instant.parse("2026-11-19T12:00:00Z"))).isEqualTo("Quinta-feira");
  }

  @Test
  void day_older_isTheLongDate() {
    assertThat(in(EmbedLocale.PT, ZoneOffset.UTC).day(LocalDate.parse("2026-10-02"))).isEqualTo("2 de outubro de 2026");
  }

  @Test
  void zone_unknownOrMissing_isUtc() {
    assertThat(Dates.zone("Mars/Olympus")).isEqualTo(ZoneOffset.UTC);
    assertThat(Dates.zone(null)).isEqualTo(ZoneOffset.UTC);
    assertThat(Dates.zone("Europe/Madrid")).isEqualTo(ZoneId.of("Europe/Madrid"));
  }

  @Test
  void texts_everyLocale_hasEveryKey() {
    assertThat(Texts.keys(EmbedLocale.PT)).isEqualTo(Texts.keys(EmbedLocale.EN));
    assertThat(Texts.keys(EmbedLocale.ES)).isEqualTo(Texts.keys(EmbedLocale.EN));
  }
}
