package com.pilotstatus.embed.chat;

import com.pilotstatus.embed.chat.conversation.ConversationHandlers;
import com.pilotstatus.embed.chat.conversation.ConversationService;
import com.pilotstatus.embed.chat.failure.FailureResponses;
import com.pilotstatus.embed.chat.inbox.InboxCache;
import com.pilotstatus.embed.chat.live.EventFeed;
import com.pilotstatus.embed.chat.live.LiveFrames;
import com.pilotstatus.embed.chat.live.LiveHandler;
import com.pilotstatus.embed.chat.live.LiveHub;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
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
  private final EventFeed feed;
  private final LiveHub hub;
  private final PrometheusMeterRegistry meters;

  private ChatApp(Javalin javalin, ScheduledExecutorService timers, EventFeed feed, LiveHub hub,
                  PrometheusMeterRegistry meters) {
    this.javalin = javalin;
    this.timers = timers;
    this.feed = feed;
    this.hub = hub;
    this.meters = meters;
  }

  /** Builds the app from {@code config} and starts it. */
  public static ChatApp start(ChatConfig config) {
    config.requireComplete();
    Clock clock = Clock.systemUTC();
    PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(meters);
    new JvmGcMetrics().bindTo(meters);
    new JvmThreadMetrics().bindTo(meters);
    new ProcessorMetrics().bindTo(meters);
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, daemon("chat-timer-"));
    timers.setRemoveOnCancelPolicy(true); // a live stream's cancelled expiry timer leaves the queue at once

    Templates templates = new Templates();
    PlatformClient platform = new PlatformClient(config, http, meters);
    InboxCache inbox = new InboxCache(platform, config.live().cacheConversations(), config.live().cacheMessages(),
        meters);
    JwksKeys keys = new JwksKeys(config.platform("/v1/.well-known/jwks.json"), http);
    TokenVerifier verifier = new TokenVerifier(keys, config.tokenIssuer(), config.originPolicy());
    ConversationService conversations = new ConversationService(platform, inbox);
    LiveHub hub = new LiveHub(inbox, new LiveFrames(templates, inbox), config.live(), clock, meters);
    EventFeed feed = new EventFeed(platform, hub, meters).start();
    long tick = Math.max(100, config.live().probeInterval().toMillis() / 3);
    timers.scheduleAtFixedRate(hub::tick, tick, tick, TimeUnit.MILLISECONDS);

    ChatRoutes.Handlers handlers = new ChatRoutes.Handlers(
        new ShellHandler(config.originPolicy(), templates, clock),
        new AssetHandler(RUNTIME_RESOURCE, "text/javascript; charset=utf-8"),
        new AssetHandler(STYLESHEET_RESOURCE, "text/css; charset=utf-8"),
        new SessionGuard(verifier),
        new SessionHandlers(platform, verifier, config.refreshLead(), clock),
        new ConversationHandlers(conversations, templates, clock),
        new LiveHandler(hub, inbox, config.live(), clock),
        new FailureResponses(templates, clock));

    Javalin javalin = Javalin.create(javalinConfig -> {
      javalinConfig.startup.showJavalinBanner = false;
      javalinConfig.jetty.threadPool = requestThreads();
      ChatRoutes.register(javalinConfig, handlers);
      javalinConfig.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
          .result(meters.scrape()));
    });
    javalin.start(config.port());
    return new ChatApp(javalin, timers, feed, hub, meters);
  }

  /** The live streams open now. */
  public int openStreams() {
    return hub.openStreams();
  }

  /** Drops the platform feed's connection, as an outage would (tests); it resumes by itself. */
  public void dropFeed() {
    feed.abort();
  }

  public boolean isFeedConnected() {
    return feed.isConnected();
  }

  public PrometheusMeterRegistry meters() {
    return meters;
  }

  public int port() {
    return javalin.port();
  }

  @Override
  public void close() {
    hub.closeAll();
    feed.close();
    javalin.stop();
    timers.shutdownNow();
  }

  public static void main(String[] args) {
    ChatConfig config = ChatConfig.fromEnv(System.getenv());
    ChatApp app = start(config);
    System.out.println("chat-app listening on http://localhost:" + app.port() + " (platform " + config.platformUrl() + ")");
    Runtime.getRuntime().addShutdownHook(new Thread(app::close));
  }

  /**
   * Jetty's request threads. Live streams hold none (they are asynchronous), so threads only follow the request rate;
   * idle ones are let go after 3 s, all at once rather than one per timeout, so a burst leaves no residue.
   */
  private static QueuedThreadPool requestThreads() {
    QueuedThreadPool pool = new QueuedThreadPool(200, 8, 3_000);
    pool.setName("chat-http");
    pool.setMaxEvictCount(200);
    return pool;
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
