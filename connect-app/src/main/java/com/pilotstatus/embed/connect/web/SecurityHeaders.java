package com.pilotstatus.embed.connect.web;

import com.pilotstatus.embed.connect.ConnectConfig;
import io.javalin.http.Context;

/**
 * The headers of the issue, on every response of the page, its fragments and the token endpoints:
 * <ul>
 *   <li>{@code Referrer-Policy: no-referrer}: the token is in the URL, so no request may carry it away;</li>
 *   <li>{@code Cache-Control: no-store}: a pairing state is never replayed from a cache;</li>
 *   <li>a CSP whose {@code frame-ancestors} is configurable, with {@code script-src} limited to this origin and the
 *       Facebook SDK's, and styles to this origin plus the one nonce'd branding block. When the SDK states a
 *       {@code parentOrigin}, a second policy ({@code frame-ancestors <parentOrigin>}) is added: browsers enforce
 *       both, so only that origin can frame a page that will talk to it;</li>
 *   <li>no {@code Cross-Origin-Opener-Policy}: Meta's Embedded Signup popup must be able to talk back.</li>
 * </ul>
 */
public final class SecurityHeaders {

  private final String basePolicy;

  public SecurityHeaders(ConnectConfig config) {
    String loopbackImages = config.sandbox() ? " http://localhost:* http://127.0.0.1:*" : "";
    this.basePolicy = "default-src 'none'"
        + "; script-src 'self' " + config.metaSdkOrigin()
        + "; connect-src 'self' " + config.metaSdkOrigin() + " " + config.metaOrigin()
        + "; img-src 'self' data: https:" + loopbackImages
        + "; frame-src " + config.metaOrigin()
        + "; form-action 'self'"
        + "; base-uri 'none'"
        + "; frame-ancestors " + config.frameAncestorsDirective();
  }

  /** For every response that may carry or reveal the token. */
  public static void noStoreNoReferrer(Context ctx) {
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Content-Type-Options", "nosniff");
  }

  /** For an HTML document. {@code styleNonce} authorises the page's one inline style block. */
  public void html(Context ctx, String styleNonce, String parentOrigin) {
    noStoreNoReferrer(ctx);
    ctx.res().addHeader("Content-Security-Policy",
        basePolicy + "; style-src 'self' 'nonce-" + styleNonce + "'");
    if (parentOrigin != null) {
      ctx.res().addHeader("Content-Security-Policy", "frame-ancestors " + parentOrigin);
    }
  }
}
