package com.pilotstatus.embed.platform.webhook;

import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.SandboxConfig;
import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.MutableClock;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import com.pilotstatus.embed.platform.testing.SandboxTest;
import com.pilotstatus.embed.platform.testing.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, item 3, from the attacker's side: a tenant registers a webhook URL that points inside the platform's
 * network, and every event then makes the platform send a request there (server-side request forgery). Before the
 * fix every http(s) URL was accepted, the cloud metadata address included.
 */
class WebhookTargetTest extends SandboxTest {

  private static final String SECRET = "whsec_test_0123456789abcdef";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "http://127.0.0.1:8080/hooks",
      "http://127.1.2.3/",
      "http://localhost/hooks",
      "http://LOCALHOST./hooks",
      "http://169.254.169.254/latest/meta-data/",
      "http://169.254.0.1/",
      "http://10.0.0.5/",
      "http://172.16.0.1/",
      "http://172.31.255.254/",
      "http://192.168.1.1/",
      "http://100.64.0.1/",
      "http://0.0.0.0:8080/",
      "http://0/",
      "http://2130706433/",
      "http://[::1]/",
      "http://[::]/",
      "http://[fe80::1]/",
      "http://[fc00::1]/",
      "http://[fd12:3456::1]/",
      "http://[::ffff:127.0.0.1]/",
      "http://[::ffff:169.254.169.254]/",
      "http://[::127.0.0.1]/",
      "http://224.0.0.1/",
      "http://255.255.255.255/",
      "ftp://example.com/hooks",
      "file:///etc/passwd",
      "gopher://example.com/",
      "javascript:alert(1)",
      "https://user:pass@example.com/hooks",
      "//example.com/hooks",
  })
  void inside_or_non_http_webhook_url_is_400(String url) {
    Reply reply = api.put("/v1/webhooks", Api.json("url", url, "secret", SECRET), tenant());
    assertThat(reply.status()).as(url).isEqualTo(400);
    assertThat(reply.errorField()).isEqualTo("url");
  }

  @Test
  void public_address_is_accepted() {
    Reply reply = api.put("/v1/webhooks", Api.json("url", "https://93.184.215.14/hooks", "secret", SECRET),
        tenant());
    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void delivery_rechecks_the_target_and_sends_nothing_inside() throws Exception {
    // A URL that got in without the registration check (here: the sandbox's own preset, as a re-pointed DNS name
    // would after registration) is checked again before each delivery.
    try (WebhookReceiver inside = new WebhookReceiver(SECRET)) {
      MutableClock clock = MutableClock.startingNow();
      SandboxConfig config = Sandbox.config(clock).withClock(java.time.Clock.systemUTC());
      config = SandboxConfig.fromEnv(java.util.Map.of("PS_SANDBOX_WEBHOOK_URL", inside.url(),
              "PS_SANDBOX_WEBHOOK_SECRET", SECRET, "PS_SANDBOX_TENANT_KEY", Sandbox.TENANT_KEY))
          .withPort(0).withTrust(config.trust());
      try (Sandbox sandbox = Sandbox.start(clock, config)) {
        sandbox.createNumber(Sandbox.TENANT_KEY, "5511988880009");
        Thread.sleep(500);
        assertThat(inside.attempts()).as("deliveries to an inside address").isEmpty();
      }
    }
  }

  @Test
  void private_targets_are_allowed_only_when_configured() {
    assertThat(new WebhookTarget(true).refusal("http://127.0.0.1:8090/webhooks")).isNull();
    assertThat(new WebhookTarget(true).refusal("file:///etc/passwd")).isNotNull();
    assertThat(SandboxConfig.defaults().trust().webhooksAllowPrivate()).isFalse();
  }
}
