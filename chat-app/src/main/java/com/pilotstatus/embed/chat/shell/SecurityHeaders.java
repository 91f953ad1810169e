package com.pilotstatus.embed.chat.shell;

import io.javalin.http.Context;

/**
 * The headers every response carries. Fragments and JSON are never meant to be framed or cached; only the shell page
 * widens {@code frame-ancestors} to its checked parent ({@link #framedBy}).
 */
public final class SecurityHeaders {

  /** Nothing but our own script, style and fetches; {@code frame-ancestors} is appended per response. */
  private static final String BASE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; base-uri 'none'; form-action 'none'";

  private SecurityHeaders() {
  }

  /** The defaults, set before every handler. */
  public static void apply(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Content-Security-Policy", BASE_POLICY + "; frame-ancestors 'none'");
  }

  /** The shell page may be framed by its (validated, serialised) parent origin only. */
  public static void framedBy(Context ctx, String parentOrigin) {
    ctx.header("Content-Security-Policy", BASE_POLICY + "; frame-ancestors " + parentOrigin);
  }

  /** The refusal page shows anywhere: it holds no data and no script. */
  public static void framedByAnyone(Context ctx) {
    ctx.header("Content-Security-Policy", BASE_POLICY + "; frame-ancestors *");
  }
}
