package com.pilotstatus.embed.chat.shell;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The app's one template engine: precompiled classes (built by {@code jte-maven-plugin}), HTML content type so every
 * {@code ${}} is escaped for where it lands.
 */
public final class Templates {

  /** jte's default package is shared by every app: ours has its own so several apps can live in one JVM. */
  static final String PACKAGE = "com.pilotstatus.embed.chat.templates";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html, null, PACKAGE);

  /** Renders {@code name} (e.g. {@code conversation/inbox.jte}) with its one page record. */
  public String render(String name, Object page) {
    StringOutput out = new StringOutput();
    engine.render(name, page, out);
    return out.toString();
  }
}
