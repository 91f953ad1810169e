package com.pilotstatus.embed.kit.metrics;

import com.pilotstatus.embed.kit.http.RouteTemplate;
import io.javalin.Javalin;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus metrics of one server: {@code http_server_requests_seconds} by method, route template and status (with
 * a latency histogram), the JVM's memory, GC, threads and classes, and whatever the app registers on
 * {@link #registry()} (streams open, cache hits, platform calls, pairing outcomes). Served as Prometheus text on
 * {@code /metrics} of the app's port, or of {@code PS_MANAGEMENT_PORT} when set (a separate little server, so the
 * app's port can stay public while metrics stay internal).
 */
public final class MetricsPlugin extends Plugin<Void> {

  public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;
  private final OptionalInt managementPort;
  private final Meter.MeterProvider<Timer> requests;
  private Javalin management;

  public MetricsPlugin(PrometheusMeterRegistry registry, OptionalInt managementPort) {
    this.registry = registry;
    this.managementPort = managementPort;
    this.requests = Timer.builder("http.server.requests")
        .description("HTTP requests by route template and status")
        .publishPercentileHistogram()
        .withRegistry(registry);
  }

  /** A registry with the JVM's meters bound: one per server, so five servers in one JVM do not mix their counts. */
  public static PrometheusMeterRegistry newRegistry(String service) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().commonTags("service", service);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    return registry;
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** Where {@code /metrics} is served when not on the app's port; -1 otherwise (or before the start). */
  public int managementPort() {
    return management == null ? -1 : management.port();
  }

  @Override
  public void onInitialize(JavalinState state) {
    state.requestLogger.http((ctx, millis) -> record(ctx, millis));
    if (managementPort.isEmpty()) {
      state.routes.get("/metrics", this::scrape);
    } else {
      state.events.serverStarted(() -> management = Javalin.create(cfg -> {
        cfg.startup.showJavalinBanner = false;
        cfg.routes.get("/metrics", this::scrape);
      }).start(managementPort.getAsInt()));
      state.events.serverStopped(() -> {
        if (management != null) {
          management.stop();
        }
      });
    }
  }

  private void scrape(Context ctx) {
    ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape());
  }

  private void record(Context ctx, Float millis) {
    record(ctx.method().name(), RouteTemplate.of(ctx), ctx.statusCode(),
        (long) ((millis == null ? 0f : millis) * 1_000_000L));
  }

  /** One request into {@code http_server_requests_seconds}: for a response answered before Javalin's handlers. */
  public void record(String method, String route, int status, long nanos) {
    requests.withTags("method", method, "route", route, "status", Integer.toString(status))
        .record(nanos, TimeUnit.NANOSECONDS);
  }
}
