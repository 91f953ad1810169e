package com.pilotstatus.embed.platform;

import java.time.Duration;
import java.util.Map;

/**
 * Every setting of the platform sandbox. Built once in {@code main} from the environment ({@link #fromEnv}); tests
 * construct it directly (start from {@link #defaults()} and change what they need with the {@code with…} methods).
 * The README's configuration table lists the same keys and defaults.
 *
 * @param port                  {@code PS_PLATFORM_PORT} (8080); 0 picks a free port
 * @param connectOrigin         {@code PS_CONNECT_ORIGIN} (http://localhost:8082): prefix of {@code remotePairingUrl}
 * @param tokenIssuer           {@code PS_TOKEN_ISSUER} (pilot-status-sandbox): the chat JWT's {@code iss}
 * @param tenantKey             {@code PS_SANDBOX_TENANT_KEY} (ps_sandbox_demo_tenant_key): the demo tenant's key
 * @param numberKey             {@code PS_SANDBOX_NUMBER_KEY} (ps_sandbox_demo_number_key): the demo number's key
 * @param seedDemo              {@code PS_SANDBOX_SEED} (true): seed the demo tenant, number and conversations
 * @param qrRefs                {@code PS_QR_REFS} (6): QR refs per connection attempt
 * @param qrFirstTtl            {@code PS_QR_FIRST_TTL_MS} (60000): life of the first ref
 * @param qrNextTtl             {@code PS_QR_NEXT_TTL_MS} (20000): life of each later ref
 * @param linking               {@code PS_LINKING_MS} (1500): "linking…" between a scan and OPEN
 * @param deliveryDelay         {@code PS_DELIVERY_DELAY_MS} (2000): sent → delivered → read step of replies
 * @param webhookRetryBase      {@code PS_WEBHOOK_RETRY_BASE_MS} (1000): first webhook retry delay, doubled each time
 * @param webhookMaxAttempts    {@code PS_WEBHOOK_MAX_ATTEMPTS} (8): delivery attempts per event
 * @param webhookUrl            {@code PS_SANDBOX_WEBHOOK_URL} (empty): the demo tenant's webhook URL
 * @param webhookSecret         {@code PS_SANDBOX_WEBHOOK_SECRET} (empty): the demo tenant's webhook secret
 * @param trustForwardedFor     {@code PS_TRUST_FORWARDED_FOR} (true): rate-limit by the first X-Forwarded-For entry
 * @param publicLimitPerIp      {@code PS_PUBLIC_RATE_LIMIT_PER_IP} (600): public token calls per client IP per minute
 * @param publicLimitPerToken   {@code PS_PUBLIC_RATE_LIMIT_PER_TOKEN} (300): public token calls per token per minute
 * @param allowHttpOrigins      {@code PS_ALLOW_HTTP_ORIGINS} (true): accept http:// allowedOrigins for any host
 * @param signingKeyFile        {@code PS_SIGNING_KEY_FILE} (empty): PEM with the ES256 PKCS#8 private key and its
 *                              X.509 public key; empty generates a key pair at start
 * @param pairingTemplate       {@code PS_SANDBOX_PAIRING_TEMPLATE} (false): pretend the tenant has the
 *                              {@code pilot_status_remote_pairing} template, so {@code sendViaWhatsApp} succeeds
 * @param eventLogSize          {@code PS_EVENT_LOG_SIZE} (10000): chat events kept for stream resumption
 */
public record PlatformConfig(
    int port,
    String connectOrigin,
    String tokenIssuer,
    String tenantKey,
    String numberKey,
    boolean seedDemo,
    int qrRefs,
    Duration qrFirstTtl,
    Duration qrNextTtl,
    Duration linking,
    Duration deliveryDelay,
    Duration webhookRetryBase,
    int webhookMaxAttempts,
    String webhookUrl,
    String webhookSecret,
    boolean trustForwardedFor,
    int publicLimitPerIp,
    int publicLimitPerToken,
    boolean allowHttpOrigins,
    String signingKeyFile,
    boolean pairingTemplate,
    int eventLogSize) {

  public PlatformConfig {
    if (qrRefs < 1) {
      throw new IllegalArgumentException("PS_QR_REFS must be at least 1, was " + qrRefs);
    }
    if (!tenantKey.startsWith("ps_") || !numberKey.startsWith("ps_")) {
      throw new IllegalArgumentException("API keys must start with ps_");
    }
    if (connectOrigin.endsWith("/")) {
      connectOrigin = connectOrigin.substring(0, connectOrigin.length() - 1);
    }
  }

  public static PlatformConfig defaults() {
    return fromEnv(Map.of());
  }

  public static PlatformConfig fromEnv(Map<String, String> env) {
    return new PlatformConfig(
        intOf(env, "PS_PLATFORM_PORT", 8080),
        env.getOrDefault("PS_CONNECT_ORIGIN", "http://localhost:8082"),
        env.getOrDefault("PS_TOKEN_ISSUER", "pilot-status-sandbox"),
        env.getOrDefault("PS_SANDBOX_TENANT_KEY", "ps_sandbox_demo_tenant_key"),
        env.getOrDefault("PS_SANDBOX_NUMBER_KEY", "ps_sandbox_demo_number_key"),
        boolOf(env, "PS_SANDBOX_SEED", true),
        intOf(env, "PS_QR_REFS", 6),
        Duration.ofMillis(intOf(env, "PS_QR_FIRST_TTL_MS", 60_000)),
        Duration.ofMillis(intOf(env, "PS_QR_NEXT_TTL_MS", 20_000)),
        Duration.ofMillis(intOf(env, "PS_LINKING_MS", 1_500)),
        Duration.ofMillis(intOf(env, "PS_DELIVERY_DELAY_MS", 2_000)),
        Duration.ofMillis(intOf(env, "PS_WEBHOOK_RETRY_BASE_MS", 1_000)),
        intOf(env, "PS_WEBHOOK_MAX_ATTEMPTS", 8),
        env.getOrDefault("PS_SANDBOX_WEBHOOK_URL", ""),
        env.getOrDefault("PS_SANDBOX_WEBHOOK_SECRET", ""),
        boolOf(env, "PS_TRUST_FORWARDED_FOR", true),
        intOf(env, "PS_PUBLIC_RATE_LIMIT_PER_IP", 600),
        intOf(env, "PS_PUBLIC_RATE_LIMIT_PER_TOKEN", 300),
        boolOf(env, "PS_ALLOW_HTTP_ORIGINS", true),
        env.getOrDefault("PS_SIGNING_KEY_FILE", ""),
        boolOf(env, "PS_SANDBOX_PAIRING_TEMPLATE", false),
        intOf(env, "PS_EVENT_LOG_SIZE", 10_000));
  }

  public PlatformConfig withPort(int value) {
    return new PlatformConfig(value, connectOrigin, tokenIssuer, tenantKey, numberKey, seedDemo, qrRefs, qrFirstTtl,
        qrNextTtl, linking, deliveryDelay, webhookRetryBase, webhookMaxAttempts, webhookUrl, webhookSecret,
        trustForwardedFor, publicLimitPerIp, publicLimitPerToken, allowHttpOrigins, signingKeyFile, pairingTemplate,
        eventLogSize);
  }

  /** QR refs, first-ref life, later-ref life and linking time (tests run them in milliseconds). */
  public PlatformConfig withQrTimings(int refs, Duration first, Duration next, Duration linkingTime) {
    return new PlatformConfig(port, connectOrigin, tokenIssuer, tenantKey, numberKey, seedDemo, refs, first, next,
        linkingTime, deliveryDelay, webhookRetryBase, webhookMaxAttempts, webhookUrl, webhookSecret,
        trustForwardedFor, publicLimitPerIp, publicLimitPerToken, allowHttpOrigins, signingKeyFile, pairingTemplate,
        eventLogSize);
  }

  public PlatformConfig withDeliveryDelay(Duration value) {
    return new PlatformConfig(port, connectOrigin, tokenIssuer, tenantKey, numberKey, seedDemo, qrRefs, qrFirstTtl,
        qrNextTtl, linking, value, webhookRetryBase, webhookMaxAttempts, webhookUrl, webhookSecret,
        trustForwardedFor, publicLimitPerIp, publicLimitPerToken, allowHttpOrigins, signingKeyFile, pairingTemplate,
        eventLogSize);
  }

  public PlatformConfig withWebhookRetryBase(Duration value) {
    return new PlatformConfig(port, connectOrigin, tokenIssuer, tenantKey, numberKey, seedDemo, qrRefs, qrFirstTtl,
        qrNextTtl, linking, deliveryDelay, value, webhookMaxAttempts, webhookUrl, webhookSecret,
        trustForwardedFor, publicLimitPerIp, publicLimitPerToken, allowHttpOrigins, signingKeyFile, pairingTemplate,
        eventLogSize);
  }

  public PlatformConfig withPublicLimits(int perIp, int perToken) {
    return new PlatformConfig(port, connectOrigin, tokenIssuer, tenantKey, numberKey, seedDemo, qrRefs, qrFirstTtl,
        qrNextTtl, linking, deliveryDelay, webhookRetryBase, webhookMaxAttempts, webhookUrl, webhookSecret,
        trustForwardedFor, perIp, perToken, allowHttpOrigins, signingKeyFile, pairingTemplate, eventLogSize);
  }

  public PlatformConfig withPairingTemplate(boolean value) {
    return new PlatformConfig(port, connectOrigin, tokenIssuer, tenantKey, numberKey, seedDemo, qrRefs, qrFirstTtl,
        qrNextTtl, linking, deliveryDelay, webhookRetryBase, webhookMaxAttempts, webhookUrl, webhookSecret,
        trustForwardedFor, publicLimitPerIp, publicLimitPerToken, allowHttpOrigins, signingKeyFile, value,
        eventLogSize);
  }

  public PlatformConfig withEventLogSize(int value) {
    return new PlatformConfig(port, connectOrigin, tokenIssuer, tenantKey, numberKey, seedDemo, qrRefs, qrFirstTtl,
        qrNextTtl, linking, deliveryDelay, webhookRetryBase, webhookMaxAttempts, webhookUrl, webhookSecret,
        trustForwardedFor, publicLimitPerIp, publicLimitPerToken, allowHttpOrigins, signingKeyFile, pairingTemplate,
        value);
  }

  private static int intOf(Map<String, String> env, String key, int fallback) {
    String raw = env.get(key);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be an integer, was \"" + raw + "\"");
    }
  }

  private static boolean boolOf(Map<String, String> env, String key, boolean fallback) {
    String raw = env.get(key);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    if (raw.equalsIgnoreCase("true") || raw.equals("1")) {
      return true;
    }
    if (raw.equalsIgnoreCase("false") || raw.equals("0")) {
      return false;
    }
    throw new IllegalArgumentException(key + " must be true or false, was \"" + raw + "\"");
  }
}
