package com.pilotstatus.embed.demo;

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
  }

  public static DemoConfig fromEnv(Map<String, String> env) {
    int port = Integer.parseInt(env.getOrDefault("PS_DEMO_PORT", "8090"));
    return new DemoConfig(
        port,
        env.getOrDefault("PS_DEMO_ORIGIN", "http://localhost:" + port),
        env.getOrDefault("PS_PLATFORM_URL", "http://localhost:8080"),
        env.getOrDefault("PS_CDN_ORIGIN", "http://localhost:8083"),
        env.getOrDefault("PS_SANDBOX_TENANT_KEY", DEFAULT_TENANT_KEY),
        env.getOrDefault("PS_DEMO_WEBHOOK_SECRET", DEFAULT_WEBHOOK_SECRET));
  }
}
