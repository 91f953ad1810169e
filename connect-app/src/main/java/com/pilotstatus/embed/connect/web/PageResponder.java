package com.pilotstatus.embed.connect.web;

import com.pilotstatus.embed.connect.page.ConnectPage;
import com.pilotstatus.embed.connect.page.Templates;
import io.javalin.http.Context;

/** Writes a connect page or a state fragment with the security headers of {@link SecurityHeaders}. */
public final class PageResponder {

  /** Set by handlers whose answer is a fragment, so the exception mapper answers in kind. */
  public static final String FRAGMENT = "connect.fragment";

  private final Templates templates;
  private final SecurityHeaders headers;

  public PageResponder(Templates templates, SecurityHeaders headers) {
    this.templates = templates;
    this.headers = headers;
  }

  public void full(Context ctx, ConnectPage page, int status) {
    headers.html(ctx, page.styleNonce(), page.p().parentOrigin());
    ctx.status(status).contentType("text/html; charset=utf-8").result(templates.page(page));
  }

  /** A fragment is always 200: its {@code data-state} says what happened (the runtime only swaps 200s). */
  public void fragment(Context ctx, ConnectPage page) {
    SecurityHeaders.noStoreNoReferrer(ctx);
    ctx.status(200).contentType("text/html; charset=utf-8").result(templates.state(page));
  }

  public static void markFragment(Context ctx) {
    ctx.attribute(FRAGMENT, Boolean.TRUE);
  }

  public static boolean isFragment(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(FRAGMENT));
  }
}
