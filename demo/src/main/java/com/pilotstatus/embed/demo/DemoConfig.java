package com.pilotstatus.embed.demo;

import com.pilotstatus.embed.kit.config.Env;
import java.util.Map;

/**
 * Settings of the demo host SaaS, read once from the environment.
 *
 * @param port            {@code PS_DEMO_PORT} (8090; 0 picks a free port)
 * @param publicOrigin    {@code PS_DEMO_ORIGIN} (http://localhost:8090): the origin browsers see; it is the chat
 *                        token's {@code allowedOrigins}
 * @param platformUrl     {@code PS_PLATFORM_URL} (http://localhost:8080): the platform, called server-side only
 * @param cdnOrigin       {@code PS_CDN_ORIGIN} (http://localhost:8083): where the pages load {@code embed.js} from
 * @param tenantKey       {@code PS_SANDBOX_TENANT_KEY} (ps_sandbox_demo_tenant_key): the tenant API key; it never
 *                        leaves this server
 * @param webhookSecret   {@code PS_DEMO_WEBHOOK_SECRET} (whsec_sandbox_demo): verifies webhook signatures
 */
public record DemoConfig(int port, String publicOrigin, String platformUrl, String cdnOrigin, String tenantKey,
                         String webhookSecret) {

  public static final String DEFAULT_TENANT_KEY = "ps_sandbox_demo_tenant_key";
  public static final String DEFAULT_WEBHOOK_SECRET = "whsec_sandbox_demo";

  public DemoConfig {
    if (tenantKey == null || !tenantKey.startsWith("ps_")) {
      throw new IllegalArgumentException("PS_SANDBOX_TENANT_KEY must be a ps_ API key");
    }
    requireOrigin("PS_DEMO_ORIGIN", publicOrigin);
    requireOrigin("PS_CDN_ORIGIN", cdnOrigin);
  }

  /** An origin is {@code http(s)://host[:port]}: it goes into pages and into the chat token's allowedOrigins. */
  private static void requireOrigin(String name, String value) {
    java.net.URI uri;
    try {
      uri = new java.net.URI(value);
    } catch (java.net.URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException(name + " must be an origin such as http://localhost:8090, was " + value);
    }
    boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
    boolean bare = uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawQuery() == null
        && uri.getRawFragment() == null && (uri.getRawPath() == null || uri.getRawPath().isEmpty());
    if (!web || !bare) {
      throw new IllegalArgumentException(name + " must be an origin such as http://localhost:8090 (no path), was "
          + value);
    }
  }

  public static DemoConfig fromEnv(Map<String, String> env) {
    return fromEnv(Env.of(env));
  }

  /** Reads every key above with {@link Env}'s rule: absent or blank → default, invalid → start-up error. */
  public static DemoConfig fromEnv(Env env) {
    int port = env.port("PS_DEMO_PORT", 8090);
    return new DemoConfig(
        port,
        env.string("PS_DEMO_ORIGIN", "http://localhost:" + port),
        env.httpUrl("PS_PLATFORM_URL", "http://localhost:8080").toString(),
        env.string("PS_CDN_ORIGIN", "http://localhost:8083"),
        env.secret("PS_SANDBOX_TENANT_KEY", DEFAULT_TENANT_KEY).value(),
        env.secret("PS_DEMO_WEBHOOK_SECRET", DEFAULT_WEBHOOK_SECRET).value());
  }
}
