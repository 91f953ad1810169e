package com.pilotstatus.embed.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.browser.sdk.SdkVersion;
import com.pilotstatus.embed.protocol.EmbedErrorCode;
import com.pilotstatus.embed.testing.Bundles;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the build did to the shipped bundles, beyond compiling them (see README "Bundles and size"). */
class BundlesTest {

  @ParameterizedTest
  @ValueSource(strings = {"embed-core.js", "chat-runtime.js", "connect-runtime.js"})
  void bundle_carriesThePlainObjectToString_notTeaVMsHexFormatting(String name) {
    // TeaVM's own Object.toString() builds "<java_object>@" + hex: the teavm-tuning transformer replaced it.
    assertThat(Bundles.read(name)).contains("\"<java_object>\"").doesNotContain("<java_object>@");
  }

  /** The loader is hand-written JS: the build filled in the version and the integrity of this build's core. */
  @Test
  void loader_carriesTheSdkVersion_theCoresIntegrity_andEachStampPointOnce() throws Exception {
    String loader = Bundles.read(Bundles.LOADER);
    String integrity = "sha384-" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-384").digest(Bundles.bytes(Bundles.CORE)));

    assertThat(loader).contains("version:\"" + SdkVersion.VERSION + "\"", "\"" + integrity + "\"",
        "\"" + EmbedErrorCode.SDK_LOAD_FAILED + "\"").doesNotContain("${");
    for (String stampPoint : new String[] {"\"https://chat.pilotstatus.com.br\"", "\"https://connect.pilotstatus.com.br\""}) {
      assertThat(loader.split(stampPoint, -1)).as(stampPoint).hasSize(2);
    }
  }
}
