package com.pilotstatus.embed.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnvFlagTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({"true, true", "TRUE, true", "' True ', true", "1, true", "false, false", "False, false", "0, false"})
  void accepted_spellings(String raw, boolean expected) {
    assertThat(EnvFlag.read(Map.of("K", raw), "K", !expected)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" gives the fallback")
  @ValueSource(strings = {"", "   "})
  void blank_gives_the_fallback(String raw) {
    assertThat(EnvFlag.read(Map.of("K", raw), "K", true)).isTrue();
    assertThat(EnvFlag.read(Map.of("K", raw), "K", false)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void missing_gives_the_fallback() {
    assertThat(EnvFlag.read(Map.of(), "K", true)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"yes", "on", "tru", "2", "-1"})
  void anything_else_is_refused_naming_the_key(String raw) {
    assertThatThrownBy(() -> EnvFlag.read(Map.of("PS_X", raw), "PS_X", false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PS_X");
  }
}
