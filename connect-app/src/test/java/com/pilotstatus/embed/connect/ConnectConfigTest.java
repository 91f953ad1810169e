package com.pilotstatus.embed.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectConfigTest {

  @Test
  void fromEnv_empty_givesTheDocumentedDefaults() {
    ConnectConfig config = ConnectConfig.fromEnv(Map.of());

    assertThat(config.port()).isEqualTo(8082);
    assertThat(config.platformUrl()).isEqualTo("http://localhost:8080");
    assertThat(config.allowHttpOrigins()).isFalse();
    assertThat(config.sandbox()).isTrue();
    assertThat(config.metaSdkUrl()).isEqualTo("https://connect.facebook.net/en_US/sdk.js");
    assertThat(config.metaOrigin()).isEqualTo("https://www.facebook.com");
    assertThat(config.frameAncestorsDirective()).isEqualTo("https: http://localhost:* http://127.0.0.1:*");
  }

  @Test
  void fromEnv_productionWithHttpOrigins_derivesFrameAncestors() {
    ConnectConfig config = ConnectConfig.fromEnv(Map.of("PS_SANDBOX", "false", "PS_ALLOW_HTTP_ORIGINS", "true"));

    assertThat(config.frameAncestorsDirective()).isEqualTo("https: http:");
  }

  @Test
  void fromEnv_explicitFrameAncestors_winsOverTheDerivedOnes() {
    assertThat(ConnectConfig.fromEnv(Map.of("PS_FRAME_ANCESTORS", "https://app.acme.com")).frameAncestorsDirective())
        .isEqualTo("https://app.acme.com");
  }

  @Test
  void fromEnv_httpMetaOriginWithoutHttpOrigins_throwsNamingTheKey() {
    assertThatThrownBy(() -> ConnectConfig.fromEnv(Map.of("PS_META_ORIGIN", "http://www.facebook.test:9000")))
        .hasMessageContaining("PS_META_ORIGIN");
  }
}
