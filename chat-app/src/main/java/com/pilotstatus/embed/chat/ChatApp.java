package com.pilotstatus.embed.chat;

import com.pilotstatus.embed.chat.conversation.ConversationHandlers;
import com.pilotstatus.embed.chat.conversation.RenderedInboxes;
import com.pilotstatus.embed.chat.conversation.ConversationService;
import com.pilotstatus.embed.chat.failure.FailureResponses;
import com.pilotstatus.embed.chat.inbox.InboxCache;
import com.pilotstatus.embed.chat.live.EventFeed;
import com.pilotstatus.embed.chat.live.LiveFrames;
import com.pilotstatus.embed.chat.media.MediaHandler;
import com.pilotstatus.embed.chat.media.MediaUrls;
import com.pilotstatus.embed.chat.live.LiveHandler;
import com.pilotstatus.embed.chat.live.LiveHub;
import com.pilotstatus.embed.chat.platform.PlatformClient;
import com.pilotstatus.embed.chat.quickreply.QuickReplyHandlers;
import com.pilotstatus.embed.chat.session.JwksKeys;
import com.pilotstatus.embed.chat.session.RevokedSessions;
import com.pilotstatus.embed.chat.session.SessionGuard;
import com.pilotstatus.embed.chat.session.SessionHandlers;
import com.pilotstatus.embed.chat.session.TokenVerifier;
import com.pilotstatus.embed.chat.shell.Assets;
import com.pilotstatus.embed.chat.shell.BootScript;
import com.pilotstatus.embed.chat.shell.ShellHandler;
import com.pilotstatus.embed.chat.shell.Templates;
import com.pilotstatus.embed.chat.template.TemplateHandlers;
import com.pilotstatus.embed.kit.ServerKit;
import com.pilotstatus.embed.kit.config.Env;
import com.pilotstatus.embed.kit.config.KitSettings;
import com.pilotstatus.embed.kit.http.SecurityHeadersPlugin;
import com.pilotstatus.embed.kit.lifecycle.GracefulShutdown;
import com.pilotstatus.embed.kit.lifecycle.GracefulStop;
import com.pilotstatus.embed.protocol.MediaRules;
import io.javalin.Javalin;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat iframe's server: shell page, runtime, server-rendered inbox fragments from memory, live updates fanned out
 * from one platform feed, and token refresh. Stateless towards browsers: any instance can serve any request.
 *
 * <p>{@link #start} builds everything from one {@link ChatConfig} and starts listening; port 0 picks a free port,
 * readable from {@link #port()}. Operations ({@code /healthz}, {@code /readyz}, {@code /metrics}, request logs, the
 * SIGTERM drain) come from the server kit.
 */
public final class ChatApp implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ChatApp.class);
  /** The inbox fragments kept for reuse ({@link RenderedInboxes}): 8 MB, a few hundred distinct inboxes. */
  private static final long RENDERED_INBOX_BYTES = 8L << 20;

  /**
   * Nothing but our own script, style and fetches; {@code frame-ancestors} is 'none' but on the shell page. The one
   * inline script is the shell's boot script, allowed by its hash (no 'unsafe-inline'). Images may also be
   * {@code blob:}: the tray's thumbnail of a photo the agent chose is an object URL of their own file, made by this
   * document (no other origin can mint a blob: URL of ours) and revoked when the file leaves the tray; an image cannot
   * run script.
   */
  private static String contentSecurityPolicy(BootScript boot) {
    return "default-src 'none'; script-src 'self' " + boot.cspSource() + "; img-src 'self' data: blob:;"
        + " media-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";
  }

  private final Javalin javalin;
  private final ServerKit kit;
  private final ScheduledExecutorService timers;
  private final EventFeed feed;
  private final LiveHub hub;

  private ChatApp(Javalin javalin, ServerKit kit, ScheduledExecutorService timers, EventFeed feed, LiveHub hub) {
    this.javalin = javalin;
    this.kit = kit;
    this.timers = timers;
    this.feed = feed;
    this.hub = hub;
  }

  /** Starts with the kit's defaults (tests). */
  public static ChatApp start(ChatConfig config) {
    return start(config, KitSettings.defaults());
  }

  /** Builds the app from {@code config} and starts it. */
  public static ChatApp start(ChatConfig config, KitSettings kitSettings) {
    config.requireComplete();
    ServerKit kit = ServerKit.create("chat-app", kitSettings);
    MeterRegistry meters = kit.meters();
    Clock clock = Clock.systemUTC();
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, daemon("chat-timer-"));
    timers.setRemoveOnCancelPolicy(true);

    Templates templates = new Templates();
    PlatformClient platform = new PlatformClient(config, meters);
    JwksKeys keys = new JwksKeys(config.platform("/v1/.well-known/jwks.json"), http);
    RevokedSessions revoked = new RevokedSessions();
    TokenVerifier verifier = new TokenVerifier(keys, config.tokenIssuer(), config.originPolicy(), revoked);
    InboxCache inbox = new InboxCache(platform, config.live().cacheConversations(), config.live().cacheMessages(),
        meters);
    ConversationService conversations = new ConversationService(platform, inbox);
    MediaUrls mediaUrls = new MediaUrls(config.serviceCredential(), config.mediaUrlLifetime(), clock);
    LiveHub hub = new LiveHub(inbox, revoked, verifier::forgetKeys, new LiveFrames(templates, inbox, mediaUrls, clock), config.live(),
        clock, meters);
    EventFeed feed = new EventFeed(platform, hub, meters).start();
    timers.scheduleAtFixedRate(hub::tick, hub.tickMillis(), hub.tickMillis(), TimeUnit.MILLISECONDS);

    kit.readiness().add("platform", platform::verifyReachable).add("feed", () -> {
      if (!feed.isConnected()) {
        throw new IllegalStateException("the platform's event feed is not connected");
      }
    });
    kit.draining().onDrain(hub::closeAll); // SIGTERM: every stream gets a retry hint and closes

    BootScript boot = BootScript.load();
    SecurityHeadersPlugin securityHeaders = new SecurityHeadersPlugin(policy -> {
      policy.contentSecurityPolicy = contentSecurityPolicy(boot);
      policy.crossOriginResourcePolicy = "same-origin";
    });
    Assets assets = Assets.serve(kit, securityHeaders.headers());
    ChatRoutes.Handlers handlers = new ChatRoutes.Handlers(
        new ShellHandler(config.originPolicy(), templates, assets, boot, clock),
        new SessionGuard(verifier),
        new SessionHandlers(platform, verifier, config.refreshLead(), clock),
        new ConversationHandlers(conversations, templates, new RenderedInboxes(RENDERED_INBOX_BYTES, meters),
            mediaUrls, clock),
        new TemplateHandlers(conversations, templates, mediaUrls, clock),
        new QuickReplyHandlers(conversations, platform, templates, clock),
        new LiveHandler(hub, inbox, config.live(), clock),
        new MediaHandler(mediaUrls, platform),
        new FailureResponses(templates, clock));

    Javalin javalin = Javalin.create(cfg -> {
      cfg.jetty.threadPool = requestThreads();
      kit.install(cfg);
      // A file upload is one request: the largest document plus room for the request's own overhead.
      cfg.http.maxRequestSize = MediaRules.MAX_DOCUMENT_BYTES + 64 * 1024L;
      cfg.registerPlugin(securityHeaders);
      ChatRoutes.register(cfg, handlers);
    });
    javalin.start(config.port());
    return new ChatApp(javalin, kit, timers, feed, hub);
  }

  public int port() {
    return javalin.port();
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

  public MeterRegistry meters() {
    return kit.meters();
  }

  /** SIGTERM's stop: not ready, new requests refused, streams told to retry and closed, in-flight requests finish. */
  public GracefulStop gracefulStop() {
    return kit.stopping(this::close);
  }

  @Override
  public void close() {
    hub.closeAll();
    feed.close();
    javalin.stop();
    timers.shutdownNow();
  }

  public static void main(String[] args) {
    Env env = Env.of(System.getenv());
    ChatConfig config = ChatConfig.fromEnv(env);
    KitSettings kitSettings = KitSettings.fromEnv(env);
    ChatApp app = start(config, kitSettings);
    GracefulShutdown.onSignal(kitSettings.shutdownGrace(), app.gracefulStop());
    LOG.info("chat-app listening on http://localhost:{} (platform {})", app.port(), config.platformUrl());
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
