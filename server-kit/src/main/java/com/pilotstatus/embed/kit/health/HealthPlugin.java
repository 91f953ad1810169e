package com.pilotstatus.embed.kit.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.kit.lifecycle.Draining;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /healthz}: the process is up and serving (no dependency is asked, so a platform outage does not get every
 * front-end restarted). {@code /readyz}: this instance should get traffic: every {@link Readiness} check passes and
 * it is not draining; otherwise 503 with a JSON body naming the failing checks.
 */
public final class HealthPlugin extends Plugin<Void> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Readiness readiness;
  private final Draining draining;

  public HealthPlugin(Readiness readiness, Draining draining) {
    this.readiness = readiness;
    this.draining = draining;
  }

  @Override
  public void onInitialize(JavalinState state) {
    state.routes.get("/healthz", ctx -> write(ctx, 200, Map.of("status", "up")));
    state.routes.get("/readyz", this::ready);
  }

  private void ready(Context ctx) {
    if (draining.isDraining()) {
      write(ctx, 503, Map.of("status", "draining"));
      return;
    }
    Map<String, String> checks = readiness.run();
    Map<String, Object> body = new LinkedHashMap<>();
    boolean ready = checks.values().stream().allMatch("ok"::equals);
    body.put("status", ready ? "ready" : "not ready");
    if (!ready) {
      body.put("failing", checks.entrySet().stream().filter(e -> !"ok".equals(e.getValue()))
          .map(Map.Entry::getKey).toList());
    }
    body.put("checks", checks);
    write(ctx, ready ? 200 : 503, body);
  }

  private static void write(Context ctx, int status, Map<String, ?> body) {
    try {
      ctx.status(status).header("Cache-Control", "no-store").contentType("application/json")
          .result(JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
