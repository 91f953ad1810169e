package com.pilotstatus.embed.connect.preview;

import com.pilotstatus.embed.connect.i18n.Messages;
import com.pilotstatus.embed.connect.page.ConnectPage;
import com.pilotstatus.embed.connect.page.PageFactory;
import com.pilotstatus.embed.connect.page.Presentation;
import com.pilotstatus.embed.connect.page.PresentationReader;
import com.pilotstatus.embed.connect.pairing.PairingState;
import com.pilotstatus.embed.connect.pairing.PairingView;
import com.pilotstatus.embed.connect.qr.QrSvg;
import com.pilotstatus.embed.connect.web.PageResponder;
import com.pilotstatus.embed.kit.http.SecurityHeadersPlugin;
import io.javalin.http.Context;

/**
 * {@code GET /preview?state=qr|code|linking|connected|idle|expired|error|loading|meta-embedded|meta-credentials}:
 * any state with sample data and the query's branding, without a token, so designers can try colours, logos and
 * titles. The page calls nothing and posts nothing (it has no parent origin and no URLs).
 */
public final class PreviewHandler {

  /** A sample payload in the shape of a WhatsApp pairing ref. */
  static final String SAMPLE_QR = "2@PreviewSampleRef0000000000000000000000000000,"
      + "PreviewSampleNoiseKey000000000000000000000=,PreviewSampleIdentityKey0000000000000000000=,"
      + "PreviewSampleAdvSecret000000000000000000000=";

  private final PresentationReader reader;
  private final PageFactory pages;
  private final PageResponder responder;
  private final QrSvg qr;

  public PreviewHandler(PresentationReader reader, PageFactory pages, PageResponder responder, QrSvg qr) {
    this.reader = reader;
    this.pages = pages;
    this.responder = responder;
    this.qr = qr;
  }

  public void show(Context ctx) {
    String stateParam = ctx.queryParam("state");
    boolean codeTab = "code".equals(stateParam);
    PairingState state = codeTab ? PairingState.QR : PairingState.fromCode(stateParam == null ? "qr" : stateParam);
    if (state == null) {
      state = PairingState.QR;
    }
    Presentation p = reader.read(ctx, null);
    ConnectPage page = pages.preview(p, sample(state, p.text()));
    // Text from the query string: no other site may frame this page and pass it off as its own pairing page.
    SecurityHeadersPlugin.framedBy(ctx, "'self'");
    responder.full(ctx, codeTab ? page.withCodeTab() : page, 200);
  }

  private PairingView sample(PairingState state, Messages text) {
    switch (state) {
      case QR:
        return PairingView.qr(qr.svg(SAMPLE_QR), "ABCD-EFGH", 42_000, 1, 6, SAMPLE_QR);
      case CONNECTED:
        return PairingView.connected("wa_preview", null);
      case ERROR:
        return PairingView.error(text.get("error.unavailable"));
      case META_CREDENTIALS:
        return PairingView.credentialsForm(null, null);
      default:
        return PairingView.of(state);
    }
  }
}
