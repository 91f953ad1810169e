package com.pilotstatus.embed.chat.shell;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The app's one template engine: precompiled classes (built by {@code jte-maven-plugin}), HTML content type so every
 * {@code ${}} is escaped for where it lands.
 */
public final class Templates {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders {@code name} (e.g. {@code conversation/inbox.jte}) with its one page record. */
  public String render(String name, Object page) {
    StringOutput out = new StringOutput();
    engine.render(name, page, out);
    return out.toString();
  }
}
