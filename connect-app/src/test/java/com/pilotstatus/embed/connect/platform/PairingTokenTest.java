package com.pilotstatus.embed.connect.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PairingTokenTest {

  @Test
  void parse_uuid_isAToken() {
    assertThat(PairingToken.parse("2f0c2b8e-1111-4222-8333-944455556666")).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "short", "../../v1/numbers", "a/b/c/d/e/f", "2f0c2b8e%2F1111", "tok en-12345",
      "0123456789012345678901234567890123456789012345678901234567890123456789"})
  void parse_anythingThatCouldChangeThePlatformPath_isNull(String raw) {
    assertThat(PairingToken.parse(raw)).isNull();
  }

  @Test
  void toString_showsOnlyAPrefix() {
    assertThat(new PairingToken("2f0c2b8e-1111-4222-8333-944455556666").toString()).doesNotContain("1111");
  }
}
