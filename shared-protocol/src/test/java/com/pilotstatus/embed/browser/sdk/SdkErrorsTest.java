package com.pilotstatus.embed.browser.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.protocol.EmbedErrorCode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SDK's string codes are exactly {@link EmbedErrorCode}'s names: the codes are API, on both sides. */
class SdkErrorsTest {

  private static final List<String> ENUM_NAMES = Arrays.stream(EmbedErrorCode.values()).map(Enum::name).toList();

  @Test
  void sdk_code_constants_are_the_names_of_EmbedErrorCode() throws IllegalAccessException {
    List<String> constants = new java.util.ArrayList<>();
    for (Field field : SdkErrors.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        assertThat(field.get(null)).as(field.getName()).isEqualTo(field.getName());
        constants.add(field.getName());
      }
    }
    assertThat(constants).containsExactlyInAnyOrderElementsOf(ENUM_NAMES);
  }

  @Test
  void isKnown_accepts_every_code_and_nothing_else() {
    assertThat(ENUM_NAMES).allMatch(SdkErrors::isKnown);
    assertThat(SdkErrors.isKnown("handshake_timeout")).isFalse();
    assertThat(SdkErrors.isKnown("")).isFalse();
    assertThat(SdkErrors.isKnown(null)).isFalse();
  }
}
