package com.pilotstatus.embed.connect.pairing;

import com.pilotstatus.embed.connect.page.PageFactory;
import com.pilotstatus.embed.connect.page.Presentation;
import com.pilotstatus.embed.connect.page.PresentationReader;
import com.pilotstatus.embed.connect.platform.PairingToken;
import com.pilotstatus.embed.connect.web.PageResponder;
import io.javalin.http.Context;

/**
 * {@code GET /connect/{token}} (the hosted link and the iframe), and the two fragment endpoints its runtime calls:
 * {@code GET …/state} (poll) and {@code POST …/batch} (start a QR batch). Viewing never consumes the token.
 */
public final class PairingHandlers {

  private final PairingService service;
  private final PresentationReader reader;
  private final PageFactory pages;
  private final PageResponder responder;

  public PairingHandlers(PairingService service, PresentationReader reader, PageFactory pages,
      PageResponder responder) {
    this.service = service;
    this.reader = reader;
    this.pages = pages;
    this.responder = responder;
  }

  /** The page: expired (404) for an unknown, expired or used link; otherwise the link's current state. */
  public void show(Context ctx) {
    PairingToken token = PairingToken.parse(ctx.pathParam("token"));
    PairingLink link = token == null ? null : service.link(token, ctx.ip());
    if (link == null) {
      responder.full(ctx, pages.page(reader.read(ctx, null), null, null, PairingView.of(PairingState.EXPIRED)), 404);
      return;
    }
    Presentation p = reader.read(ctx, link.branding());
    PairingView view;
    if (link.isMetaCredentials()) {
      view = PairingView.credentialsForm(null, null);
    } else if (link.isMeta()) {
      view = PairingView.of(PairingState.META_EMBEDDED);
    } else {
      view = service.firstView(token, ctx.ip());
    }
    responder.full(ctx, pages.page(p, token, link, view), 200);
  }

  /** The current state as a fragment; 204 when it is still the one the page shows ({@code ?since=<key>}). */
  public void state(Context ctx) {
    PageResponder.markFragment(ctx);
    PairingToken token = PairingToken.parse(ctx.pathParam("token"));
    PairingView view = token == null ? PairingView.of(PairingState.EXPIRED) : service.currentView(token, ctx.ip());
    if (view.key().equals(ctx.queryParam("since"))) {
      ctx.status(204);
      return;
    }
    responder.fragment(ctx, pages.page(reader.read(ctx, null), token, null, view));
  }

  /** Starts a QR batch ("Generate a new code" or the first view) and answers its first ref as a fragment. */
  public void batch(Context ctx) {
    PageResponder.markFragment(ctx);
    PairingToken token = PairingToken.parse(ctx.pathParam("token"));
    PairingView view = token == null ? PairingView.of(PairingState.EXPIRED) : service.startBatch(token, ctx.ip());
    responder.fragment(ctx, pages.page(reader.read(ctx, null), token, null, view));
  }
}
