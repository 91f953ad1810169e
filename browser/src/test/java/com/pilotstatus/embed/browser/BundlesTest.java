package com.pilotstatus.embed.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.testing.Bundles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the build did to the shipped bundles, beyond compiling them (see README "Bundles and size"). */
class BundlesTest {

  @ParameterizedTest
  @ValueSource(strings = {"embed.js", "chat-runtime.js", "connect-runtime.js"})
  void bundle_carriesThePlainObjectToString_notTeaVMsHexFormatting(String name) {
    // TeaVM's own Object.toString() builds "<java_object>@" + hex: the teavm-tuning transformer replaced it.
    assertThat(Bundles.read(name)).contains("\"<java_object>\"").doesNotContain("<java_object>@");
  }
}
