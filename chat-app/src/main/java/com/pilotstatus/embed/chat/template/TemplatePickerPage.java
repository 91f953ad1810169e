package com.pilotstatus.embed.chat.template;

import com.pilotstatus.embed.chat.i18n.Texts;
import java.util.List;

/** The template picker of a conversation whose window closed. Template {@code template/picker.jte}. */
public record TemplatePickerPage(Texts t, String conversationId, List<Option> templates, List<Language> languages) {

  /** One approved template: {@code body} with its placeholders, as a preview of what it says. */
  public record Option(String id, String name, String language, String languageLabel, String body) {
  }

  /** A language the templates are in, for the filter: {@code pt_BR} shown as "Portuguese (Brazil)". */
  public record Language(String code, String label) {
  }
}
