package com.pilotstatus.embed.kit.logging;

import static net.logstash.logback.argument.StructuredArguments.v;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.pilotstatus.embed.kit.config.KitSettings.LogRequests;
import com.pilotstatus.embed.kit.http.RouteTemplate;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One log line per request, with the fields an operator filters on: request id, method, route template, status,
 * latency and, when a handler knows it, the tenant. Requirements:
 * <ul>
 *   <li>never a secret: no header is logged, and the route is the template ({@code /connect/{token}}), not the path;</li>
 *   <li>no flood: 1xx–3xx are DEBUG unless {@code PS_LOG_REQUESTS=all}; 4xx are INFO, 5xx WARN; a 429 is INFO
 *       once per client a minute and DEBUG after that, so a throttled client cannot flood the log (the clients are
 *       remembered in a bounded Caffeine cache);
 *       {@code /healthz}, {@code /readyz} and {@code /metrics} are never logged;</li>
 *   <li>one request id end to end: a well-formed {@code X-Request-Id} is kept, otherwise one is made; it is echoed in
 *       the response and is in the MDC ({@code requestId}) of every line logged while the handler runs.</li>
 * </ul>
 */
public final class RequestLogPlugin extends Plugin<Void> {

  public static final String REQUEST_ID_HEADER = "X-Request-Id";
  private static final String TENANT = "kit.tenant";
  private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Logger LOG = LoggerFactory.getLogger("com.pilotstatus.embed.request");

  private final LogRequests logRequests;
  private final Cache<String, Boolean> throttledClients = Caffeine.newBuilder()
      .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

  public RequestLogPlugin(LogRequests logRequests) {
    this.logRequests = logRequests;
  }

  /** The tenant the request acts for, once a handler knows it (logged with the request). */
  public static void tenant(Context ctx, String tenantId) {
    ctx.attribute(TENANT, tenantId);
    MDC.put("tenantId", tenantId);
  }

  /** This request's id (kept from {@code X-Request-Id} or made up). */
  public static String requestId(Context ctx) {
    return ctx.attribute(REQUEST_ID_HEADER);
  }

  @Override
  public void onInitialize(JavalinState state) {
    state.routes.before(ctx -> {
      String id = requestIdFor(ctx.header(REQUEST_ID_HEADER));
      ctx.attribute(REQUEST_ID_HEADER, id);
      ctx.header(REQUEST_ID_HEADER, id);
      MDC.clear();
      MDC.put("requestId", id);
    });
    state.requestLogger.http(this::log);
  }

  /** The id of a request that came with {@code incoming} as its {@code X-Request-Id} (may be null). */
  public static String requestIdFor(String incoming) {
    return incoming != null && WELL_FORMED_ID.matcher(incoming).matches() ? incoming : newRequestId();
  }

  /**
   * A random (version 4) UUID. A request id must be unique, not unguessable, so it is drawn from the thread's own
   * generator: {@code UUID.randomUUID()} draws from one shared SecureRandom, a lock every request would queue on.
   */
  static String newRequestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  private void log(Context ctx, Float millis) {
    try {
      if (RouteTemplate.isOperations(ctx)) {
        return;
      }
      String tenant = ctx.attribute(TENANT);
      log(ctx.method().name(), RouteTemplate.of(ctx), ctx.statusCode(), millis == null ? 0 : millis, requestId(ctx),
          tenant, ctx::ip);
    } finally {
      MDC.clear();
    }
  }

  /**
   * The line of one request by the rules above; {@code clientIp} is asked only for a 429. For a response answered
   * before Javalin's handlers, with {@code requestId} in the MDC.
   */
  public void log(String method, String route, int status, float millis, String requestId, String tenant,
                  Supplier<String> clientIp) {
    // v(): the value in the text line, a field of its own in the JSON line.
    Object[] fields = {v("method", method), v("route", route), v("status", status),
        v("latencyMs", Math.round(millis)), v("requestId", requestId), v("tenantId", tenant == null ? "-" : tenant)};
    String format = "{} {} {} {}ms id={} tenant={}";
    if (status >= 500) {
      LOG.warn(format, fields);
    } else if (status == 429 && logRequests != LogRequests.ALL
        && throttledClients.asMap().putIfAbsent(clientIp.get(), Boolean.TRUE) != null) {
      LOG.debug(format, fields);
    } else if (status >= 400 || logRequests == LogRequests.ALL) {
      LOG.info(format, fields);
    } else if (LOG.isDebugEnabled()) {
      LOG.debug(format, fields);
    }
  }
}
