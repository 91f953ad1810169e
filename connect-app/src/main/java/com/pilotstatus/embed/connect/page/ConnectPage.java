package com.pilotstatus.embed.connect.page;

import com.pilotstatus.embed.connect.branding.BrandingStyle;
import com.pilotstatus.embed.connect.pairing.PairingState;
import com.pilotstatus.embed.connect.pairing.PairingView;

/**
 * The one parameter of every connect template (the full page and the state fragment).
 *
 * @param name         the link's display name, or {@code null}
 * @param maskedNumber {@code +551199****9999}, or {@code null}
 * @param urls         the page's own endpoints for the runtime; {@code null} in the preview (nothing to call)
 * @param meta         Embedded Signup settings for the runtime; {@code null} unless this is a Meta embedded page
 * @param styleNonce   the CSP nonce of the page's one inline {@code <style>} (the branding colours)
 * @param initialTab   {@code "code"} to open on the pairing-code tab; {@code null}: QR first, code first on phones
 */
public record ConnectPage(Presentation p, String name, String maskedNumber, PairingView view, PageUrls urls,
                          MetaSetup meta, String styleNonce, String initialTab) {

  /** The text of {@code key} in the page's language. */
  public String t(String key) {
    return p.text().get(key);
  }

  public BrandingStyle brand() {
    return p.branding();
  }

  /** The branded title, or the localized default. */
  public String title() {
    String title = p.branding().title();
    return title != null ? title : t("page.title");
  }

  /** The branded subtitle, or the localized default. */
  public String subtitle() {
    String subtitle = p.branding().subtitle();
    return subtitle != null ? subtitle : t("page.subtitle");
  }

  public boolean is(PairingState state) {
    return view.state() == state;
  }

  /** The same page with the pairing-code tab selected (the preview's {@code state=code}). */
  public ConnectPage withCodeTab() {
    return new ConnectPage(p, name, maskedNumber, view, urls, meta, styleNonce, "code");
  }

  /**
   * The page's own endpoints, each already carrying the request's query (locale, theme, parentOrigin, branding).
   */
  public record PageUrls(String state, String batch, String metaEmbedded, String metaCredentials, long pollMs) {
  }

  /** What the runtime needs to run Meta Embedded Signup. */
  public record MetaSetup(String appId, String configId, String sdkUrl, String origin, String version) {
  }
}
