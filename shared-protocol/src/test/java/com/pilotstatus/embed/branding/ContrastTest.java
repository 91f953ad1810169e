package com.pilotstatus.embed.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** WCAG relative luminance and contrast ratio, checked against published reference values. */
class ContrastTest {

  @Test
  void ratio_blackOnWhite_is21() {
    assertThat(Contrast.ratio("#000000", "#ffffff")).isCloseTo(21.0, within(1e-9));
  }

  @Test
  void ratio_sameColour_is1() {
    assertThat(Contrast.ratio("#128c7e", "#128c7e")).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void ratio_isSymmetric() {
    assertThat(Contrast.ratio("#00a884", "#2a3942")).isEqualTo(Contrast.ratio("#2a3942", "#00a884"));
  }

  @Test
  void ratio_issue18Figures() {
    assertThat(Contrast.ratio("#ffffff", "#128c7e")).isCloseTo(4.13, within(0.01));
    assertThat(Contrast.ratio("#111111", "#128c7e")).isCloseTo(4.57, within(0.01));
    assertThat(Contrast.ratio("#00a884", "#2a3942")).isCloseTo(3.93, within(0.01));
  }

  @Test
  void ratio_shortForm_equalsLongForm() {
    assertThat(Contrast.ratio("#f60", "#fff")).isEqualTo(Contrast.ratio("#ff6600", "#ffffff"));
  }

  @Test
  void luminance_greyMidpoint() {
    assertThat(Contrast.luminance("#777777")).isCloseTo(0.1845, within(0.0005));
  }

  @Test
  void bestOn_picksTheHigherRatio() {
    assertThat(Contrast.bestOn("#128c7e", "#ffffff", "#111111")).isEqualTo("#111111");
    assertThat(Contrast.bestOn("#0b57d0", "#ffffff", "#111111")).isEqualTo("#ffffff");
  }

  @Test
  void ratio_malformedColour_throws() {
    assertThatThrownBy(() -> Contrast.ratio("red", "#fff")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("#rgb or #rrggbb");
    assertThatThrownBy(() -> Contrast.ratio("#12345g", "#fff")).isInstanceOf(IllegalArgumentException.class);
  }
}
