package com.pilotstatus.embed.e2e;

import com.pilotstatus.embed.demo.launcher.SandboxStack;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole stack on free ports under real, distinct host names — the host SaaS at {@code app.acme.test}, the chat at
 * {@code chat.pilot.test}, connect at {@code connect.pilot.test}, embed.js at {@code embed.pilot.test} and the API at
 * {@code api.pilot.test} — which Chromium resolves to loopback ({@code --host-resolver-rules}). Server-to-server calls
 * use 127.0.0.1, since the JVM does not know those names.
 */
final class E2eStack implements AutoCloseable {

  final int platformPort = freePort();
  final int chatPort = freePort();
  final int connectPort = freePort();
  final int cdnPort = freePort();
  final int demoPort = freePort();
  final String hostOrigin = "http://app.acme.test:" + demoPort;
  final String chatOrigin = "http://chat.pilot.test:" + chatPort;
  final String connectOrigin = "http://connect.pilot.test:" + connectPort;
  final String cdnOrigin = "http://embed.pilot.test:" + cdnPort;
  final String platformUrl = "http://127.0.0.1:" + platformPort;
  final String tenantKey = "ps_e2e_tenant_key";
  private final SandboxStack stack;

  E2eStack(Map<String, String> overrides) {
    Map<String, String> env = new HashMap<>();
    env.put("PS_PLATFORM_PORT", Integer.toString(platformPort));
    env.put("PS_CHAT_PORT", Integer.toString(chatPort));
    env.put("PS_CONNECT_PORT", Integer.toString(connectPort));
    env.put("PS_CDN_PORT", Integer.toString(cdnPort));
    env.put("PS_DEMO_PORT", Integer.toString(demoPort));
    env.put("PS_PLATFORM_URL", platformUrl);
    env.put("PS_CHAT_ORIGIN", chatOrigin);
    env.put("PS_CONNECT_ORIGIN", connectOrigin);
    env.put("PS_CDN_ORIGIN", cdnOrigin);
    env.put("PS_DEMO_ORIGIN", hostOrigin);
    env.put("PS_ALLOW_HTTP_ORIGINS", "true");
    env.put("PS_SANDBOX_TENANT_KEY", tenantKey);
    env.put("PS_SANDBOX_WEBHOOK_URL", "http://127.0.0.1:" + demoPort + "/webhooks/pilot-status");
    env.put("PS_LINKING_MS", "300");
    env.put("PS_DELIVERY_DELAY_MS", "300");
    env.put("PS_WEBHOOK_RETRY_BASE_MS", "100");
    env.putAll(overrides);
    stack = SandboxStack.start(env);
  }

  E2eStack() {
    this(Map.of());
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port", e);
    }
  }

  @Override
  public void close() {
    stack.close();
  }
}
