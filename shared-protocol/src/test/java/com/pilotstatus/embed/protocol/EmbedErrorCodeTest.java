package com.pilotstatus.embed.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The error codes: each constant is its own name, {@link EmbedErrorCode#all} lists them all, {@code isKnown} agrees. */
class EmbedErrorCodeTest {

  @Test
  void constants_areTheirOwnNames_andAllListsEveryOne() throws IllegalAccessException {
    List<String> constants = new ArrayList<>();
    for (Field field : EmbedErrorCode.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        assertThat(field.get(null)).as(field.getName()).isEqualTo(field.getName());
        constants.add(field.getName());
      }
    }
    assertThat(EmbedErrorCode.all()).containsExactlyInAnyOrderElementsOf(constants);
  }

  @Test
  void isKnown_everyCode_andNothingElse() {
    assertThat(EmbedErrorCode.all()).allMatch(EmbedErrorCode::isKnown);
    assertThat(EmbedErrorCode.isKnown("handshake_timeout")).isFalse();
    assertThat(EmbedErrorCode.isKnown("")).isFalse();
    assertThat(EmbedErrorCode.isKnown(null)).isFalse();
  }
}
