package com.pilotstatus.embed.chat;

import com.pilotstatus.embed.chat.conversation.ConversationHandlers;
import com.pilotstatus.embed.chat.conversation.ConversationService;
import com.pilotstatus.embed.chat.failure.FailureResponses;
import com.pilotstatus.embed.chat.live.LiveHandler;
import com.pilotstatus.embed.chat.platform.PlatformClient;
import com.pilotstatus.embed.chat.session.JwksKeys;
import com.pilotstatus.embed.chat.session.SessionGuard;
import com.pilotstatus.embed.chat.session.SessionHandlers;
import com.pilotstatus.embed.chat.session.TokenVerifier;
import com.pilotstatus.embed.chat.shell.AssetHandler;
import com.pilotstatus.embed.chat.shell.ShellHandler;
import com.pilotstatus.embed.chat.shell.Templates;
import io.javalin.Javalin;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The chat iframe's server: shell page, runtime, server-rendered inbox fragments, live updates and token refresh,
 * all backed by the platform's HTTP API. Stateless: any instance can serve any request.
 *
 * <p>{@link #start} builds everything from one {@link ChatConfig} and starts listening; port 0 picks a free port,
 * readable from {@link #port()}.
 */
public final class ChatApp implements AutoCloseable {

  /** The TeaVM runtime, shipped in shared-protocol's jar. */
  public static final String RUNTIME_RESOURCE = "pilot-status/js/chat-runtime.js";
  public static final String STYLESHEET_RESOURCE = "chat/chat.css";

  private final Javalin javalin;
  private final ScheduledExecutorService timers;

  private ChatApp(Javalin javalin, ScheduledExecutorService timers) {
    this.javalin = javalin;
    this.timers = timers;
  }

  /** Builds the app from {@code config} and starts it. */
  public static ChatApp start(ChatConfig config) {
    Clock clock = Clock.systemUTC();
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, daemon("chat-timer-"));
    timers.setRemoveOnCancelPolicy(true); // a live stream's cancelled expiry timer leaves the queue at once

    Templates templates = new Templates();
    PlatformClient platform = new PlatformClient(config, http);
    JwksKeys keys = new JwksKeys(config.platform("/v1/.well-known/jwks.json"), http);
    TokenVerifier verifier = new TokenVerifier(keys, config.tokenIssuer(), config.originPolicy());
    ConversationService conversations = new ConversationService(platform);

    ChatRoutes.Handlers handlers = new ChatRoutes.Handlers(
        new ShellHandler(config.originPolicy(), templates, clock),
        new AssetHandler(RUNTIME_RESOURCE, "text/javascript; charset=utf-8"),
        new AssetHandler(STYLESHEET_RESOURCE, "text/css; charset=utf-8"),
        new SessionGuard(verifier),
        new SessionHandlers(platform, verifier, config.refreshLead(), clock),
        new ConversationHandlers(conversations, templates, clock),
        new LiveHandler(platform, conversations, templates, clock, timers),
        new FailureResponses(templates, clock));

    Javalin javalin = Javalin.create(javalinConfig -> {
      javalinConfig.startup.showJavalinBanner = false;
      ChatRoutes.register(javalinConfig, handlers);
    });
    javalin.start(config.port());
    return new ChatApp(javalin, timers);
  }

  public int port() {
    return javalin.port();
  }

  @Override
  public void close() {
    javalin.stop();
    timers.shutdownNow();
  }

  public static void main(String[] args) {
    ChatConfig config = ChatConfig.fromEnv(System.getenv());
    ChatApp app = start(config);
    System.out.println("chat-app listening on http://localhost:" + app.port() + " (platform " + config.platformUrl() + ")");
    Runtime.getRuntime().addShutdownHook(new Thread(app::close));
  }

  private static ThreadFactory daemon(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
