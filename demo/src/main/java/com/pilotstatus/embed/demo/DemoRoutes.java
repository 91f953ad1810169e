package com.pilotstatus.embed.demo;

import com.pilotstatus.embed.demo.page.PageHandlers;
import com.pilotstatus.embed.demo.platform.PlatformException;
import com.pilotstatus.embed.demo.webhook.WebhookReceiver;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import java.util.Map;

/** Every route of the demo host SaaS, in one place. */
final class DemoRoutes {

  private DemoRoutes() {
  }

  static void register(JavalinConfig config, PageHandlers pages, MySaasApi api, WebhookReceiver webhooks) {
    config.routes.get("/", pages::inbox);
    config.routes.get("/connect", pages::connect);
    config.routes.get("/snippet/chat", pages::chatSnippet);
    config.routes.get("/snippet/connect", pages::connectSnippet);

    config.routes.get("/api/my-saas/embed-token", api::embedToken);
    config.routes.get("/api/my-saas/pairing-token", api::pairingToken);
    config.routes.post("/api/demo/inbound", api::simulateInbound);
    config.routes.post("/api/demo/scan", api::simulateScan);

    config.routes.post("/webhooks/pilot-status", webhooks::receive);
    config.routes.get("/api/demo/webhooks", webhooks::list);

    config.routes.exception(PlatformException.class, (e, ctx) ->
        ctx.status(e.status() >= 500 ? 502 : e.status()).json(error(e.getMessage())));
    config.routes.exception(HttpResponseException.class, (e, ctx) ->
        ctx.status(e.getStatus()).json(error(e.getMessage())));
  }

  private static Map<String, Object> error(String message) {
    return Map.of("error", Map.of("message", message));
  }
}
