package com.pilotstatus.embed.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pilotstatus.embed.origin.OriginPolicy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatConfigTest {

  @Test
  void fromEnv_empty_givesTheLocalSandboxDefaults() {
    ChatConfig config = ChatConfig.fromEnv(Map.of());

    assertThat(config.port()).isEqualTo(8081);
    assertThat(config.platformUrl()).hasToString("http://localhost:8080");
    assertThat(config.tokenIssuer()).isEqualTo("pilot-status-sandbox");
    assertThat(config.allowHttpOrigins()).isFalse();
    assertThat(config.originPolicy()).isSameAs(OriginPolicy.STRICT);
    assertThat(config.refreshLead()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void fromEnv_everyKey_isRead() {
    ChatConfig config = ChatConfig.fromEnv(Map.of("PS_CHAT_PORT", "0", "PS_PLATFORM_URL", "https://api.example.com/",
        "PS_TOKEN_ISSUER", "pilot-status", "PS_ALLOW_HTTP_ORIGINS", "true", "PS_CHAT_REFRESH_LEAD_SECONDS", "30"));

    assertThat(config.port()).isZero();
    assertThat(config.platform("/v1/.well-known/jwks.json")).hasToString("https://api.example.com/v1/.well-known/jwks.json");
    assertThat(config.tokenIssuer()).isEqualTo("pilot-status");
    assertThat(config.originPolicy().isHttpAllowed()).isTrue();
    assertThat(config.refreshLead()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void fromEnv_nonHttpPlatformUrl_failsNamingTheKey() {
    assertThatThrownBy(() -> ChatConfig.fromEnv(Map.of("PS_PLATFORM_URL", "ftp://x")))
        .hasMessageContaining("PS_PLATFORM_URL");
  }
}
