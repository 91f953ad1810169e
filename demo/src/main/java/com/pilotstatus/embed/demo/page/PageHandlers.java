package com.pilotstatus.embed.demo.page;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** Renders the demo's pages: markup in jte, the host-page code in plain JS assets as a customer would write it. */
public final class PageHandlers {

  private final TemplateEngine templates;
  private final String embedScriptUrl;

  public PageHandlers(TemplateEngine templates, String cdnOrigin) {
    this.templates = templates;
    this.embedScriptUrl = cdnOrigin + "/embed.js";
  }

  public void inbox(Context ctx) {
    render(ctx, "page/inbox.jte", new DemoPage("Inbox", "inbox", embedScriptUrl));
  }

  public void connect(Context ctx) {
    render(ctx, "page/connect.jte", new DemoPage("Connect a number", "connect", embedScriptUrl));
  }

  public void chatSnippet(Context ctx) {
    render(ctx, "page/snippet-chat.jte", new DemoPage("Chat snippet (seed 000, verbatim)", "snippet", embedScriptUrl));
  }

  public void connectSnippet(Context ctx) {
    render(ctx, "page/snippet-connect.jte",
        new DemoPage("Connect snippet (seed 001, verbatim)", "snippet", embedScriptUrl));
  }

  private void render(Context ctx, String template, DemoPage page) {
    StringOutput output = new StringOutput();
    templates.render(template, page, output);
    ctx.header("Cache-Control", "no-store").html(output.toString());
  }
}
