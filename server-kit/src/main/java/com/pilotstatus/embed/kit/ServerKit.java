package com.pilotstatus.embed.kit;

import com.pilotstatus.embed.kit.config.KitSettings;
import com.pilotstatus.embed.kit.health.HealthPlugin;
import com.pilotstatus.embed.kit.health.Readiness;
import com.pilotstatus.embed.kit.lifecycle.Draining;
import com.pilotstatus.embed.kit.lifecycle.DrainingPlugin;
import com.pilotstatus.embed.kit.lifecycle.GracefulStop;
import com.pilotstatus.embed.kit.logging.RequestLogPlugin;
import com.pilotstatus.embed.kit.metrics.MetricsPlugin;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The operations side of one server, installed in one line in its {@code Javalin.create(cfg -> …)}:
 * request ids and request logs, metrics on {@code /metrics}, {@code /healthz} and {@code /readyz}, and the drain
 * gate of a graceful shutdown. The app keeps the objects it talks to: {@link #meters()} for its own meters,
 * {@link #readiness()} for its checks, {@link #draining()} for its streams' closers.
 *
 * <pre>{@code
 * ServerKit kit = ServerKit.create("connect-app", KitSettings.fromEnv(env));
 * kit.readiness().add("platform", platform::verifyReachable);
 * Javalin app = Javalin.create(cfg -> { kit.install(cfg); routes.register(cfg.routes); }).start(port);
 * // in main: SIGTERM drains, waits for in-flight requests (PS_SHUTDOWN_GRACE_SECONDS), stops, exits 0
 * GracefulShutdown.onSignal(kit.settings().shutdownGrace(), kit.stopping(app));
 * }</pre>
 */
public final class ServerKit {

  private final String service;
  private final KitSettings settings;
  private final Draining draining = new Draining();
  private final Readiness readiness = new Readiness();
  private final MetricsPlugin metrics;
  private final DrainingPlugin drainGate;
  private final RequestLogPlugin requestLog;
  private final PrecomputedRoutes precomputed;

  private ServerKit(String service, KitSettings settings) {
    this.service = service;
    this.settings = settings;
    this.metrics = new MetricsPlugin(MetricsPlugin.newRegistry(service), settings.managementPort());
    this.drainGate = new DrainingPlugin(draining);
    this.requestLog = new RequestLogPlugin(settings.logRequests());
    this.precomputed = new PrecomputedRoutes(drainGate, requestLog, metrics);
    // What a graceful stop waits for: an operator (or a test) sees whether an instance still has work in hand.
    Gauge.builder("http.server.requests.in.flight", drainGate, DrainingPlugin::inFlight)
        .description("requests being handled now (the operations endpoints not counted)")
        .register(metrics.registry());
  }

  /** {@code service} names the server in metrics ({@code service} tag) and logs. */
  public static ServerKit create(String service, KitSettings settings) {
    return new ServerKit(service, settings);
  }

  /**
   * Installs request logs, the drain gate, metrics and health on {@code config}, and {@link PrecomputedRoutes} in
   * front of its Javalin; call once per app.
   */
  public void install(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.jetty.modifyServer(server -> server.setHandler(precomputed)); // Javalin puts its own handler inside
    config.registerPlugin(requestLog);
    config.registerPlugin(drainGate);
    config.registerPlugin(metrics);
    config.registerPlugin(new HealthPlugin(readiness, draining));
  }

  /**
   * Answers {@code GET}/{@code HEAD} {@code path} (exactly; no pattern) with what {@code responder} picks from
   * answers made beforehand, ahead of Javalin's routes: for hot, unchanging files. See {@link PrecomputedRoutes}.
   */
  public void precomputed(String path, PrecomputedRoutes.Responder responder) {
    precomputed.add(path, responder);
  }

  public String service() {
    return service;
  }

  public KitSettings settings() {
    return settings;
  }

  /** The registry for the app's own meters; scraped on {@code /metrics}. */
  public MeterRegistry meters() {
    return metrics.registry();
  }

  public Readiness readiness() {
    return readiness;
  }

  public Draining draining() {
    return draining;
  }

  /** The port of {@code /metrics} when {@code PS_MANAGEMENT_PORT} moved it; -1 when it is on the app's port. */
  public int managementPort() {
    return metrics.managementPort();
  }

  /** How {@code app} stops gracefully: drain, wait for in-flight requests (bounded by the grace), stop. */
  public GracefulStop stopping(Javalin app) {
    return stopping(app::stop);
  }

  /** Like {@link #stopping(Javalin)}, for an app whose stop does more (timers, executors). */
  public GracefulStop stopping(Runnable stop) {
    return new GracefulStop(service, draining, drainGate, stop);
  }
}
