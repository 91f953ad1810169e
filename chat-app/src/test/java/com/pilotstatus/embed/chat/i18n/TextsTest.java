package com.pilotstatus.embed.chat.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.i18n.EmbedLocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The app's one message source is complete: every key a template or a view asks for ({@code t().get("…")},
 * {@code texts.format("…")}) exists in English, Portuguese and Spanish, with a non-blank text, and the three
 * locales define the same keys. Keys built at run time ({@code "status." + status}, {@code "error." + code}) are
 * checked by the same key-set equality.
 */
class TextsTest {

  private static final Pattern USED = Pattern.compile("\\bt(?:exts)?(?:\\(\\))?\\.(?:get|format)\\(\"([a-zA-Z][a-zA-Z0-9_.]*)\"");

  @Test
  void every_locale_defines_the_same_keys() {
    Set<String> english = Texts.keys(EmbedLocale.EN);
    for (EmbedLocale locale : EmbedLocale.values()) {
      assertThat(Texts.keys(locale)).as(locale.code()).containsExactlyInAnyOrderElementsOf(english);
    }
  }

  @Test
  void every_key_the_templates_and_views_use_exists_in_every_locale() throws IOException {
    Set<String> used = usedKeys();

    assertThat(used).contains("window.closedTitle", "templates.open", "templates.send", "templates.required",
        "reply.to", "reply.cancel", "quote.goTo");
    for (EmbedLocale locale : EmbedLocale.values()) {
      assertThat(Texts.keys(locale)).as("keys used but missing in " + locale.code()).containsAll(used);
      for (String key : used) {
        assertThat(Texts.of(locale).get(key)).as(locale.code() + " " + key).isNotBlank();
      }
    }
  }

  @Test
  void window_and_template_texts_are_translated_not_copied() {
    for (String key : Texts.keys(EmbedLocale.EN)) {
      if (key.startsWith("window.") || key.startsWith("templates.") && !key.equals("templates.variable")) {
        assertThat(Texts.of(EmbedLocale.PT).get(key)).as("pt " + key).isNotEqualTo(Texts.of(EmbedLocale.EN).get(key));
        assertThat(Texts.of(EmbedLocale.ES).get(key)).as("es " + key).isNotEqualTo(Texts.of(EmbedLocale.EN).get(key));
      }
    }
  }

  @Test
  void reply_and_quote_texts_are_translated_not_copied() {
    for (String key : Texts.keys(EmbedLocale.EN)) {
      if (key.startsWith("reply") || key.startsWith("quote.")) {
        assertThat(Texts.of(EmbedLocale.PT).get(key)).as("pt " + key).isNotEqualTo(Texts.of(EmbedLocale.EN).get(key));
        assertThat(Texts.of(EmbedLocale.ES).get(key)).as("es " + key).isNotEqualTo(Texts.of(EmbedLocale.EN).get(key));
      }
    }
  }

  /** Issue 18's other strings (quick replies, notes, reactions, status, search, offline, unread, failed sends). */
  @Test
  void inbox_essentials_texts_are_translated_not_copied() {
    List<String> prefixes = List.of("quickReplies", "note.", "reaction.", "react", "statusFilter.", "hits", "offline",
        "discard", "unreadDivider.", "jumpToLatest", "loadNewer", "status.queued", "status.failed", "retry");
    for (String key : Texts.keys(EmbedLocale.EN)) {
      if (prefixes.stream().anyMatch(key::startsWith)) {
        assertThat(Texts.of(EmbedLocale.PT).get(key)).as("pt " + key).isNotEqualTo(Texts.of(EmbedLocale.EN).get(key));
        assertThat(Texts.of(EmbedLocale.ES).get(key)).as("es " + key).isNotEqualTo(Texts.of(EmbedLocale.EN).get(key));
      }
    }
  }

  @Test
  void format_fills_the_positional_arguments() {
    assertThat(Texts.of(EmbedLocale.EN).format("templates.tooLong", "256")).isEqualTo("Use at most 256 characters.");
  }

  private static Set<String> usedKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Path root : new Path[] {Path.of("src/main/jte"), Path.of("src/main/java")}) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Matcher m = USED.matcher(Files.readString(file));
          while (m.find()) {
            keys.add(m.group(1));
          }
        }
      }
    }
    keys.removeIf(k -> k.endsWith(".")); // a prefix completed at run time ("status." + status)
    return keys;
  }
}
