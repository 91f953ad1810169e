package com.pilotstatus.embed.demo;

import com.pilotstatus.embed.branding.Favicon;
import com.pilotstatus.embed.demo.page.PageHandlers;
import com.pilotstatus.embed.demo.webhook.WebhookReceiver;
import com.pilotstatus.embed.kit.error.PlatformErrors;
import io.javalin.config.JavalinConfig;

/** Every route of the demo host SaaS, in one place. */
final class DemoRoutes {

  private DemoRoutes() {
  }

  static void register(JavalinConfig config, PageHandlers pages, MySaasApi api, WebhookReceiver webhooks,
                       PlatformErrors errors) {
    config.routes.get("/", pages::inbox);
    config.routes.get("/connect", pages::connect);
    config.routes.get("/snippet/chat", pages::chatSnippet);
    config.routes.get("/snippet/connect", pages::connectSnippet);
    config.routes.get(Favicon.PATH, ctx -> ctx.contentType(Favicon.CONTENT_TYPE)
        .header("Cache-Control", Favicon.CACHE_CONTROL).result(Favicon.bytes()));

    config.routes.get("/api/my-saas/embed-token", api::embedToken);
    config.routes.get("/api/my-saas/pairing-token", api::pairingToken);
    config.routes.post("/api/demo/inbound", api::simulateInbound);
    config.routes.post("/api/demo/scan", api::simulateScan);

    config.routes.post("/webhooks/pilot-status", webhooks::receive);
    config.routes.get("/api/demo/webhooks", webhooks::list);

    // The platform's error shape on the API (a refusal passed on with the platform's status and code), a page
    // elsewhere; the pages read error.message.
    errors.register(config.routes);
  }
}
