package com.pilotstatus.embed.cdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CdnConfigTest {

  @Test
  void fromEnv_withNothing_givesTheSandboxDefaults() {
    assertThat(CdnConfig.fromEnv(Map.of()))
        .isEqualTo(new CdnConfig(8083, "http://localhost:8081", "http://localhost:8082"));
  }

  @Test
  void fromEnv_normalisesTheOrigins() {
    CdnConfig config = CdnConfig.fromEnv(Map.of("PS_CDN_PORT", "0", "PS_CHAT_ORIGIN", "HTTPS://Chat.Example.com:443/",
        "PS_CONNECT_ORIGIN", "https://connect.example.com"));
    assertThat(config.chatOrigin()).isEqualTo("https://chat.example.com");
    assertThat(config.port()).isZero();
  }

  @Test
  void fromEnv_withAPathInAnOrigin_throwsNamingTheVariable() {
    assertThatThrownBy(() -> CdnConfig.fromEnv(Map.of("PS_CHAT_ORIGIN", "https://chat.example.com/app")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PS_CHAT_ORIGIN");
  }

  @Test
  void fromEnv_withABadPort_throws() {
    assertThatThrownBy(() -> CdnConfig.fromEnv(Map.of("PS_CDN_PORT", "http")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PS_CDN_PORT");
  }

  @Test
  void stamp_withoutItsStampPoint_throws() {
    assertThatThrownBy(() -> EmbedBundle.stamp("var a = 1;", "http://a", "http://b"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly once");
  }
}
