package com.pilotstatus.embed.connect.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.connect.page.PageFactory;
import com.pilotstatus.embed.connect.page.Presentation;
import com.pilotstatus.embed.connect.page.PresentationReader;
import com.pilotstatus.embed.connect.pairing.PairingLink;
import com.pilotstatus.embed.connect.pairing.PairingService;
import com.pilotstatus.embed.connect.pairing.PairingState;
import com.pilotstatus.embed.connect.pairing.PairingView;
import com.pilotstatus.embed.connect.platform.PairingToken;
import com.pilotstatus.embed.connect.web.PageResponder;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;

/**
 * The Meta flows' form posts: {@code POST /connect/{token}/meta/credentials} (an HTML form; answers the whole page)
 * and {@code POST /connect/{token}/meta/embedded} (JSON from the runtime; answers the state fragment).
 */
public final class MetaHandlers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MetaService meta;
  private final PairingService pairing;
  private final PresentationReader reader;
  private final PageFactory pages;
  private final PageResponder responder;

  public MetaHandlers(MetaService meta, PairingService pairing, PresentationReader reader, PageFactory pages,
      PageResponder responder) {
    this.meta = meta;
    this.pairing = pairing;
    this.reader = reader;
    this.pages = pages;
    this.responder = responder;
  }

  /** The credentials form: 400 with the form and its errors (ids kept, token never echoed), or connected. */
  public void credentials(Context ctx) {
    PairingToken token = PairingToken.parse(ctx.pathParam("token"));
    PairingLink link = token == null ? null : pairing.link(token, ctx.ip());
    if (link == null || !link.isMeta()) {
      responder.full(ctx, pages.page(reader.read(ctx, null), null, null, PairingView.of(PairingState.EXPIRED)), 404);
      return;
    }
    MetaCredentials credentials = new MetaCredentials(ctx.formParam("wabaId"), ctx.formParam("phoneNumberId"),
        ctx.formParam("accessToken"));
    Map<String, String> errors = credentials.violations();
    PairingView view = errors.isEmpty()
        ? meta.submitCredentials(token, credentials, ctx.ip())
        : PairingView.credentialsForm(credentials.echoableValues(), errors);
    int status = view.is(PairingState.META_CREDENTIALS) ? 400 : view.is(PairingState.EXPIRED) ? 404 : 200;
    responder.full(ctx, pages.page(reader.read(ctx, link.branding()), token, link, view), status);
  }

  /** {@code { code, wabaId, phoneNumberId }} from the runtime once both halves of Embedded Signup arrived. */
  public void embedded(Context ctx) {
    PageResponder.markFragment(ctx);
    PairingToken token = PairingToken.parse(ctx.pathParam("token"));
    JsonNode body = parse(ctx.body());
    String code = body.path("code").asText("");
    String wabaId = body.path("wabaId").asText("");
    String phoneNumberId = body.path("phoneNumberId").asText("");
    Presentation presentation = reader.read(ctx, null);
    PairingView view;
    if (token == null) {
      view = PairingView.of(PairingState.EXPIRED);
    } else if (code.isEmpty() || code.length() > 512 || !MetaCredentials.isMetaId(wabaId)
        || !MetaCredentials.isMetaId(phoneNumberId)) {
      view = PairingView.error(presentation.text().get("meta.rejected"));
    } else {
      view = meta.submitEmbedded(token, code, wabaId, phoneNumberId, ctx.ip());
    }
    responder.fragment(ctx, pages.page(presentation, token, null, view));
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.length() > 4096 ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }
}
