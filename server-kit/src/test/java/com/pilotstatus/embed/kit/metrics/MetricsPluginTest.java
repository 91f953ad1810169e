package com.pilotstatus.embed.kit.metrics;

import static com.pilotstatus.embed.kit.Http.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.kit.ServerKit;
import com.pilotstatus.embed.kit.config.KitSettings;
import io.javalin.Javalin;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class MetricsPluginTest {

  @Test
  void requests_are_counted_by_route_template_and_status_never_by_path() {
    ServerKit kit = ServerKit.create("test", KitSettings.defaults());
    Javalin app = Javalin.create(cfg -> {
      kit.install(cfg);
      cfg.routes.get("/connect/{token}", ctx -> ctx.result("page"));
    }).start(0);
    try {
      get(app.port(), "/connect/6f1c2d3e-secret-token");
      get(app.port(), "/nowhere/else");
      kit.meters().counter("pairing.outcomes", "outcome", "paired").increment();
      String metrics = get(app.port(), "/metrics").body();
      assertThat(metrics)
          .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/connect/{token}\",service=\"test\","
              + "status=\"200\"} 1")
          .contains("route=\"unmatched\",service=\"test\",status=\"404\"")
          .contains("http_server_requests_seconds_bucket{")
          .contains("jvm_memory_used_bytes").contains("jvm_gc_").contains("jvm_threads_live_threads")
          .contains("pairing_outcomes_total{outcome=\"paired\",service=\"test\"} 1.0")
          .doesNotContain("6f1c2d3e").doesNotContain("/nowhere");
    } finally {
      app.stop();
    }
  }

  /** What a graceful stop waits for, visible to an operator (and to the two-instance e2e test). */
  @Test
  void requests_in_flight_are_a_gauge() throws Exception {
    ServerKit kit = ServerKit.create("test", KitSettings.defaults());
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Javalin app = Javalin.create(cfg -> {
      kit.install(cfg);
      cfg.routes.get("/held", ctx -> {
        entered.countDown();
        release.await();
        ctx.result("done");
      });
    }).start(0);
    try {
      CompletableFuture<?> held = CompletableFuture.runAsync(() -> {
        try {
          get(app.port(), "/held");
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      entered.await();
      assertThat(get(app.port(), "/metrics").body())
          .contains("http_server_requests_in_flight{service=\"test\"} 1.0");
      release.countDown();
      held.get();
      // The count drops when the request is logged, just after its answer went out.
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (!get(app.port(), "/metrics").body().contains("http_server_requests_in_flight{service=\"test\"} 0.0")) {
        assertThat(System.nanoTime()).as("in flight back to 0 within 5 s").isLessThan(deadline);
        Thread.sleep(20);
      }
    } finally {
      release.countDown();
      app.stop();
    }
  }

  @Test
  void a_management_port_moves_metrics_off_the_app_port() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ServerKit kit = ServerKit.create("test", KitSettings.defaults().withManagementPort(port));
    Javalin app = Javalin.create(kit::install).start(0);
    try {
      assertThat(get(app.port(), "/metrics").statusCode()).isEqualTo(404);
      assertThat(kit.managementPort()).isEqualTo(port);
      assertThat(get(port, "/metrics").body()).contains("jvm_memory_used_bytes");
    } finally {
      app.stop();
    }
  }
}
