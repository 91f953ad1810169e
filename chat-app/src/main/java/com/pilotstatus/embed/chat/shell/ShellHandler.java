package com.pilotstatus.embed.chat.shell;

import com.pilotstatus.embed.chat.i18n.Viewer;
import com.pilotstatus.embed.kit.http.SecurityHeadersPlugin;
import com.pilotstatus.embed.origin.OriginCheck;
import com.pilotstatus.embed.origin.OriginPolicy;
import com.pilotstatus.embed.chat.i18n.Texts;
import io.javalin.http.Context;
import java.time.Clock;

/**
 * {@code GET /?parentOrigin=…}: the iframe's page. A valid parent origin gets the shell (which loads the runtime) and
 * a CSP that lets only that origin frame it; a missing or invalid one gets a refusal page without any script, so no
 * protocol starts at all.
 */
public final class ShellHandler {

  private final OriginPolicy policy;
  private final Templates templates;
  private final Assets assets;
  private final BootScript boot;
  private final Clock clock;

  public ShellHandler(OriginPolicy policy, Templates templates, Assets assets, BootScript boot, Clock clock) {
    this.policy = policy;
    this.templates = templates;
    this.assets = assets;
    this.boot = boot;
    this.clock = clock;
  }

  public void show(Context ctx) {
    OriginCheck parent = policy.parse(ctx.queryParam("parentOrigin"));
    Texts texts = Viewer.of(ctx, clock).texts();
    if (!parent.isValid()) {
      SecurityHeadersPlugin.framedBy(ctx, "*"); // the refusal page holds no data and no script
      ctx.status(400).html(templates.render("shell/invalid.jte", new ShellPage(texts, assets, null, null)));
      return;
    }
    String origin = parent.origin().serialized();
    SecurityHeadersPlugin.framedBy(ctx, origin);
    ctx.html(templates.render("shell/shell.jte", new ShellPage(texts, assets, origin, boot.source())));
  }
}
