package com.pilotstatus.embed.demo.launcher;

import com.pilotstatus.embed.cdn.CdnConfig;
import com.pilotstatus.embed.cdn.EmbedCdn;
import com.pilotstatus.embed.chat.ChatApp;
import com.pilotstatus.embed.chat.ChatConfig;
import com.pilotstatus.embed.config.EnvFlag;
import com.pilotstatus.embed.connect.ConnectApp;
import com.pilotstatus.embed.connect.ConnectConfig;
import com.pilotstatus.embed.demo.DemoApp;
import com.pilotstatus.embed.demo.DemoConfig;
import com.pilotstatus.embed.platform.PlatformSandbox;
import com.pilotstatus.embed.platform.feed.ServiceCredential;
import com.pilotstatus.embed.platform.SandboxConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The whole sandbox stack in one JVM: platform-sandbox, chat-app, connect-app, embed-cdn and the demo host SaaS.
 * Every server reads the same environment, so one variable (say {@code PS_CHAT_ORIGIN}) configures both the server
 * that owns it and every server that links to it. The defaults are the ports of DESIGN.md on localhost.
 */
public final class SandboxStack implements AutoCloseable {

  private final List<AutoCloseable> servers;
  private final Map<String, String> urls;

  private SandboxStack(List<AutoCloseable> servers, Map<String, String> urls) {
    this.servers = servers;
    this.urls = urls;
  }

  /** Starts every server, platform first (the others call it). On failure, what started is stopped again. */
  public static SandboxStack start(Map<String, String> environment) {
    return start(environment, UnaryOperator.identity());
  }

  /**
   * Like {@link #start(Map)}, with a last say on the sandbox's settings: tests pass a controllable
   * {@link SandboxConfig#clock()} (say, to let a 24 h pairing link expire).
   */
  public static SandboxStack start(Map<String, String> environment, UnaryOperator<SandboxConfig> platform) {
    Map<String, String> env = withDerivedDefaults(environment);
    boolean sandbox = EnvFlag.read(env, "PS_LAUNCH_SANDBOX", true); // blank too means the documented default
    List<AutoCloseable> started = new ArrayList<>();
    try {
      if (sandbox) {
        started.add(PlatformSandbox.start(platform.apply(SandboxConfig.fromEnv(env))));
      }
      started.add(ChatApp.start(ChatConfig.fromEnv(env)));
      started.add(ConnectApp.start(ConnectConfig.fromEnv(env)));
      started.add(EmbedCdn.start(CdnConfig.fromEnv(env)));
      started.add(DemoApp.start(DemoConfig.fromEnv(env)));
    } catch (RuntimeException e) {
      closeAll(started);
      throw e;
    }
    Map<String, String> urls = new LinkedHashMap<>();
    urls.put("Demo host SaaS (open this)", env.get("PS_DEMO_ORIGIN") + "/");
    urls.put("  connect a number", env.get("PS_DEMO_ORIGIN") + "/connect");
    urls.put("  seed 000 snippet, verbatim", env.get("PS_DEMO_ORIGIN") + "/snippet/chat");
    urls.put("  seed 001 snippet, verbatim", env.get("PS_DEMO_ORIGIN") + "/snippet/connect");
    urls.put(sandbox ? "Platform sandbox API" : "Platform API (not started here)", env.get("PS_PLATFORM_URL") + "/v1");
    urls.put("Chat iframe (chat-app)", env.get("PS_CHAT_ORIGIN") + "/");
    urls.put("Connect page (connect-app)", env.get("PS_CONNECT_ORIGIN") + "/preview?state=qr");
    urls.put("embed.js (embed-cdn)", env.get("PS_CDN_ORIGIN") + "/embed.js");
    return new SandboxStack(started, Collections.unmodifiableMap(urls));
  }

  /**
   * Fills in what follows from other settings: each public origin from its port, the platform URL, and the demo's
   * webhook receiver as the sandbox tenant's webhook.
   */
  static Map<String, String> withDerivedDefaults(Map<String, String> environment) {
    Map<String, String> env = new HashMap<>(environment);
    env.putIfAbsent("PS_LAUNCH_SANDBOX", "true");
    if (EnvFlag.read(env, "PS_LAUNCH_SANDBOX", true)
        && env.getOrDefault("PS_SERVICE_CREDENTIAL", "").isBlank()) {
      // The sandbox and chat-app started here share one random feed credential; it never leaves this process.
      env.put("PS_SERVICE_CREDENTIAL", ServiceCredential.generate());
    }
    env.putIfAbsent("PS_PLATFORM_PORT", "8080");
    env.putIfAbsent("PS_CHAT_PORT", "8081");
    env.putIfAbsent("PS_CONNECT_PORT", "8082");
    env.putIfAbsent("PS_CDN_PORT", "8083");
    env.putIfAbsent("PS_DEMO_PORT", "8090");
    env.putIfAbsent("PS_PLATFORM_URL", "http://localhost:" + env.get("PS_PLATFORM_PORT"));
    env.putIfAbsent("PS_CHAT_ORIGIN", "http://localhost:" + env.get("PS_CHAT_PORT"));
    env.putIfAbsent("PS_CONNECT_ORIGIN", "http://localhost:" + env.get("PS_CONNECT_PORT"));
    env.putIfAbsent("PS_CDN_ORIGIN", "http://localhost:" + env.get("PS_CDN_PORT"));
    env.putIfAbsent("PS_DEMO_ORIGIN", "http://localhost:" + env.get("PS_DEMO_PORT"));
    env.putIfAbsent("PS_DEMO_WEBHOOK_SECRET", DemoConfig.DEFAULT_WEBHOOK_SECRET);
    env.putIfAbsent("PS_SANDBOX_WEBHOOK_URL", "http://localhost:" + env.get("PS_DEMO_PORT") + "/webhooks/pilot-status");
    env.putIfAbsent("PS_SANDBOX_WEBHOOK_SECRET", env.get("PS_DEMO_WEBHOOK_SECRET"));
    return env;
  }

  /** Name → URL of each server, in start order. */
  public Map<String, String> urls() {
    return urls;
  }

  @Override
  public void close() {
    List<AutoCloseable> reversed = new ArrayList<>(servers);
    Collections.reverse(reversed);
    closeAll(reversed);
  }

  private static void closeAll(List<AutoCloseable> servers) {
    for (AutoCloseable server : servers) {
      try {
        server.close();
      } catch (Exception e) {
        System.err.println("[stack] could not stop " + server + ": " + e.getMessage());
      }
    }
  }
}
