package com.pilotstatus.embed.connect.page;

import com.pilotstatus.embed.connect.ConnectConfig;
import com.pilotstatus.embed.connect.page.ConnectPage.MetaSetup;
import com.pilotstatus.embed.connect.page.ConnectPage.PageUrls;
import com.pilotstatus.embed.connect.pairing.PairingLink;
import com.pilotstatus.embed.connect.pairing.PairingState;
import com.pilotstatus.embed.connect.pairing.PairingView;
import com.pilotstatus.embed.connect.platform.PairingToken;
import com.pilotstatus.embed.kit.http.SecurityHeadersPlugin;

/** Assembles the {@link ConnectPage} a template gets: the page's own URLs, Meta settings and a fresh style nonce. */
public final class PageFactory {

  private final ConnectConfig config;

  public PageFactory(ConnectConfig config) {
    this.config = config;
  }

  /** A page for a link (or for no link: {@code link} and {@code token} may be {@code null} on the expired page). */
  public ConnectPage page(Presentation p, PairingToken token, PairingLink link, PairingView view) {
    PageUrls urls = token == null ? null : urls(token, p.carriedQuery());
    MetaSetup meta = view.is(PairingState.META_EMBEDDED) && config.isMetaEmbeddedConfigured()
        ? new MetaSetup(config.metaAppId(), config.metaConfigId(), config.metaSdkUrl(), config.metaOrigin(),
            config.metaSdkVersion())
        : null;
    return new ConnectPage(p, link == null ? null : link.name(), link == null ? null : link.maskedNumber(), view,
        urls, meta, nonce(), null);
  }

  /** A preview page: no URLs (the runtime calls nothing), sample name and number. */
  public ConnectPage preview(Presentation p, PairingView view) {
    return new ConnectPage(p, "Customer João", "+551199****9999", view, null, null, nonce(), null);
  }

  private PageUrls urls(PairingToken token, String query) {
    String base = "/connect/" + token.value();
    return new PageUrls(base + "/state" + query, base + "/batch" + query, base + "/meta/embedded" + query,
        base + "/meta/credentials" + query, config.pollInterval().toMillis());
  }

  private static String nonce() {
    return SecurityHeadersPlugin.newNonce();
  }
}
