package com.pilotstatus.embed.browser.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.protocol.EmbedErrorCode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The SDK's string codes are exactly {@link EmbedErrorCode}'s names: the codes are API, on both sides. */
class ErrorCodesTest {

  @Test
  void sdk_codes_are_the_names_of_EmbedErrorCode_in_order() {
    assertThat(ErrorCodes.ALL).containsExactly(
        Arrays.stream(EmbedErrorCode.values()).map(Enum::name).toArray(String[]::new));
  }

  @Test
  void isKnown_accepts_every_code_and_nothing_else() {
    assertThat(Arrays.stream(EmbedErrorCode.values()).map(Enum::name)).allMatch(ErrorCodes::isKnown);
    assertThat(ErrorCodes.isKnown("handshake_timeout")).isFalse();
    assertThat(ErrorCodes.isKnown(null)).isFalse();
  }
}
