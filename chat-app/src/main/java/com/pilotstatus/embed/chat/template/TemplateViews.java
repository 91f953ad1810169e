package com.pilotstatus.embed.chat.template;

import com.pilotstatus.embed.chat.conversation.MessageTemplate;
import com.pilotstatus.embed.chat.i18n.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the platform's templates into the picker and form the viewer sees, and checks a form's values the way the
 * platform will (one line, 1 to the variable's {@code maxLength} characters) so the agent reads why in their own
 * language; the platform still checks them again.
 */
final class TemplateViews {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\d{1,2})}}");

  private final Texts texts;
  private final Locale locale;

  TemplateViews(Texts texts) {
    this.texts = texts;
    this.locale = Locale.forLanguageTag(texts.locale().languageTag());
  }

  TemplatePickerPage picker(String conversationId, List<MessageTemplate> templates) {
    List<TemplatePickerPage.Option> options = templates.stream()
        .sorted(Comparator.comparing(MessageTemplate::name).thenComparing(MessageTemplate::language))
        .map(this::option).toList();
    Map<String, String> languages = new TreeMap<>();
    options.forEach(o -> languages.put(o.language(), o.languageLabel()));
    List<TemplatePickerPage.Language> filter = languages.entrySet().stream()
        .map(e -> new TemplatePickerPage.Language(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(TemplatePickerPage.Language::label)).toList();
    return new TemplatePickerPage(texts, conversationId, options, filter);
  }

  /** The form of {@code template} with {@code values} (empty for a new form) and their errors when checked. */
  TemplateFormPage form(String conversationId, MessageTemplate template, List<String> values, boolean check,
                        boolean failed) {
    List<TemplateFormPage.Field> fields = new ArrayList<>();
    for (MessageTemplate.Variable v : template.variables()) {
      String value = v.position() <= values.size() ? values.get(v.position() - 1) : "";
      fields.add(new TemplateFormPage.Field(v.position(), texts.format("templates.variable", "{{" + v.position() + "}}"),
          v.example() == null || v.example().isBlank() ? "" : texts.format("templates.example", v.example()),
          v.maxLength(), value, check ? problem(value, v.maxLength()) : null));
    }
    return new TemplateFormPage(texts, conversationId, option(template), fields, segments(template.body()), failed);
  }

  /** True when every value would be accepted. */
  static boolean isValid(TemplateFormPage form) {
    return form.fields().stream().allMatch(f -> f.error() == null);
  }

  private String problem(String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return texts.get("templates.required");
    }
    if (value.length() > maxLength) {
      return texts.format("templates.tooLong", Integer.toString(maxLength));
    }
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\t') >= 0) {
      return texts.get("templates.oneLine");
    }
    return null;
  }

  private TemplatePickerPage.Option option(MessageTemplate t) {
    return new TemplatePickerPage.Option(t.id(), t.name(), t.language(), languageLabel(t.language()), t.body());
  }

  private String languageLabel(String code) {
    Locale language = Locale.forLanguageTag(code.replace('_', '-'));
    String label = language.getDisplayName(locale);
    return label.isEmpty() ? code : label.substring(0, 1).toUpperCase(locale) + label.substring(1);
  }

  static List<TemplateFormPage.Segment> segments(String body) {
    List<TemplateFormPage.Segment> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(body);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        out.add(new TemplateFormPage.Segment(body.substring(at, m.start()), 0));
      }
      out.add(new TemplateFormPage.Segment(m.group(), Integer.parseInt(m.group(1))));
      at = m.end();
    }
    if (at < body.length()) {
      out.add(new TemplateFormPage.Segment(body.substring(at), 0));
    }
    return out;
  }
}
