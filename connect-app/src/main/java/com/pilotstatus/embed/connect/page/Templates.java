package com.pilotstatus.embed.connect.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The precompiled jte templates (compiled by jte-maven-plugin at build time; no JDK or template files at run time).
 * Output is HTML-escaped by context ({@link ContentType#Html}).
 */
public final class Templates {

  /** jte's default package is shared by every app: ours has its own so several apps can live in one JVM. */
  static final String PACKAGE = "com.pilotstatus.embed.connect.templates";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html, null, PACKAGE);

  /** The whole page: layout, header, current state. */
  public String page(ConnectPage page) {
    return render("connect/page.jte", page);
  }

  /** Only the {@code <section id="state">} the runtime swaps in. */
  public String state(ConnectPage page) {
    return render("connect/state.jte", page);
  }

  private String render(String name, ConnectPage page) {
    StringOutput out = new StringOutput(16 * 1024);
    engine.render(name, page, out);
    return out.toString();
  }
}
