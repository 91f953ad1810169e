package com.pilotstatus.embed.platform.testing;

import com.pilotstatus.embed.platform.PlatformSandbox;
import com.pilotstatus.embed.platform.SandboxConfig;
import com.pilotstatus.embed.platform.SandboxTrust;
import java.time.Duration;
import java.util.List;

/**
 * A started sandbox for one test class: port 0, a controllable clock, and the demo tenant. Defaults keep the
 * documented timings (so nothing moves unless a test advances the clock); tests change what they are about.
 */
public final class Sandbox implements AutoCloseable {

  public static final String TENANT_KEY = "ps_test_tenant_key";
  public static final String NUMBER_KEY = "ps_test_number_key";
  public static final String ADMIN_KEY = "ps_test_sandbox_admin_key";
  public static final String DEMO_NUMBER = "wa_demo";

  public final MutableClock clock;
  public final PlatformSandbox server;
  public final Api api;

  private Sandbox(SandboxConfig config, MutableClock clock) {
    this.clock = clock;
    this.server = PlatformSandbox.start(config);
    this.api = new Api(server.baseUrl());
  }

  /** The base config tests start from: free port, test keys, fast webhook retries, the given clock. */
  public static SandboxConfig config(MutableClock clock) {
    return SandboxConfig.defaults()
        .withPort(0)
        .withTenantKey(TENANT_KEY)
        .withNumberKey(NUMBER_KEY)
        .withConnectOrigin("http://connect.test:8082")
        .withWebhookRetryBase(Duration.ofMillis(50))
        .withDeliveryDelay(Duration.ofHours(1))
        .withTrust(SandboxTrust.closed().withAdminKey(ADMIN_KEY))
        .withClock(clock);
  }

  public static Sandbox start() {
    MutableClock clock = MutableClock.startingNow();
    return new Sandbox(config(clock), clock);
  }

  public static Sandbox start(MutableClock clock, SandboxConfig config) {
    return new Sandbox(config, clock);
  }

  /** Headers of the demo tenant key. */
  public static String[] tenant() {
    return new String[] {"x-api-key", TENANT_KEY};
  }

  /** Headers of the sandbox admin key (the platform-wide {@code /v1/sandbox/*} controls). */
  public static String[] admin() {
    return new String[] {"x-api-key", ADMIN_KEY};
  }

  public static String[] key(String apiKey) {
    return new String[] {"x-api-key", apiKey};
  }

  public static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  /** A new tenant; returns its tenant key. */
  public String newTenantKey() {
    return api.post("/v1/sandbox/tenants", "{}", admin()).at("/apiKey");
  }

  /** Creates a QR number (CONNECTING) with {@code apiKey}; returns its id. */
  public String createNumber(String apiKey, String digits) {
    Reply reply = api.post("/v1/numbers", Api.json("name", "Test number", "number", "+" + digits), key(apiKey));
    if (reply.status() != 201) {
      throw new IllegalStateException("create number failed: " + reply);
    }
    return reply.at("/id");
  }

  /** Mints a chat token for the numbers with {@code apiKey}. */
  public String chatToken(String apiKey, String... numberIds) {
    Reply reply = api.post("/v1/embed/sessions", Api.json("surface", "chat", "whatsappNumberIds",
        List.of(numberIds), "allowedOrigins", List.of("https://app.example.com")), key(apiKey));
    if (reply.status() != 201) {
      throw new IllegalStateException("mint failed: " + reply);
    }
    return reply.at("/token");
  }

  /** Creates a remote pairing link with the demo tenant; returns the token (the UUID at the end of the URL). */
  public String pairingLink(String body) {
    Reply reply = api.post("/v1/numbers/remote-pairing", body, tenant());
    if (reply.status() != 201) {
      throw new IllegalStateException("remote pairing failed: " + reply);
    }
    String url = reply.at("/remotePairingUrl");
    return url.substring(url.lastIndexOf('/') + 1);
  }

  @Override
  public void close() {
    server.close();
  }
}
