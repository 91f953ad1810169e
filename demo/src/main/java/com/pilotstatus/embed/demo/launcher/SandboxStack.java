package com.pilotstatus.embed.demo.launcher;

import com.pilotstatus.embed.cdn.CdnConfig;
import com.pilotstatus.embed.cdn.EmbedCdn;
import com.pilotstatus.embed.chat.ChatApp;
import com.pilotstatus.embed.chat.ChatConfig;
import com.pilotstatus.embed.connect.ConnectApp;
import com.pilotstatus.embed.connect.ConnectConfig;
import com.pilotstatus.embed.demo.DemoApp;
import com.pilotstatus.embed.demo.DemoConfig;
import com.pilotstatus.embed.kit.config.Env;
import com.pilotstatus.embed.kit.config.InvalidSetting;
import com.pilotstatus.embed.kit.config.KitSettings;
import com.pilotstatus.embed.kit.lifecycle.GracefulStop;
import com.pilotstatus.embed.platform.PlatformSandbox;
import com.pilotstatus.embed.platform.SandboxConfig;
import com.pilotstatus.embed.platform.feed.ServiceCredential;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole sandbox stack in one JVM: platform-sandbox, chat-app, connect-app, embed-cdn and the demo host SaaS.
 * Every server reads the same environment, so one variable (say {@code PS_CHAT_ORIGIN}) configures both the server
 * that owns it and every server that links to it. The defaults are the ports of DESIGN.md on localhost.
 */
public final class SandboxStack implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SandboxStack.class);

  private final List<AutoCloseable> servers;
  private final List<GracefulStop> gracefulStops;
  private final Map<String, String> urls;
  private final KitSettings kitSettings;
  private final Map<String, String> env;

  private SandboxStack(List<AutoCloseable> servers, List<GracefulStop> gracefulStops, Map<String, String> urls,
                       KitSettings kitSettings, Map<String, String> env) {
    this.servers = servers;
    this.gracefulStops = gracefulStops;
    this.urls = urls;
    this.kitSettings = kitSettings;
    this.env = env;
  }

  /** The value the stack started with for {@code key} (after the derived defaults), or "" when unset. */
  public String setting(String key) {
    return env.getOrDefault(key, "");
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
    Map<String, String> raw = withDerivedDefaults(environment);
    Env env = Env.of(raw);
    boolean sandbox = env.bool("PS_LAUNCH_SANDBOX", true); // blank too means the documented default
    KitSettings kit = KitSettings.fromEnv(env);
    if (kit.managementPort().isPresent()) {
      throw new InvalidSetting("PS_MANAGEMENT_PORT", "unset for the launcher (five servers cannot share one "
          + "management port; set it per server when they run apart)", String.valueOf(kit.managementPort().getAsInt()));
    }
    List<AutoCloseable> started = new ArrayList<>();
    List<GracefulStop> stops = new ArrayList<>();
    try {
      if (sandbox) {
        PlatformSandbox server = PlatformSandbox.start(platform.apply(SandboxConfig.fromEnv(env)), kit);
        started.add(server);
        stops.add(server.gracefulStop());
      }
      ChatApp chat = ChatApp.start(ChatConfig.fromEnv(env), kit);
      started.add(chat);
      stops.add(chat.gracefulStop());
      ConnectApp connect = ConnectApp.start(ConnectConfig.fromEnv(env), kit);
      started.add(connect);
      stops.add(connect.gracefulStop());
      EmbedCdn cdn = EmbedCdn.start(CdnConfig.fromEnv(env), kit);
      started.add(cdn);
      stops.add(cdn.gracefulStop());
      DemoApp demo = DemoApp.start(DemoConfig.fromEnv(env), kit);
      started.add(demo);
      stops.add(demo.gracefulStop());
    } catch (RuntimeException e) {
      closeAll(started);
      throw e;
    }
    Map<String, String> urls = new LinkedHashMap<>();
    urls.put("Demo host SaaS (open this)", raw.get("PS_DEMO_ORIGIN") + "/");
    urls.put("  connect a number", raw.get("PS_DEMO_ORIGIN") + "/connect");
    urls.put("  seed 000 snippet, verbatim", raw.get("PS_DEMO_ORIGIN") + "/snippet/chat");
    urls.put("  seed 001 snippet, verbatim", raw.get("PS_DEMO_ORIGIN") + "/snippet/connect");
    urls.put(sandbox ? "Platform sandbox API" : "Platform API (not started here)", raw.get("PS_PLATFORM_URL") + "/v1");
    urls.put("Chat iframe (chat-app)", raw.get("PS_CHAT_ORIGIN") + "/");
    urls.put("Connect page (connect-app)", raw.get("PS_CONNECT_ORIGIN") + "/preview?state=qr");
    urls.put("embed.js (embed-cdn)", raw.get("PS_CDN_ORIGIN") + "/embed.js");
    return new SandboxStack(started, List.copyOf(stops), Collections.unmodifiableMap(urls), kit, Map.copyOf(raw));
  }

  /**
   * Fills in what follows from other settings: each public origin from its port, the platform URL, the demo's
   * webhook receiver as the sandbox tenant's webhook, and the two local-development switches this needs
   * ({@code PS_WEBHOOKS_ALLOW_PRIVATE=true}, {@code PS_TRUSTED_PROXIES} = loopback).
   */
  static Map<String, String> withDerivedDefaults(Map<String, String> environment) {
    Map<String, String> env = new HashMap<>(environment);
    env.putIfAbsent("PS_LAUNCH_SANDBOX", "true");
    if (Env.of(env).bool("PS_LAUNCH_SANDBOX", true)
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
    // Local development only, and said so in the banner: the demo's webhook receiver is on localhost, and
    // connect-app (on this machine) names each browser in X-Forwarded-For for the platform's per-client limits.
    env.putIfAbsent("PS_WEBHOOKS_ALLOW_PRIVATE", "true");
    env.putIfAbsent("PS_TRUSTED_PROXIES", "127.0.0.1, ::1");
    return env;
  }

  /** Each server's graceful stop, in start order: SIGTERM drains them all at once (see {@link Launcher}). */
  public List<GracefulStop> gracefulStops() {
    return gracefulStops;
  }

  /** The kit settings every server of the stack runs with. */
  public KitSettings kitSettings() {
    return kitSettings;
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
        LOG.warn("could not stop {}: {}", server, e.getMessage());
      }
    }
  }
}
