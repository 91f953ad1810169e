package com.pilotstatus.embed.demo.launcher;

import com.pilotstatus.embed.kit.lifecycle.GracefulShutdown;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar demo/target/pilot-status-sandbox.jar}: starts the whole stack and logs the URLs. SIGTERM (or
 * Ctrl-C) drains all five servers at once, lets their in-flight requests finish within the grace period and exits 0.
 * Everything it prints is a log line, so with {@code PS_LOG_FORMAT=json} every line is one JSON object.
 */
public final class Launcher {

  private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

  private Launcher() {
  }

  public static void main(String[] args) {
    long started = System.nanoTime();
    SandboxStack stack;
    try {
      stack = SandboxStack.start(System.getenv());
    } catch (RuntimeException e) {
      // Typically a port in use or an invalid setting: say which setting to change instead of a bare stack trace.
      LOG.error("the stack could not start: {}", e.toString());
      LOG.error("every port and origin is an environment variable: see the README's configuration table");
      System.exit(1);
      return;
    }
    GracefulShutdown.onSignal(stack.kitSettings().shutdownGrace(), stack.gracefulStops());
    LOG.info("Pilot Status sandbox is up in {} ms:", (System.nanoTime() - started) / 1_000_000);
    for (Map.Entry<String, String> url : stack.urls().entrySet()) {
      LOG.info(String.format("  %-30s %s", url.getKey(), url.getValue()));
    }
    LOG.info("Tenant API key: PS_SANDBOX_TENANT_KEY (default ps_sandbox_demo_tenant_key; server side only)");
    LOG.info("Local development settings (not for production): webhooks may target private addresses"
        + " (PS_WEBHOOKS_ALLOW_PRIVATE=" + stack.setting("PS_WEBHOOKS_ALLOW_PRIVATE") + "), X-Forwarded-For believed"
        + " from " + stack.setting("PS_TRUSTED_PROXIES") + " (PS_TRUSTED_PROXIES).");
    LOG.info("The sandbox admin key (faults, key rotation, tenants) is PS_SANDBOX_ADMIN_KEY, or the one printed at"
        + " start when generated. This demo is not a production backend.");
    LOG.info("Press Ctrl-C to stop.");
  }
}
