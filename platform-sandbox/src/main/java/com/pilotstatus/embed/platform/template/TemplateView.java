package com.pilotstatus.embed.platform.template;

import java.util.ArrayList;
import java.util.List;

/** The documented Template object (docs/platform-api.md "Templates"). */
public record TemplateView(String id, String whatsappNumberId, String name, String language, String category,
                           String status, String body, List<Variable> variables, String createdAt) {

  /** One placeholder {@code {{position}}}: what it looks like and how long its value may be. */
  public record Variable(int position, String example, int maxLength) {
  }

  public static TemplateView of(MessageTemplate t) {
    List<Variable> variables = new ArrayList<>();
    for (int i = 1; i <= t.variableCount(); i++) {
      String example = i <= t.examples().size() ? t.examples().get(i - 1) : null;
      variables.add(new Variable(i, example, MessageTemplate.MAX_VARIABLE_LENGTH));
    }
    return new TemplateView(t.id(), t.whatsappNumberId(), t.name(), t.language(), t.category(), t.status(), t.body(),
        variables, t.createdAt().toString());
  }
}
