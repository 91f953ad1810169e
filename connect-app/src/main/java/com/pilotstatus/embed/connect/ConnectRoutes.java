package com.pilotstatus.embed.connect;

import com.pilotstatus.embed.branding.Favicon;
import com.pilotstatus.embed.connect.meta.MetaHandlers;
import com.pilotstatus.embed.connect.pairing.PairingHandlers;
import com.pilotstatus.embed.connect.pairing.PairingService.PairingFailure;
import com.pilotstatus.embed.connect.pairing.PublicEndpoints;
import com.pilotstatus.embed.kit.error.PlatformErrors;
import com.pilotstatus.embed.kit.platform.PlatformUnavailable;
import com.pilotstatus.embed.connect.preview.PreviewHandler;
import com.pilotstatus.embed.connect.web.Assets;
import com.pilotstatus.embed.connect.web.FailurePages;
import io.javalin.config.RoutesConfig;

/**
 * connect-app's whole HTTP surface: the page and its fragments, the preview, the public token endpoints re-served
 * on this origin, the static runtime and stylesheet, and the error mapping.
 */
public record ConnectRoutes(
    PairingHandlers pairing,
    MetaHandlers meta,
    PreviewHandler preview,
    PublicEndpoints publicEndpoints,
    PlatformErrors errors,
    FailurePages failures,
    Assets runtimeJs,
    Assets stylesheet) {

  public void register(RoutesConfig routes) {
    // The page (hosted link and iframe) and what its runtime calls.
    routes.get("/connect/{token}", pairing::show);
    routes.get("/connect/{token}/state", pairing::state);
    routes.post("/connect/{token}/batch", pairing::batch);
    routes.post("/connect/{token}/meta/credentials", meta::credentials);
    routes.post("/connect/{token}/meta/embedded", meta::embedded);

    // Designers' preview: any state, sample data, query branding; no token.
    routes.get("/preview", preview::show);

    // Seed 003's public token endpoints, same-origin for the page (delegated to the platform).
    routes.get("/v1/remote-pairing/{token}", publicEndpoints::link);
    routes.post("/v1/remote-pairing/{token}/connect", publicEndpoints::connect);
    routes.get("/v1/remote-pairing/{token}/status", publicEndpoints::status);
    routes.get("/v1/connect/{token}/branding", publicEndpoints::branding);
    routes.post("/v1/remote-pairing/{token}/meta/embedded", publicEndpoints::metaEmbedded);
    routes.post("/v1/remote-pairing/{token}/meta/credentials", publicEndpoints::metaCredentials);

    routes.get("/assets/connect-runtime.js", runtimeJs::serve);
    routes.get("/assets/connect.css", stylesheet::serve);
    routes.get(Favicon.PATH, ctx -> ctx.contentType(Favicon.CONTENT_TYPE)
        .header("Cache-Control", Favicon.CACHE_CONTROL).result(Favicon.bytes()));

    // The kit's mapping for everything (the platform's error shape under /v1/, an HTML page elsewhere), then the
    // connect page's own error state for what the page can explain; /healthz, /readyz, /metrics are the kit's.
    errors.register(routes);
    routes.exception(PlatformUnavailable.class, failures::unavailable);
    routes.exception(PairingFailure.class, failures::refused);
  }
}
