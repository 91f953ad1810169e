package com.pilotstatus.embed.demo.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the launcher derives from the environment (its running stack: {@code demo.OneJvmStackTest}). */
class SandboxStackTest {

  @Test
  void origins_follow_the_ports_and_webhooks_go_to_the_demo() {
    Map<String, String> env = SandboxStack.withDerivedDefaults(Map.of("PS_CHAT_PORT", "9081", "PS_DEMO_PORT", "9090"));

    assertThat(env).containsEntry("PS_CHAT_ORIGIN", "http://localhost:9081")
        .containsEntry("PS_CONNECT_ORIGIN", "http://localhost:8082")
        .containsEntry("PS_PLATFORM_URL", "http://localhost:8080")
        .containsEntry("PS_DEMO_ORIGIN", "http://localhost:9090")
        .containsEntry("PS_SANDBOX_WEBHOOK_URL", "http://localhost:9090/webhooks/pilot-status")
        .containsEntry("PS_SANDBOX_WEBHOOK_SECRET", "whsec_sandbox_demo")
        .containsEntry("PS_LAUNCH_SANDBOX", "true");
  }

  @Test
  void explicit_settings_win_over_derived_ones() {
    Map<String, String> env = SandboxStack.withDerivedDefaults(Map.of(
        "PS_CHAT_ORIGIN", "https://chat.example.com", "PS_DEMO_WEBHOOK_SECRET", "whsec_mine"));

    assertThat(env).containsEntry("PS_CHAT_ORIGIN", "https://chat.example.com")
        .containsEntry("PS_SANDBOX_WEBHOOK_SECRET", "whsec_mine");
  }

  @Test
  void the_launcher_opens_only_the_local_development_switches() {
    Map<String, String> env = SandboxStack.withDerivedDefaults(Map.of());

    assertThat(env).containsEntry("PS_WEBHOOKS_ALLOW_PRIVATE", "true")
        .containsEntry("PS_TRUSTED_PROXIES", "127.0.0.1, ::1")
        .doesNotContainKey("PS_TRUST_KEY_ID_HEADER");
    assertThat(SandboxStack.withDerivedDefaults(Map.of("PS_WEBHOOKS_ALLOW_PRIVATE", "false")))
        .containsEntry("PS_WEBHOOKS_ALLOW_PRIVATE", "false");
  }
}
