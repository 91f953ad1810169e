package com.pilotstatus.embed.kit.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.kit.http.RouteTemplate;
import com.pilotstatus.embed.kit.platform.PlatformRejected;
import com.pilotstatus.embed.kit.platform.PlatformUnavailable;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One error mapping per app: every failure leaves as the platform's error shape ({@link ErrorBody}) on JSON routes
 * and as a small HTML page, in the request's language, on pages. The app registers it first in its Routes class
 * and then its own, more specific mappers (a domain error state, say), which Javalin prefers.
 * <ul>
 *   <li>Javalin's typed responses ({@code NotFoundResponse}, …, unmatched routes too) keep their status;</li>
 *   <li>{@link PlatformUnavailable} → 503 ({@code platform_unavailable}), logged at WARN without a stack;</li>
 *   <li>{@link PlatformRejected} → the platform's status and code;</li>
 *   <li>anything else → 500 ({@code internal}), logged at ERROR with the route template (never the path).</li>
 * </ul>
 */
public final class PlatformErrors {

  private static final Logger LOG = LoggerFactory.getLogger(PlatformErrors.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> ENGLISH = Map.of(
      "error.title", "Something went wrong",
      "error.notFound", "This page does not exist.",
      "error.unavailable", "The service is unavailable. Try again in a moment.",
      "error.internal", "The service failed unexpectedly. Try again in a moment.",
      "error.refused", "The request was refused.");

  private final MessageSource messages;
  private final Predicate<Context> jsonRoute;

  /**
   * @param messages  the app's texts
   * @param jsonRoute which requests get JSON (say, paths under {@code /v1/}); the others get the HTML page
   */
  public PlatformErrors(MessageSource messages, Predicate<Context> jsonRoute) {
    this.messages = messages;
    this.jsonRoute = jsonRoute;
  }

  /** JSON for requests whose path starts with one of {@code prefixes} or that accept only JSON. */
  public static Predicate<Context> jsonUnder(String... prefixes) {
    return ctx -> {
      for (String prefix : prefixes) {
        if (ctx.path().startsWith(prefix)) {
          return true;
        }
      }
      String accept = ctx.header("Accept");
      return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    };
  }

  public void register(RoutesConfig routes) {
    routes.exception(HttpResponseException.class, (e, ctx) ->
        answer(ctx, e.getStatus(), ErrorBody.codeFor(e.getStatus()), messageOf(e, ctx), key(e.getStatus())));
    routes.exception(PlatformUnavailable.class, (e, ctx) -> {
      LOG.warn("platform unavailable on {}: {}", RouteTemplate.of(ctx), e.getMessage());
      answer(ctx, 503, "platform_unavailable", text(ctx, "error.unavailable"), "error.unavailable");
    });
    routes.exception(PlatformRejected.class, (e, ctx) -> {
      if (e.retryAfter() != null) {
        ctx.header("Retry-After", e.retryAfter());
      }
      answer(ctx, e.status(), e.code(), e.getMessage(), "error.refused");
    });
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("unexpected failure on {} {}", ctx.method(), RouteTemplate.of(ctx), e);
      answer(ctx, 500, "internal", text(ctx, "error.internal"), "error.internal");
    });
  }

  /** Writes one error answer: JSON or the HTML page. Public so an app's own mapper can answer in the same shape. */
  public void answer(Context ctx, int status, String code, String message, String pageKey) {
    ctx.status(status);
    if (jsonRoute.test(ctx)) {
      try {
        ctx.contentType("application/json").result(JSON.writeValueAsString(ErrorBody.of(code, message)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      return;
    }
    ctx.contentType("text/html; charset=utf-8").result(page(text(ctx, "error.title"), text(ctx, pageKey)));
  }

  /**
   * A JSON answer keeps the handler's own message ({@code NotFoundResponse("Unknown pairing link: …")}); Javalin's
   * defaults ("Not Found", "Endpoint GET /x not found", which would echo a path) become a neutral text. A page
   * always shows the app's translated text: handlers' messages are English and meant for developers.
   */
  private String messageOf(HttpResponseException e, Context ctx) {
    if (!jsonRoute.test(ctx)) {
      return text(ctx, key(e.getStatus()));
    }
    String message = e.getMessage();
    boolean javalinDefault = message == null || message.isBlank() || message.startsWith("Endpoint ")
        || message.equalsIgnoreCase(HttpStatus.forStatus(e.getStatus()).getMessage());
    if (javalinDefault) {
      return e.getStatus() == 404 ? "No such resource" : "Request failed";
    }
    return message;
  }

  private static String key(int status) {
    return status == 404 ? "error.notFound" : status >= 500 ? "error.unavailable" : "error.refused";
  }

  private String text(Context ctx, String key) {
    String text = messages.text(ctx, key);
    return text != null ? text : ENGLISH.getOrDefault(key, ENGLISH.get("error.title"));
  }

  private static String page(String title, String message) {
    return "<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\""
        + " content=\"width=device-width, initial-scale=1\"><title>" + escape(title) + "</title></head><body>"
        + "<main><h1>" + escape(title) + "</h1><p>" + escape(message) + "</p></main></body></html>";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
