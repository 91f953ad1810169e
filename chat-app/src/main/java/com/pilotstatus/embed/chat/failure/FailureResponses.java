package com.pilotstatus.embed.chat.failure;

import com.pilotstatus.embed.protocol.ChatHeaders;
import com.pilotstatus.embed.chat.i18n.Viewer;
import com.pilotstatus.embed.chat.live.LiveRefused;
import com.pilotstatus.embed.chat.session.JwksKeys;
import com.pilotstatus.embed.chat.session.TokenRejected;
import com.pilotstatus.embed.chat.shell.Templates;
import com.pilotstatus.embed.kit.platform.PlatformRejected;
import com.pilotstatus.embed.kit.platform.PlatformUnavailable;
import com.pilotstatus.embed.protocol.EmbedErrorCode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the state the iframe shows in its place, with the status and an {@code X-PS-State} header
 * ({@code error}, {@code expired}, {@code not-found}) the runtime acts on. Tokens never reach the log.
 */
public final class FailureResponses {

  public static final String STATE_HEADER = ChatHeaders.STATE;
  private static final Logger LOG = LoggerFactory.getLogger(FailureResponses.class);

  private final Templates templates;
  private final Clock clock;

  public FailureResponses(Templates templates, Clock clock) {
    this.templates = templates;
    this.clock = clock;
  }

  public void tokenRejected(TokenRejected e, Context ctx) {
    Viewer viewer = Viewer.of(ctx, clock);
    StatePage page = switch (e.reason()) {
      case EXPIRED -> StatePage.expired(viewer.texts());
      case ORIGIN_NOT_ALLOWED -> StatePage.error(viewer.texts(), EmbedErrorCode.ORIGIN_NOT_ALLOWED, e.getMessage());
      case TOKEN_INVALID -> StatePage.error(viewer.texts(), EmbedErrorCode.TOKEN_INVALID, e.getMessage());
    };
    render(ctx, e.reason().status(), page);
  }

  /** A live stream over a limit: the platform's error shape and when to try again. */
  public void liveRefused(LiveRefused e, Context ctx) {
    ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
    ctx.status(e.status()).json(Map.of("error", Map.of("code", e.code(), "message", e.getMessage())));
  }

  public void unavailable(RuntimeException e, Context ctx) {
    LOG.warn("platform unavailable: {}", e.getMessage());
    render(ctx, 502, StatePage.error(Viewer.of(ctx, clock).texts(), EmbedErrorCode.NETWORK,
        "The chat service could not reach the platform; it will retry."));
  }

  public void rejected(PlatformRejected e, Context ctx) {
    ctx.status(e.status()).contentType("text/plain; charset=utf-8").result(e.getMessage());
  }

  public void http(HttpResponseException e, Context ctx) {
    if (e.getStatus() == 404) {
      render(ctx, 404, StatePage.notFound(Viewer.of(ctx, clock).texts()));
      return;
    }
    ctx.status(e.getStatus()).contentType("text/plain; charset=utf-8").result(e.getMessage());
  }

  public void unexpected(Exception e, Context ctx) {
    String where;
    try {
      where = ctx.method() + " " + ctx.path();
    } catch (RuntimeException recycled) {
      // A live stream whose browser already left: Jetty has recycled the request, there is no one to answer.
      LOG.debug("failure after the response was recycled: {}", e.toString());
      return;
    }
    LOG.error("unexpected failure on {}", where, e);
    render(ctx, 500, StatePage.error(Viewer.of(ctx, clock).texts(), EmbedErrorCode.NETWORK,
        "The chat service failed unexpectedly."));
  }

  private void render(Context ctx, int status, StatePage page) {
    ctx.header(STATE_HEADER, page.kind());
    ctx.status(status).html(templates.render("state/fragment.jte", page));
  }

  /** For the JWKS failure type, which is not a {@link PlatformUnavailable} but means the same to the user. */
  public void jwksUnavailable(JwksKeys.JwksUnavailable e, Context ctx) {
    unavailable(e, ctx);
  }
}
