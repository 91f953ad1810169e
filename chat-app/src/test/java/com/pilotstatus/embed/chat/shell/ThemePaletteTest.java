package com.pilotstatus.embed.chat.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.branding.Contrast;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text / background pairs of chat.css's two themes, read from the stylesheet the server ships and computed with
 * WCAG's formula: every pair that carries text reaches AA (4.5:1). Regression for issue 18: the dark theme's unread
 * timestamp was the accent #00a884 on the hover row #2a3942, 3.93:1.
 */
class ThemePaletteTest {

  /** foreground variable, background variable: the pairs the stylesheet puts text on. */
  private static final List<String[]> TEXT_PAIRS = List.of(
      new String[] {"--text", "--bg"}, new String[] {"--text", "--surface"}, new String[] {"--text", "--hover"},
      new String[] {"--text", "--active"}, new String[] {"--text", "--bubble-in"},
      new String[] {"--muted", "--bg"}, new String[] {"--muted", "--surface"}, new String[] {"--muted", "--hover"},
      new String[] {"--muted", "--active"}, new String[] {"--muted", "--bubble-in"},
      new String[] {"--accent-text", "--bg"}, new String[] {"--accent-text", "--surface"},
      new String[] {"--accent-text", "--hover"}, new String[] {"--accent-text", "--active"},
      new String[] {"--accent-text", "--log-bg"}, new String[] {"--on-accent", "--accent"},
      new String[] {"--bg", "--danger"},
      // Quoted replies: the quote's text and the agent's and the contact's name, in either bubble and the preview.
      new String[] {"--muted", "--quote-in-bg"}, new String[] {"--muted", "--quote-out-bg"},
      new String[] {"--accent-text", "--quote-in-bg"}, new String[] {"--accent-text", "--quote-out-bg"},
      new String[] {"--quote-contact", "--quote-in-bg"}, new String[] {"--quote-contact", "--quote-out-bg"},
      new String[] {"--quote-contact", "--bg"});

  private static Map<String, String> palette(String theme) throws IOException {
    String css;
    try (InputStream in = ThemePaletteTest.class.getResourceAsStream("/chat/chat.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String selector = theme.equals("light") ? ":root, [data-theme=\"light\"] {" : "[data-theme=\"dark\"] {";
    int start = css.indexOf(selector);
    String block = css.substring(start, css.indexOf('}', start));
    Map<String, String> vars = new HashMap<>();
    Matcher m = Pattern.compile("(--[a-z-]+):\\s*(#[0-9a-fA-F]{3,6})\\b").matcher(block);
    while (m.find()) {
      vars.put(m.group(1), m.group(2));
    }
    return vars;
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void every_text_pair_of_the_theme_reaches_AA(String theme) throws IOException {
    Map<String, String> vars = palette(theme);
    for (String[] pair : TEXT_PAIRS) {
      assertThat(vars).as(theme + " defines " + pair[0] + " and " + pair[1]).containsKeys(pair[0], pair[1]);
      double ratio = Contrast.ratio(vars.get(pair[0]), vars.get(pair[1]));
      assertThat(ratio).as(theme + ": " + pair[0] + " " + vars.get(pair[0]) + " on " + pair[1] + " "
          + vars.get(pair[1])).isGreaterThanOrEqualTo(Contrast.AA_TEXT);
    }
  }
}
