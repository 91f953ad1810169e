package com.pilotstatus.embed.kit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one rule, for every type: absent or blank → default, invalid → an error naming the variable. */
class EnvTest {

  enum Color { RED, GREEN }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "\t"})
  void blank_means_the_default_for_every_type(String blank) {
    Env env = Env.of(Map.of("K", blank));
    assertThat(env.port("K", 8080)).isEqualTo(8080);
    assertThat(env.bool("K", true)).isTrue();
    assertThat(env.string("K", "d")).isEqualTo("d");
    assertThat(env.seconds("K", Duration.ofSeconds(3), Duration.ZERO)).hasSeconds(3);
    assertThat(env.httpUrl("K", "http://localhost:8080")).isEqualTo(URI.create("http://localhost:8080"));
    assertThat(env.oneOf("K", Color.class, Color.RED)).isEqualTo(Color.RED);
    assertThat(env.list("K", List.of("a"))).containsExactly("a");
  }

  @Test
  void absent_means_the_default() {
    assertThat(Env.of(Map.of()).integer("K", 7, 1, 9)).isEqualTo(7);
  }

  @Test
  void values_are_trimmed_and_typed() {
    Env env = Env.of(Map.of("P", " 9100 ", "B", "1", "U", "https://api.example.com/", "L", "a, b c",
        "E", "green", "M", "250"));
    assertThat(env.port("P", 0)).isEqualTo(9100);
    assertThat(env.bool("B", false)).isTrue();
    assertThat(env.httpUrl("U", "http://x")).isEqualTo(URI.create("https://api.example.com"));
    assertThat(env.list("L", List.of())).containsExactly("a", "b", "c");
    assertThat(env.oneOf("E", Color.class, Color.RED)).isEqualTo(Color.GREEN);
    assertThat(env.millis("M", Duration.ZERO, Duration.ofMillis(100))).hasMillis(250);
  }

  @Test
  void port_outOfRange_namesTheVariableAndTheRange() {
    assertThatThrownBy(() -> Env.of(Map.of("PS_X_PORT", "70000")).port("PS_X_PORT", 1))
        .isInstanceOf(InvalidSetting.class)
        .hasMessage("PS_X_PORT must be a whole number from 0 to 65535, was \"70000\"");
  }

  @Test
  void bool_typo_isRefused_notFalse() {
    assertThatThrownBy(() -> Env.of(Map.of("PS_FLAG", "yes")).bool("PS_FLAG", false))
        .hasMessage("PS_FLAG must be true or false, was \"yes\"");
  }

  @Test
  void url_withoutScheme_isRefused() {
    assertThatThrownBy(() -> Env.of(Map.of("PS_PLATFORM_URL", "localhost:8080")).httpUrl("PS_PLATFORM_URL",
        "http://localhost:8080")).hasMessageStartingWith("PS_PLATFORM_URL must be an absolute http(s) URL");
  }

  @Test
  void enum_unknown_listsTheChoices() {
    assertThatThrownBy(() -> Env.of(Map.of("PS_LOG_FORMAT", "xml")).oneOf("PS_LOG_FORMAT", Color.class, Color.RED))
        .hasMessage("PS_LOG_FORMAT must be red or green, was \"xml\"");
  }

  @Test
  void duration_belowMinimum_isRefused() {
    assertThatThrownBy(() -> Env.of(Map.of("PS_T_MS", "5")).millis("PS_T_MS", Duration.ZERO, Duration.ofMillis(100)))
        .hasMessage("PS_T_MS must be a whole number of milliseconds, at least 100, was \"5\"");
  }

  @Test
  void secret_neverPrintsItsValue() {
    Env.Secret secret = Env.of(Map.of("PS_KEY", "ps_live_123")).secret("PS_KEY", "");
    assertThat(secret.value()).isEqualTo("ps_live_123");
    assertThat(secret.toString()).doesNotContain("ps_live_123");
  }

  @Test
  void keysRead_listsWhatWasAskedFor_evenWhenAbsent() {
    Env env = Env.of(Map.of("PS_A", "1"));
    env.port("PS_A", 0);
    env.bool("PS_B", false);
    assertThat(env.keysRead()).containsExactlyInAnyOrder("PS_A", "PS_B");
  }

  @Test
  void kitSettings_defaults_and_invalidLogFormat() {
    assertThat(KitSettings.defaults().shutdownGrace()).hasSeconds(10);
    assertThat(KitSettings.defaults().managementPort()).isEmpty();
    assertThatThrownBy(() -> KitSettings.fromEnv(Env.of(Map.of("PS_LOG_FORMAT", "yaml"))))
        .hasMessage("PS_LOG_FORMAT must be text or json, was \"yaml\"");
  }
}
