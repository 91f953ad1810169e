package com.pilotstatus.embed.kit.lifecycle;

import com.pilotstatus.embed.kit.ServerKit;
import com.pilotstatus.embed.kit.config.Env;
import com.pilotstatus.embed.kit.config.KitSettings;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server as the apps build one, run as a child process by {@link GracefulShutdownTest}: a slow request
 * ({@code /slow}, 2 s) and an event stream ({@code /events}) that registers its closer with {@link Draining}.
 */
public final class DrainingServerMain {

  private static final Logger LOG = LoggerFactory.getLogger(DrainingServerMain.class);

  private DrainingServerMain() {
  }

  public static void main(String[] args) {
    KitSettings settings = KitSettings.fromEnv(Env.of(System.getenv()));
    ServerKit kit = ServerKit.create("draining-test", settings);
    Javalin app = Javalin.create(cfg -> {
      kit.install(cfg);
      cfg.routes.get("/slow", ctx -> {
        Thread.sleep(2_000);
        ctx.result("finished");
      });
      cfg.routes.get("/events", ctx -> {
        LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
        try (Draining.Registration registration = kit.draining().onDrain(() -> queue.offer("drain"))) {
          ctx.res().setContentType("text/event-stream");
          OutputStream out = ctx.res().getOutputStream();
          write(out, ": connected\n\n");
          while (true) {
            String next = queue.poll(15, TimeUnit.SECONDS);
            if ("drain".equals(next)) {
              write(out, Draining.SSE_RETRY_HINT);
              return;
            }
            write(out, ": keep-alive\n\n");
          }
        }
      });
    }).start(0);
    GracefulShutdown.onSignal(settings.shutdownGrace(), kit.stopping(app));
    LOG.info("listening on port {}", app.port());
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
