package com.pilotstatus.embed.connect.web;

import com.pilotstatus.embed.connect.page.PageFactory;
import com.pilotstatus.embed.connect.page.Presentation;
import com.pilotstatus.embed.connect.page.PresentationReader;
import com.pilotstatus.embed.connect.pairing.PairingService.PairingFailure;
import com.pilotstatus.embed.connect.pairing.PairingView;
import com.pilotstatus.embed.connect.platform.PairingToken;
import com.pilotstatus.embed.kit.platform.PlatformUnavailable;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's domain-error mapper: a platform that is down, or that refuses a call, becomes the error state (and so
 * {@code connect:error}) — a whole page or a fragment, whichever the request was for. A rate-limited poll is not an
 * error: it answers 204 with the platform's {@code Retry-After}, and the page keeps what it shows.
 */
public final class FailurePages {

  private static final Logger LOG = LoggerFactory.getLogger(FailurePages.class);

  private final PresentationReader reader;
  private final PageFactory pages;
  private final PageResponder responder;
  private final ThrottledLog refusals = ThrottledLog.perMinute();

  public FailurePages(PresentationReader reader, PageFactory pages, PageResponder responder) {
    this.reader = reader;
    this.pages = pages;
    this.responder = responder;
  }

  public void unavailable(PlatformUnavailable e, Context ctx) {
    LOG.warn("platform unavailable: {}", e.getMessage());
    answer(ctx, 503);
  }

  public void refused(PairingFailure e, Context ctx) {
    // A throttled state poll keeps what is on screen and polls again later; a throttled action ("Generate a new code",
    // a Meta submit) must say so, or the click would silently do nothing.
    if (e.reply().status() == 429 && PageResponder.isFragment(ctx) && ctx.method() == HandlerType.GET) {
      ctx.status(204).header("Retry-After", e.reply().retryAfter() == null ? "5" : e.reply().retryAfter());
      return;
    }
    if (e.reply().status() != 429 || refusals.shouldLog(ctx.ip())) {
      LOG.info("platform refused: {}{}", e.getMessage(),
          e.reply().status() == 429 ? " (logged once a minute per client)" : "");
    }
    answer(ctx, e.reply().status() == 429 ? 429 : 502);
  }

  private void answer(Context ctx, int status) {
    Presentation p = reader.read(ctx, null);
    PairingView view = PairingView.error(p.text().get("error.unavailable"));
    PairingToken token = PairingToken.parse(ctx.pathParamMap().get("token"));
    if (PageResponder.isFragment(ctx)) {
      responder.fragment(ctx, pages.page(p, token, null, view));
    } else {
      responder.full(ctx, pages.page(p, token, null, view), status);
    }
  }
}
