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

  @Test
  void fromEnv_liveSettings_areRead() {
    ChatConfig config = ChatConfig.fromEnv(Map.of("PS_LIVE_MAX_STREAMS", "100", "PS_LIVE_MAX_STREAMS_PER_SESSION", "2",
        "PS_LIVE_REPLAY_EVENTS", "50", "PS_LIVE_PROBE_MILLIS", "500", "PS_LIVE_MAX_BACKLOG_KB", "64",
        "PS_SERVICE_CREDENTIAL", "a-credential-of-some-length"));

    assertThat(config.live().maxStreams()).isEqualTo(100);
    assertThat(config.live().maxStreamsPerSession()).isEqualTo(2);
    assertThat(config.live().replayEvents()).isEqualTo(50);
    assertThat(config.live().probeInterval()).isEqualTo(Duration.ofMillis(500));
    assertThat(config.live().maxBacklogBytes()).isEqualTo(64 * 1024);
    assertThat(config.serviceCredential()).isEqualTo("a-credential-of-some-length");
  }

  @Test
  void fromEnv_invalidLiveLimit_failsNamingTheKey() {
    assertThatThrownBy(() -> ChatConfig.fromEnv(Map.of("PS_LIVE_MAX_STREAMS", "many")))
        .hasMessageContaining("PS_LIVE_MAX_STREAMS");
  }

  @Test
  void start_withoutServiceCredential_failsNamingTheKey() {
    assertThatThrownBy(() -> ChatApp.start(ChatConfig.defaults().withPort(0)))
        .hasMessageContaining("PS_SERVICE_CREDENTIAL");
  }
}
