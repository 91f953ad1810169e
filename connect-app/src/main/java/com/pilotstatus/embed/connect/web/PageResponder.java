package com.pilotstatus.embed.connect.web;

import com.pilotstatus.embed.connect.page.ConnectPage;
import com.pilotstatus.embed.connect.page.Templates;
import com.pilotstatus.embed.kit.http.SecurityHeadersPlugin;
import io.javalin.http.Context;

/**
 * Writes a connect page or a state fragment. The kit's {@link SecurityHeadersPlugin} has set the app's headers; a
 * whole page adds its style nonce and, when the SDK named its parent, a second policy {@code frame-ancestors <parent>}
 * (browsers enforce both, so only that origin can frame a page that will talk to it).
 */
public final class PageResponder {

  /** Set by handlers whose answer is a fragment, so the exception mapper answers in kind. */
  public static final String FRAGMENT = "connect.fragment";

  private final Templates templates;
  public PageResponder(Templates templates) {
    this.templates = templates;
  }

  public void full(Context ctx, ConnectPage page, int status) {
    SecurityHeadersPlugin.allowStyleNonce(ctx, page.styleNonce());
    if (page.p().parentOrigin() != null) {
      SecurityHeadersPlugin.restrictFramingTo(ctx, page.p().parentOrigin());
    }
    ctx.status(status).contentType("text/html; charset=utf-8").result(templates.page(page));
  }

  /** A fragment is always 200: its {@code data-state} says what happened (the runtime only swaps 200s). */
  public void fragment(Context ctx, ConnectPage page) {
    ctx.status(200).contentType("text/html; charset=utf-8").result(templates.state(page));
  }

  public static void markFragment(Context ctx) {
    ctx.attribute(FRAGMENT, Boolean.TRUE);
  }

  public static boolean isFragment(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(FRAGMENT));
  }
}
