package com.pilotstatus.embed.browser.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.protocol.EmbedErrorCode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The SDK's string codes are exactly {@link EmbedErrorCode}'s names: the codes are API, on both sides. */
class SdkErrorsTest {

  @Test
  void sdk_codes_are_the_names_of_EmbedErrorCode_in_order() {
    assertThat(SdkErrors.ALL).containsExactly(
        Arrays.stream(EmbedErrorCode.values()).map(Enum::name).toArray(String[]::new));
  }

  @Test
  void isKnown_accepts_every_code_and_nothing_else() {
    assertThat(Arrays.stream(EmbedErrorCode.values()).map(Enum::name)).allMatch(SdkErrors::isKnown);
    assertThat(SdkErrors.isKnown("handshake_timeout")).isFalse();
    assertThat(SdkErrors.isKnown(null)).isFalse();
  }
}
