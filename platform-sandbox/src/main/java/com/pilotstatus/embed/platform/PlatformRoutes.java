package com.pilotstatus.embed.platform;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

import com.pilotstatus.embed.kit.error.ErrorBody;
import com.pilotstatus.embed.kit.http.RouteTemplate;
import com.pilotstatus.embed.platform.branding.BrandingHandlers;
import com.pilotstatus.embed.platform.chat.ChatHandlers;
import com.pilotstatus.embed.platform.chat.MediaHandlers;
import com.pilotstatus.embed.platform.description.ApiDescription;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.feed.FeedHandlers;
import com.pilotstatus.embed.platform.number.NumberHandlers;
import com.pilotstatus.embed.platform.pairing.InvalidPairingLink;
import com.pilotstatus.embed.platform.pairing.PairingHandlers;
import com.pilotstatus.embed.platform.sandbox.SandboxHandlers;
import com.pilotstatus.embed.platform.session.SessionHandlers;
import com.pilotstatus.embed.platform.quickreply.QuickReplyHandlers;
import com.pilotstatus.embed.platform.template.TemplateHandlers;
import com.pilotstatus.embed.platform.webhook.WebhookHandlers;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The platform sandbox's whole HTTP surface: every route, and the one error shape for every 4xx/5xx. */
public final class PlatformRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(PlatformRoutes.class);

  private final NumberHandlers numbers;
  private final PairingHandlers pairing;
  private final BrandingHandlers branding;
  private final SessionHandlers sessions;
  private final ChatHandlers chat;
  private final WebhookHandlers webhooks;
  private final SandboxHandlers sandbox;
  private final FeedHandlers feed;
  private final TemplateHandlers templates;
  private final QuickReplyHandlers quickReplies;
  private final MediaHandlers media;
  private final List<String> endpoints = new CopyOnWriteArrayList<>();
  private final ApiDescription description = new ApiDescription(this::endpoints);

  public PlatformRoutes(NumberHandlers numbers, PairingHandlers pairing, BrandingHandlers branding,
                        SessionHandlers sessions, ChatHandlers chat, WebhookHandlers webhooks,
                        SandboxHandlers sandbox, FeedHandlers feed, TemplateHandlers templates,
                        QuickReplyHandlers quickReplies, MediaHandlers media) {
    this.media = media;
    this.numbers = numbers;
    this.pairing = pairing;
    this.branding = branding;
    this.sessions = sessions;
    this.chat = chat;
    this.webhooks = webhooks;
    this.sandbox = sandbox;
    this.feed = feed;
    this.templates = templates;
    this.quickReplies = quickReplies;
  }

  public void register(JavalinConfig config) {
    config.events.handlerAdded(handler -> {
      if (handler.getHttpMethod().isHttpMethod()) {
        endpoints.add(handler.getHttpMethod() + " " + handler.getPath());
      }
    });
    config.routes.apiBuilder(() -> path("/v1", () -> {
      get(description::index);
      get("/openapi.yaml", description::openapi);
      path("/numbers", () -> {
        get(numbers::list);
        post(numbers::create);
        post("/meta", numbers::createMeta);
        post("/remote-pairing", pairing::create);
        get("/{id}/connect", numbers::connect);
        get("/{id}/templates", templates::list);
        delete("/{id}", numbers::delete);
      });
      path("/remote-pairing/{token}", () -> {
        get(pairing::show);
        post("/connect", pairing::connect);
        get("/status", pairing::status);
        post("/meta/embedded", pairing::metaEmbedded);
        post("/meta/credentials", pairing::metaCredentials);
      });
      get("/connect/{token}/branding", pairing::branding);
      path("/quick-replies", () -> {
        get(quickReplies::list);
        post(quickReplies::create);
        put("/{id}", quickReplies::replace);
        delete("/{id}", quickReplies::delete);
      });
      get("/branding", branding::show);
      put("/branding", branding::replace);
      post("/embed/sessions", sessions::create);
      post("/embed/sessions/refresh", sessions::refresh);
      delete("/embed/sessions/{jti}", sessions::revoke);
      get("/.well-known/jwks.json", sessions::jwks);
      path("/embed/chat", () -> {
        get("/summary", chat::summary);
        get("/conversations", chat::conversations);
        get("/search", chat::search);
        get("/conversations/{id}", chat::conversation);
        get("/conversations/{id}/messages", chat::messages);
        post("/conversations/{id}/messages", chat::send);
        post("/conversations/{id}/read", chat::markRead);
        put("/conversations/{id}/status", chat::setStatus);
        post("/conversations/{id}/notes", chat::addNote);
        put("/conversations/{id}/messages/{messageId}/reaction", chat::react);
        delete("/conversations/{id}/messages/{messageId}/reaction", chat::unreact);
        get("/conversations/{id}/templates", chat::templates);
        get("/quick-replies", quickReplies::listForChat);
        post("/conversations/{id}/media", media::upload);
        get("/media/{mediaId}", media::download);
        get("/media/{mediaId}/metadata", media::metadata);
        get("/events", chat::stream);
      });
      get("/internal/events", feed::stream); // front-end instances only: the service credential
      get("/internal/media/{mediaId}", media::internalDownload); // likewise: chat-app serving a signed URL
      get("/webhooks", webhooks::show);
      put("/webhooks", webhooks::replace);
      path("/sandbox", () -> {
        post("/numbers/{id}/scan", sandbox::scan);
        post("/numbers/{id}/inbound", sandbox::inbound);
        post("/numbers/{id}/keys", sandbox::createNumberKey);
        post("/numbers/{id}/media-subscription", sandbox::mediaSubscription);
        post("/numbers/{id}/templates", templates::create);
        post("/conversations/{id}/last-inbound", sandbox::moveLastInbound);
        post("/conversations/{id}/messages/{messageId}/reaction", sandbox::contactReaction);
        post("/faults", sandbox::faults);
        post("/keys/rotate", sandbox::rotateKeys);
        post("/tenants", sandbox::createTenant);
      });
    }));

    // Answers carry chat tokens, pairing links and API keys: no cache may keep one. The JWKS sets its own policy.
    config.routes.after(ctx -> {
      if (ctx.res().getHeader("Cache-Control") == null) {
        ctx.header("Cache-Control", "no-store");
      }
    });

    config.routes.exception(ApiError.class, PlatformRoutes::apiError);
    config.routes.exception(HttpResponseException.class, (e, ctx) ->
        apiError(new ApiError(e.getStatus(), ErrorBody.codeFor(e.getStatus()), messageFor(e), null, 0), ctx));
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("unhandled error on {} {}", ctx.method(), RouteTemplate.of(ctx), e); // a path may hold a token
      apiError(new ApiError(500, "internal", "Internal error; retry later", null, 0), ctx);
    });
  }

  /** "METHOD /path" of every route registered, in order: what {@code GET /v1} lists and docs/openapi.yaml covers. */
  public List<String> endpoints() {
    return new ArrayList<>(endpoints);
  }

  private static void apiError(ApiError e, Context ctx) {
    if (e.retryAfterSeconds() > 0) {
      ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
    }
    ctx.status(e.status());
    if (e instanceof InvalidPairingLink) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("valid", false);
      body.put("error", body(e).error());
      ctx.json(body);
    } else {
      ctx.json(body(e));
    }
  }


  private static String messageFor(HttpResponseException e) {
    switch (e.getStatus()) {
      case 404:
        return "No such endpoint; see docs/platform-api.md";
      case 405:
        return "Method not allowed on this endpoint";
      default:
        return e.getMessage() == null ? "Request failed" : e.getMessage();
    }
  }

  private static ErrorBody body(ApiError e) {
    return ErrorBody.of(e.code(), e.getMessage(), e.field());
  }
}
