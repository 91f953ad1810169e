package com.pilotstatus.embed.demo.page;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders the demo's pages: markup in jte, the host-page code in plain JS assets as a customer would write it. The
 * seed snippet pages are static HTML, served byte for byte (jte's HTML mode drops comments, and the snippets' comment
 * lines are part of what a customer copies); only the embed.js address is filled in.
 */
public final class PageHandlers {

  private static final String EMBED_JS_PLACEHOLDER = "{{EMBED_JS_URL}}";

  private final TemplateEngine templates;
  private final String embedScriptUrl;
  private final String chatSnippet;
  private final String connectSnippet;
  private final String pagePolicy;
  private final String chatSnippetPolicy;
  private final String connectSnippetPolicy;

  public PageHandlers(TemplateEngine templates, String cdnOrigin) {
    this.templates = templates;
    this.embedScriptUrl = cdnOrigin + "/embed.js";
    this.chatSnippet = snippet("chat.html");
    this.connectSnippet = snippet("connect.html");
    PagePolicy policy = new PagePolicy(cdnOrigin);
    this.pagePolicy = policy.forPage(java.util.List.of());
    this.chatSnippetPolicy = policy.forPage(PagePolicy.inlineScripts(chatSnippet));
    this.connectSnippetPolicy = policy.forPage(PagePolicy.inlineScripts(connectSnippet));
  }

  public void inbox(Context ctx) {
    render(ctx, "page/inbox.jte", new DemoPage("Inbox", "inbox", embedScriptUrl));
  }

  public void connect(Context ctx) {
    render(ctx, "page/connect.jte", new DemoPage("Connect a number", "connect", embedScriptUrl));
  }

  /** Seed 000's snippet, verbatim. */
  public void chatSnippet(Context ctx) {
    ctx.header("Content-Security-Policy", chatSnippetPolicy).header("Cache-Control", "no-store").html(chatSnippet);
  }

  /** Seed 001's snippet, verbatim. */
  public void connectSnippet(Context ctx) {
    ctx.header("Content-Security-Policy", connectSnippetPolicy).header("Cache-Control", "no-store")
        .html(connectSnippet);
  }

  private void render(Context ctx, String template, DemoPage page) {
    StringOutput output = new StringOutput();
    templates.render(template, page, output);
    ctx.header("Content-Security-Policy", pagePolicy).header("Cache-Control", "no-store").html(output.toString());
  }

  private String snippet(String name) {
    try (InputStream in = PageHandlers.class.getResourceAsStream("/demo-snippets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /demo-snippets/" + name);
      }
      // DemoConfig checked PS_CDN_ORIGIN is a bare origin: nothing in it can break out of the attribute.
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(EMBED_JS_PLACEHOLDER, embedScriptUrl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
