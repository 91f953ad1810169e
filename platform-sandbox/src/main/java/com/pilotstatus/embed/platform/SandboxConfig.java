package com.pilotstatus.embed.platform;

import com.pilotstatus.embed.kit.config.Env;
import com.pilotstatus.embed.platform.feed.ServiceCredential;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Every setting of the platform sandbox. Built once in {@code main} from the environment ({@link #fromEnv}); tests and
 * the demo launcher start from {@link #defaults()} and change what they need with the {@code with…} withers. The
 * README's configuration table lists the same keys and defaults.
 *
 * @param port {@code PS_PLATFORM_PORT} (8080); 0 picks a free port
 * @param connectOrigin {@code PS_CONNECT_ORIGIN} (http://localhost:8082): prefix of {@code remotePairingUrl}
 * @param tenantKey {@code PS_SANDBOX_TENANT_KEY} (ps_sandbox_demo_tenant_key): the demo tenant's key
 * @param numberKey {@code PS_SANDBOX_NUMBER_KEY} (ps_sandbox_demo_number_key): the key of the demo number {@code wa_demo}
 * @param tokenIssuer {@code PS_TOKEN_ISSUER} (pilot-status-sandbox): the chat JWT's {@code iss}
 * @param allowHttpOrigins {@code PS_ALLOW_HTTP_ORIGINS} (false): accept http:// allowedOrigins for any host, not only loopback
 * @param qrRefs {@code PS_QR_REFS} (6): QR refs per connection attempt
 * @param qrFirstTtl {@code PS_QR_FIRST_TTL_MS} (60000): life of the first ref
 * @param qrNextTtl {@code PS_QR_NEXT_TTL_MS} (20000): life of each later ref
 * @param linkingDelay {@code PS_LINKING_MS} (1500): "linking…" between a scan and OPEN
 * @param deliveryDelay {@code PS_DELIVERY_DELAY_MS} (2000): each step sent → delivered → read of a reply
 * @param webhookUrl {@code PS_SANDBOX_WEBHOOK_URL} (empty: none): the demo tenant's webhook URL
 * @param webhookSecret {@code PS_SANDBOX_WEBHOOK_SECRET} (empty): the demo tenant's webhook secret
 * @param webhookRetryBase {@code PS_WEBHOOK_RETRY_BASE_MS} (1000): first webhook retry delay, doubled each time
 * @param webhookMaxAttempts {@code PS_WEBHOOK_MAX_ATTEMPTS} (8): delivery attempts per event
 * @param trust the trust switches ({@link SandboxTrust}: admin key, {@code x-api-key-id}, trusted proxies, private
 *     webhook targets), every one closed by default
 * @param publicLimitPerIp {@code PS_PUBLIC_RATE_LIMIT_PER_IP} (600): public token calls per client IP per minute
 * @param publicLimitPerToken {@code PS_PUBLIC_RATE_LIMIT_PER_TOKEN} (300): public token calls per token per minute
 * @param signingKeyFile {@code PS_SIGNING_KEY_FILE} (empty: generate at start): PEM with the ES256 PKCS#8 private key and its X.509 public key
 * @param pairingTemplate {@code PS_SANDBOX_PAIRING_TEMPLATE} (false): pretend the tenant has the {@code pilot_status_remote_pairing} template
 * @param eventLogSize {@code PS_EVENT_LOG_SIZE} (10000): chat events kept for stream resumption
 * @param seedDemo {@code PS_SANDBOX_SEED} (true): seed the demo number and its conversations
 * @param serviceCredential {@code PS_SERVICE_CREDENTIAL} (empty: a random one per start): the bearer credential of the
 *        internal event feed that front-end instances subscribe to; never a tenant's key, never in a browser
 * @param clock not from the environment: the system UTC clock in milliseconds; tests pass a controllable one
 */
public record SandboxConfig(
    int port,
    String connectOrigin,
    String tenantKey,
    String numberKey,
    String tokenIssuer,
    boolean allowHttpOrigins,
    int qrRefs,
    Duration qrFirstTtl,
    Duration qrNextTtl,
    Duration linkingDelay,
    Duration deliveryDelay,
    String webhookUrl,
    String webhookSecret,
    Duration webhookRetryBase,
    int webhookMaxAttempts,
    SandboxTrust trust,
    int publicLimitPerIp,
    int publicLimitPerToken,
    String signingKeyFile,
    boolean pairingTemplate,
    int eventLogSize,
    boolean seedDemo,
    String serviceCredential,
    Clock clock) {

  public SandboxConfig {
    if (qrRefs < 1) {
      throw new IllegalArgumentException("PS_QR_REFS must be at least 1, was " + qrRefs);
    }
    if (!tenantKey.startsWith("ps_") || !numberKey.startsWith("ps_")) {
      throw new IllegalArgumentException("PS_SANDBOX_TENANT_KEY and PS_SANDBOX_NUMBER_KEY must start with ps_");
    }
    if (serviceCredential == null || serviceCredential.isBlank()) {
      serviceCredential = ServiceCredential.generate();
    }
    while (connectOrigin.endsWith("/")) {
      connectOrigin = connectOrigin.substring(0, connectOrigin.length() - 1);
    }
  }

  /** The local defaults (every key unset). */
  public static SandboxConfig defaults() {
    return fromEnv(Map.of());
  }

  public static SandboxConfig fromEnv(Map<String, String> env) {
    return fromEnv(Env.of(env));
  }

  /** Reads every key above with {@link Env}'s one rule: absent or blank → default, invalid → start-up error. */
  public static SandboxConfig fromEnv(Env env) {
    Duration ms = Duration.ZERO;
    return new SandboxConfig(
        env.port("PS_PLATFORM_PORT", 8080),
        env.httpUrl("PS_CONNECT_ORIGIN", "http://localhost:8082").toString(),
        env.secret("PS_SANDBOX_TENANT_KEY", "ps_sandbox_demo_tenant_key").value(),
        env.secret("PS_SANDBOX_NUMBER_KEY", "ps_sandbox_demo_number_key").value(),
        env.string("PS_TOKEN_ISSUER", "pilot-status-sandbox"),
        env.bool("PS_ALLOW_HTTP_ORIGINS", false),
        env.integer("PS_QR_REFS", 6, 1, 100),
        env.millis("PS_QR_FIRST_TTL_MS", Duration.ofMillis(60_000), ms),
        env.millis("PS_QR_NEXT_TTL_MS", Duration.ofMillis(20_000), ms),
        env.millis("PS_LINKING_MS", Duration.ofMillis(1_500), ms),
        env.millis("PS_DELIVERY_DELAY_MS", Duration.ofMillis(2_000), ms),
        env.string("PS_SANDBOX_WEBHOOK_URL", ""),
        env.secret("PS_SANDBOX_WEBHOOK_SECRET", "").value(),
        env.millis("PS_WEBHOOK_RETRY_BASE_MS", Duration.ofMillis(1_000), ms),
        env.integer("PS_WEBHOOK_MAX_ATTEMPTS", 8, 1, 100),
        SandboxTrust.fromEnv(env),
        env.integer("PS_PUBLIC_RATE_LIMIT_PER_IP", 600, 1, Integer.MAX_VALUE),
        env.integer("PS_PUBLIC_RATE_LIMIT_PER_TOKEN", 300, 1, Integer.MAX_VALUE),
        env.string("PS_SIGNING_KEY_FILE", ""),
        env.bool("PS_SANDBOX_PAIRING_TEMPLATE", false),
        env.integer("PS_EVENT_LOG_SIZE", 10_000, 1, 10_000_000),
        env.bool("PS_SANDBOX_SEED", true),
        env.secret("PS_SERVICE_CREDENTIAL", "").value(),
        Clock.tickMillis(ZoneOffset.UTC));
  }

  public SandboxConfig withPort(int value) {
    return new SandboxConfig(value, connectOrigin, tenantKey, numberKey, tokenIssuer, allowHttpOrigins, qrRefs, qrFirstTtl, qrNextTtl, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, publicLimitPerIp, publicLimitPerToken, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withConnectOrigin(String value) {
    return new SandboxConfig(port, value, tenantKey, numberKey, tokenIssuer, allowHttpOrigins, qrRefs, qrFirstTtl, qrNextTtl, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, publicLimitPerIp, publicLimitPerToken, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withTenantKey(String value) {
    return new SandboxConfig(port, connectOrigin, value, numberKey, tokenIssuer, allowHttpOrigins, qrRefs, qrFirstTtl, qrNextTtl, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, publicLimitPerIp, publicLimitPerToken, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withNumberKey(String value) {
    return new SandboxConfig(port, connectOrigin, tenantKey, value, tokenIssuer, allowHttpOrigins, qrRefs, qrFirstTtl, qrNextTtl, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, publicLimitPerIp, publicLimitPerToken, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withTokenIssuer(String value) {
    return new SandboxConfig(port, connectOrigin, tenantKey, numberKey, value, allowHttpOrigins, qrRefs, qrFirstTtl, qrNextTtl, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, publicLimitPerIp, publicLimitPerToken, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withAllowHttpOrigins(boolean value) {
    return new SandboxConfig(port, connectOrigin, tenantKey, numberKey, tokenIssuer, value, qrRefs, qrFirstTtl, qrNextTtl, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, publicLimitPerIp, publicLimitPerToken, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withQrRefs(int value) {
    return new SandboxConfig(port, connectOrigin, tenantKey, numberKey, tokenIssuer, allowHttpOrigins, value, qrFirstTtl, qrNextTtl, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, publicLimitPerIp, publicLimitPerToken, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withQrFirstTtl(Duration value) {
    return new SandboxConfig(port, connectOrigin, tenantKey, numberKey, tokenIssuer, allowHttpOrigins, qrRefs, value, qrNextTtl, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, publicLimitPerIp, publicLimitPerToken, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withQrNextTtl(Duration value) {
    return new SandboxConfig(port, connectOrigin, tenantKey, numberKey, tokenIssuer, allowHttpOrigins, qrRefs, qrFirstTtl, value, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, publicLimitPerIp, publicLimitPerToken, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withLinkingDelay(Duration value) {
    return new SandboxConfig(port, connectOrigin, tenantKey, numberKey, tokenIssuer, allowHttpOrigins, qrRefs, qrFirstTtl, qrNextTtl, value, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, publicLimitPerIp, publicLimitPerToken, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withDeliveryDelay(Duration value) {
    return new SandboxConfig(port, connectOrigin, tenantKey, numberKey, tokenIssuer, allowHttpOrigins, qrRefs, qrFirstTtl, qrNextTtl, linkingDelay, value, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, publicLimitPerIp, publicLimitPerToken, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withWebhookRetryBase(Duration value) {
    return new SandboxConfig(port, connectOrigin, tenantKey, numberKey, tokenIssuer, allowHttpOrigins, qrRefs, qrFirstTtl, qrNextTtl, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, value, webhookMaxAttempts, trust, publicLimitPerIp, publicLimitPerToken, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withPublicLimitPerIp(int value) {
    return new SandboxConfig(port, connectOrigin, tenantKey, numberKey, tokenIssuer, allowHttpOrigins, qrRefs, qrFirstTtl, qrNextTtl, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, value, publicLimitPerToken, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withPublicLimitPerToken(int value) {
    return new SandboxConfig(port, connectOrigin, tenantKey, numberKey, tokenIssuer, allowHttpOrigins, qrRefs, qrFirstTtl, qrNextTtl, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, publicLimitPerIp, value, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withSigningKeyFile(String value) {
    return new SandboxConfig(port, connectOrigin, tenantKey, numberKey, tokenIssuer, allowHttpOrigins, qrRefs, qrFirstTtl, qrNextTtl, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, publicLimitPerIp, publicLimitPerToken, value, pairingTemplate, eventLogSize, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withEventLogSize(int value) {
    return new SandboxConfig(port, connectOrigin, tenantKey, numberKey, tokenIssuer, allowHttpOrigins, qrRefs, qrFirstTtl, qrNextTtl, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, publicLimitPerIp, publicLimitPerToken, signingKeyFile, pairingTemplate, value, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withServiceCredential(String value) {
    return new SandboxConfig(port, connectOrigin, tenantKey, numberKey, tokenIssuer, allowHttpOrigins, qrRefs, qrFirstTtl, qrNextTtl, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, publicLimitPerIp, publicLimitPerToken, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, value, clock);
  }

  public SandboxConfig withTrust(SandboxTrust value) {
    return new SandboxConfig(port, connectOrigin, tenantKey, numberKey, tokenIssuer, allowHttpOrigins, qrRefs, qrFirstTtl, qrNextTtl, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, value, publicLimitPerIp, publicLimitPerToken, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, serviceCredential, clock);
  }

  public SandboxConfig withClock(Clock value) {
    return new SandboxConfig(port, connectOrigin, tenantKey, numberKey, tokenIssuer, allowHttpOrigins, qrRefs, qrFirstTtl, qrNextTtl, linkingDelay, deliveryDelay, webhookUrl, webhookSecret, webhookRetryBase, webhookMaxAttempts, trust, publicLimitPerIp, publicLimitPerToken, signingKeyFile, pairingTemplate, eventLogSize, seedDemo, serviceCredential, value);
  }

  /** QR refs, first-ref life, later-ref life and linking time at once (tests run them in milliseconds). */
  public SandboxConfig withQrTimings(int refs, Duration first, Duration next, Duration linking) {
    return withQrRefs(refs).withQrFirstTtl(first).withQrNextTtl(next).withLinkingDelay(linking);
  }
}
