package com.pilotstatus.embed.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.branding.BrandingRules;
import com.pilotstatus.embed.origin.OriginPolicy;
import com.pilotstatus.embed.protocol.MediaRules;
import com.pilotstatus.embed.platform.auth.AdminKey;
import com.pilotstatus.embed.platform.auth.ApiKeys;
import com.pilotstatus.embed.platform.auth.InMemoryApiKeyRepository;
import com.pilotstatus.embed.platform.branding.BrandingHandlers;
import com.pilotstatus.embed.platform.chat.ChatHandlers;
import com.pilotstatus.embed.platform.chat.ChatService;
import com.pilotstatus.embed.platform.chat.MediaHandlers;
import com.pilotstatus.embed.platform.chat.MediaService;
import com.pilotstatus.embed.platform.chat.MediaStore;
import com.pilotstatus.embed.platform.chat.MediaSubscriptions;
import com.pilotstatus.embed.platform.chat.EventLog;
import com.pilotstatus.embed.platform.chat.InMemoryConversationRepository;
import com.pilotstatus.embed.platform.chat.SendFaults;
import com.pilotstatus.embed.platform.feed.FeedHandlers;
import com.pilotstatus.embed.platform.feed.ServiceCredential;
import com.pilotstatus.embed.platform.http.ClientAddress;
import com.pilotstatus.embed.platform.number.InMemoryNumberRepository;
import com.pilotstatus.embed.platform.number.NumberHandlers;
import com.pilotstatus.embed.platform.number.NumberListener;
import com.pilotstatus.embed.platform.number.NumberListeners;
import com.pilotstatus.embed.platform.number.NumberRepository;
import com.pilotstatus.embed.platform.number.NumberService;
import com.pilotstatus.embed.platform.number.NumberView;
import com.pilotstatus.embed.platform.number.WhatsappNumber;
import com.pilotstatus.embed.platform.pairing.InMemoryPairingLinkRepository;
import com.pilotstatus.embed.platform.pairing.PairingHandlers;
import com.pilotstatus.embed.platform.pairing.PairingService;
import com.pilotstatus.embed.platform.pairing.PublicRateLimiter;
import com.pilotstatus.embed.platform.provider.QrImages;
import com.pilotstatus.embed.platform.provider.QrSchedule;
import com.pilotstatus.embed.platform.provider.SimulatedProvider;
import com.pilotstatus.embed.platform.quickreply.QuickReplies;
import com.pilotstatus.embed.platform.quickreply.QuickReplyHandlers;
import com.pilotstatus.embed.platform.sandbox.DemoSeed;
import com.pilotstatus.embed.platform.sandbox.SandboxHandlers;
import com.pilotstatus.embed.platform.sandbox.Tenants;
import com.pilotstatus.embed.platform.session.ChatTokens;
import com.pilotstatus.embed.platform.session.Revocations;
import com.pilotstatus.embed.platform.session.SessionHandlers;
import com.pilotstatus.embed.platform.session.SigningKeys;
import com.pilotstatus.embed.platform.template.InMemoryTemplateRepository;
import com.pilotstatus.embed.platform.template.TemplateHandlers;
import com.pilotstatus.embed.platform.template.TemplateService;
import com.pilotstatus.embed.platform.tenant.InMemoryTenantRepository;
import com.pilotstatus.embed.platform.tenant.TenantRepository;
import com.pilotstatus.embed.platform.webhook.WebhookDispatcher;
import com.pilotstatus.embed.platform.webhook.WebhookHandlers;
import com.pilotstatus.embed.platform.webhook.WebhookTarget;
import com.pilotstatus.embed.kit.ServerKit;
import com.pilotstatus.embed.kit.config.Env;
import com.pilotstatus.embed.kit.config.KitSettings;
import com.pilotstatus.embed.kit.http.SecurityHeadersPlugin;
import com.pilotstatus.embed.kit.lifecycle.GracefulShutdown;
import com.pilotstatus.embed.kit.lifecycle.GracefulStop;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform sandbox: the documented {@code /v1} API with a simulated WhatsApp provider, in memory.
 * {@link #start(SandboxConfig)} builds and starts one (port 0 picks a free port, see {@link #port()});
 * {@link #close()} stops it. Tests pass a controllable {@link SandboxConfig#clock()} and millisecond QR timings.
 */
public final class PlatformSandbox implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PlatformSandbox.class);

  private final SandboxConfig config;
  private final Javalin app;
  private final ScheduledExecutorService timers;
  private final SigningKeys signingKeys;
  private final ServerKit kit;

  /** Builds and starts a sandbox with the kit's defaults (tests). */
  public static PlatformSandbox start(SandboxConfig config) {
    return start(config, KitSettings.defaults());
  }

  /** Builds and starts a sandbox. */
  public static PlatformSandbox start(SandboxConfig config, KitSettings kitSettings) {
    KeyPair key = config.signingKeyFile().isEmpty()
        ? SigningKeys.generate() : SigningKeys.load(Path.of(config.signingKeyFile()));
    String adminKey = config.trust().adminKey();
    if (adminKey.isEmpty()) {
      adminKey = AdminKey.generate();
      if (kitSettings.logFormat() == KitSettings.LogFormat.TEXT) {
        // Printed once, to a developer's console only, never through a logger: they need it for the controls.
        System.out.println("[platform-sandbox] generated sandbox admin key (set PS_SANDBOX_ADMIN_KEY to choose one): "
            + adminKey);
      } else {
        // JSON logs go to a log pipeline: no secret there. Whoever needs the controls sets the key.
        LOG.warn("generated a sandbox admin key that is not shown (JSON logs); set PS_SANDBOX_ADMIN_KEY to use the"
            + " /v1/sandbox controls");
      }
    }
    return new PlatformSandbox(config, key, adminKey, ServerKit.create("platform-sandbox", kitSettings)).startServer();
  }

  private PlatformSandbox(SandboxConfig config, KeyPair signingKey, String adminKey, ServerKit kit) {
    this.config = config;
    this.kit = kit;
    Clock clock = config.clock();
    this.timers = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "platform-timers");
      thread.setDaemon(true);
      return thread;
    });
    ObjectMapper json = new ObjectMapper();
    BrandingRules brandingRules = BrandingRules.SANDBOX;

    TenantRepository tenantRepository = new InMemoryTenantRepository();
    ClientAddress clients = new ClientAddress(config.trust().trustedProxies());
    ApiKeys apiKeys = new ApiKeys(new InMemoryApiKeyRepository(), config.trust().trustKeyIdHeader(), clients);
    AdminKey admin = new AdminKey(adminKey, apiKeys);
    NumberRepository numberRepository = new InMemoryNumberRepository();
    WebhookTarget webhookTargets = new WebhookTarget(config.trust().webhooksAllowPrivate());
    WebhookDispatcher webhooks = new WebhookDispatcher(tenantRepository, json, clock, timers,
        config.webhookRetryBase(), config.webhookMaxAttempts(), webhookTargets);
    NumberListeners listeners = new NumberListeners();
    SimulatedProvider provider = new SimulatedProvider(
        new QrSchedule(config.qrRefs(), config.qrFirstTtl(), config.qrNextTtl(), config.linkingDelay()));
    NumberService numbers = new NumberService(numberRepository, apiKeys, provider, clock, timers, listeners);
    PairingService pairing = new PairingService(new InMemoryPairingLinkRepository(clock), numbers, tenantRepository,
        brandingRules, clock);
    EventLog events = new EventLog(config.eventLogSize());
    SendFaults faults = new SendFaults();
    TemplateService templates = new TemplateService(new InMemoryTemplateRepository(), clock);
    MediaStore mediaStore = new MediaStore();
    MediaSubscriptions mediaPlans = new MediaSubscriptions();
    ChatService chat = new ChatService(new InMemoryConversationRepository(), numberRepository, events, webhooks,
        faults, templates, mediaStore, mediaPlans, clock, timers, config.deliveryDelay());
    signingKeys = new SigningKeys(signingKey, clock);
    Revocations revocations = new Revocations(clock);
    ChatTokens tokens = new ChatTokens(signingKeys, config.tokenIssuer(), clock, revocations);
    Tenants tenants = new Tenants(tenantRepository, apiKeys);

    listeners.add(pairing).add(new NumberListener() {
      @Override
      public void created(WhatsappNumber number) {
        webhooks.publish(number.tenantId(), "number.created", Map.of("number", NumberView.of(number)));
      }

      @Override
      public void stateChanged(WhatsappNumber number) {
        chat.numberChanged(number);
      }

      @Override
      public void connected(WhatsappNumber number) {
        webhooks.publish(number.tenantId(), "number.connected", Map.of("number", NumberView.of(number)));
      }

      @Override
      public void removed(WhatsappNumber number) {
        chat.numberRemoved(number);
        templates.numberRemoved(number);
        webhooks.publish(number.tenantId(), "number.removed", Map.of("number", NumberView.of(number)));
      }
    });

    DemoSeed.plant(config, tenantRepository, apiKeys, numbers, chat, templates, clock);

    QrImages qrImages = new QrImages();
    ServiceCredential serviceCredential = new ServiceCredential(config.serviceCredential());
    PlatformRoutes routes = new PlatformRoutes(
        new NumberHandlers(apiKeys, numbers, qrImages),
        new PairingHandlers(apiKeys, pairing, numbers, qrImages,
            new PublicRateLimiter(config.publicLimitPerIp(), config.publicLimitPerToken(), clock),
            clients, brandingRules, config.connectOrigin(),
            config.pairingTemplate()),
        new BrandingHandlers(apiKeys, tenantRepository, brandingRules),
        new SessionHandlers(apiKeys, numbers, tokens, signingKeys, OriginPolicy.of(config.allowHttpOrigins()),
            revocations, events),
        new ChatHandlers(tokens, chat, events, json, clock, kit.draining()),
        new WebhookHandlers(apiKeys, tenantRepository, webhookTargets),
        new SandboxHandlers(apiKeys, admin, numbers, chat, faults, mediaPlans, signingKeys, tenants, clock),
        new FeedHandlers(serviceCredential, events, json, kit.draining()),
        new TemplateHandlers(apiKeys, numbers, templates),
        new QuickReplyHandlers(apiKeys, tokens, new QuickReplies(clock)),
        new MediaHandlers(tokens, new MediaService(chat, mediaStore, mediaPlans, clock), serviceCredential));
    this.app = Javalin.create(javalin -> {
      javalin.jsonMapper(new JavalinJackson(json, false));
      kit.install(javalin);
      // A media upload is one request: the largest document plus room for the request's own overhead.
      javalin.http.maxRequestSize = MediaRules.MAX_DOCUMENT_BYTES + 64 * 1024L;
      // An API: nothing to frame, no inline anything; handlers that may be cached (JWKS) say so themselves.
      javalin.registerPlugin(new SecurityHeadersPlugin(policy -> policy.contentSecurityPolicy = "default-src 'none'"));
      routes.register(javalin);
    });
  }

  private PlatformSandbox startServer() {
    app.start(config.port());
    return this;
  }

  public void stop() {
    app.stop();
    timers.shutdownNow();
  }

  /** SIGTERM's stop: drain (event streams told to reconnect), wait for requests in flight, stop, stop the timers. */
  public GracefulStop gracefulStop() {
    return kit.stopping(this::stop);
  }

  @Override
  public void close() {
    stop();
  }

  /** {@code http://localhost:{port}} (without {@code /v1}). */
  public String baseUrl() {
    return "http://localhost:" + port();
  }

  /** The credential of the internal event feed, for the front-end instances started beside this sandbox. */
  public String serviceCredential() {
    return config.serviceCredential();
  }

  /** The port the server listens on (the chosen one when configured with 0). */
  public int port() {
    return app.port();
  }

  public static void main(String[] args) {
    Env env = Env.of(System.getenv());
    SandboxConfig config = SandboxConfig.fromEnv(env);
    KitSettings kitSettings = KitSettings.fromEnv(env);
    PlatformSandbox sandbox = start(config, kitSettings);
    GracefulShutdown.onSignal(kitSettings.shutdownGrace(), sandbox.gracefulStop());
    String base = sandbox.baseUrl();
    LOG.info("Pilot Status platform sandbox on {}/v1", base);
    LOG.info("demo tenant {} (key id {}); the key is PS_SANDBOX_TENANT_KEY", DemoSeed.TENANT_ID,
        DemoSeed.TENANT_KEY_ID);
    if (config.seedDemo()) {
      LOG.info("demo number {} (OPEN), number key id {}", DemoSeed.NUMBER_ID, DemoSeed.NUMBER_KEY_ID);
    }
    LOG.info("JWKS {}/v1/.well-known/jwks.json", base);
  }
}
