package com.pilotstatus.embed.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThemeTest {

  @Test
  void resolve_knownCodes() {
    assertThat(Theme.resolve("dark")).isEqualTo(Theme.DARK);
    assertThat(Theme.resolve("light")).isEqualTo(Theme.LIGHT);
  }

  @Test
  void resolve_unknownOrMissing_isLight() {
    assertThat(Theme.resolve("DARK")).isEqualTo(Theme.LIGHT);
    assertThat(Theme.resolve(null)).isEqualTo(Theme.LIGHT);
    assertThat(Theme.parse("blue")).isNull();
  }
}
