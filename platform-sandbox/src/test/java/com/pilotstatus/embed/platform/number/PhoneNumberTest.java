package com.pilotstatus.embed.platform.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pilotstatus.embed.platform.error.ApiError;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

  @Test
  void parse_accepts_E164_with_or_without_plus() {
    assertThat(PhoneNumber.parse("number", "+5511999999999")).isEqualTo("5511999999999");
    assertThat(PhoneNumber.parse("number", "5511999999999")).isEqualTo("5511999999999");
  }

  @Test
  void parse_refuses_formatting_leading_zero_and_length() {
    for (String bad : new String[] {"+55 11 99999-9999", "+05511999999", "+1234567", "+1234567890123456", "+"}) {
      assertThatThrownBy(() -> PhoneNumber.parse("number", bad)).as(bad).isInstanceOf(ApiError.class)
          .extracting(e -> ((ApiError) e).field()).isEqualTo("number");
    }
  }

  @Test
  void mask_matches_seed_003() {
    assertThat(PhoneNumber.mask("5511999999999")).isEqualTo("+551199****9999");
    assertThat(PhoneNumber.mask("12025550123")).isEqualTo("+120255****0123");
  }
}
