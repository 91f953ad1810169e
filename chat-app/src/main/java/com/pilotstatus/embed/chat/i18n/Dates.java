package com.pilotstatus.embed.chat.i18n;

import com.pilotstatus.embed.i18n.EmbedLocale;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates and times the way each locale writes them, in the viewer's time zone (the runtime sends the browser's
 * {@code Intl} zone; an unknown zone falls back to UTC).
 */
public final class Dates {

  private final Texts texts;
  private final Locale locale;
  private final ZoneId zone;
  private final Clock clock;
  private final DateTimeFormatter time;
  private final DateTimeFormatter shortDate;
  private final DateTimeFormatter longDate;
  private final DateTimeFormatter moment;

  public Dates(Texts texts, ZoneId zone, Clock clock) {
    this.texts = texts;
    this.locale = Locale.forLanguageTag(texts.locale().languageTag());
    this.zone = zone;
    this.clock = clock;
    this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
    this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    this.moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
  }

  /** The viewer's time zone. */
  public ZoneId zone() {
    return zone;
  }

  /** The zone named by {@code id} ({@code America/Sao_Paulo}), or UTC when missing or unknown. */
  public static ZoneId zone(String id) {
    if (id == null || id.isEmpty() || id.length() > 64) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  /** A message's time of day: {@code 6:20 PM}, {@code 18:20}. */
  public String time(Instant instant) {
    return instant == null ? "" : time.format(instant.atZone(zone));
  }

  /** A moment in a sentence: "today at 6:20 PM", "yesterday at 18:20", else the medium date and short time. */
  public String moment(Instant instant) {
    ZonedDateTime at = instant.atZone(zone);
    LocalDate day = at.toLocalDate();
    if (day.equals(today()) || day.equals(today().minusDays(1))) {
      String which = texts.get(day.equals(today()) ? "today" : "yesterday").toLowerCase(locale);
      return texts.format("moment.dayAt", which, time.format(at));
    }
    return moment.format(at);
  }

  /** A list item's stamp: the time today, "Yesterday", the weekday within a week, else a short date. */
  public String stamp(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime at = instant.atZone(zone);
    LocalDate today = today();
    LocalDate day = at.toLocalDate();
    if (day.equals(today)) {
      return time.format(at);
    }
    if (day.equals(today.minusDays(1))) {
      return texts.get("yesterday");
    }
    if (day.isAfter(today.minusDays(7)) && !day.isAfter(today)) {
      return capitalize(day.getDayOfWeek().getDisplayName(TextStyle.FULL, locale));
    }
    return shortDate.format(day);
  }

  /** The day separator's label: "Today", "Yesterday" or the long date. */
  public String day(LocalDate day) {
    LocalDate today = today();
    if (day.equals(today)) {
      return texts.get("today");
    }
    if (day.equals(today.minusDays(1))) {
      return texts.get("yesterday");
    }
    return longDate.format(day);
  }

  /** The viewer's calendar day of {@code instant}. */
  public LocalDate dayOf(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  /** The viewer's calendar day now: what the relative stamps ("Yesterday", a weekday) are relative to. */
  public LocalDate today() { // asked at each use: a live stream's Dates outlives midnight
    return LocalDate.now(clock.withZone(zone));
  }

  private String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
  }
}
