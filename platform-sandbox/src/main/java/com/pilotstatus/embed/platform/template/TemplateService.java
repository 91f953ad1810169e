package com.pilotstatus.embed.platform.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.number.WhatsappNumber;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A number's message templates. Requirements: a template belongs to one number, and every lookup is by that number,
 * so another number's template (of this tenant or any other) is 404 like an unknown id; only approved templates are
 * offered to and sent from the inbox; a send fills exactly the body's placeholders, each with a one-line string of
 * 1 to {@link MessageTemplate#MAX_VARIABLE_LENGTH} characters, or is refused with 400 naming the variable.
 */
public final class TemplateService {

  /** Meta's rule for template names: lowercase letters, digits and underscores. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");
  /** {@code en}, {@code en_US}, {@code pt_BR}, {@code es_419}: the language codes Meta accepts. */
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2}|_[0-9]{3})?");
  private static final Set<String> CATEGORIES = Set.of("UTILITY", "MARKETING", "AUTHENTICATION");
  private static final Set<String> STATUSES = Set.of("APPROVED", "PENDING", "REJECTED");
  private static final int MAX_BODY = 1024;
  private static final int MAX_VARIABLES = 20;

  private final TemplateRepository templates;
  private final Clock clock;

  public TemplateService(TemplateRepository templates, Clock clock) {
    this.templates = templates;
    this.clock = clock;
  }

  /** The fields of a new template, as given; {@link #create} checks them. */
  public record Draft(String name, String language, String category, String status, String body,
                      List<String> examples) {
  }

  /** Adds a template to {@code number}; 400 names the first field at fault, 409 when name + language exist. */
  public synchronized MessageTemplate create(WhatsappNumber number, Draft draft) {
    if (!NAME.matcher(draft.name()).matches()) {
      throw ApiError.invalid("name", "name must be 1 to 512 lowercase letters, digits or underscores, e.g. order_update");
    }
    if (!LANGUAGE.matcher(draft.language()).matches()) {
      throw ApiError.invalid("language", "language must be a code like en, en_US or pt_BR");
    }
    String category = draft.category() == null ? "UTILITY" : draft.category();
    if (!CATEGORIES.contains(category)) {
      throw ApiError.invalid("category", "category must be UTILITY, MARKETING or AUTHENTICATION");
    }
    String status = draft.status() == null ? "APPROVED" : draft.status();
    if (!STATUSES.contains(status)) {
      throw ApiError.invalid("status", "status must be APPROVED, PENDING or REJECTED");
    }
    String body = draft.body();
    int count = MessageTemplate.placeholderCount(body);
    if (body.length() > MAX_BODY) {
      throw ApiError.invalid("body", "body must be 1 to " + MAX_BODY + " characters");
    }
    if (count > MAX_VARIABLES || !MessageTemplate.hasContiguousPlaceholders(body)) {
      throw ApiError.invalid("body", "body placeholders must be {{1}} to {{n}} (n at most " + MAX_VARIABLES
          + "), none skipped");
    }
    List<String> examples = draft.examples() == null ? List.of() : draft.examples();
    if (examples.size() > count) {
      throw ApiError.invalid("examples", "examples has " + examples.size() + " values; the body has " + count
          + " placeholders");
    }
    for (int i = 0; i < examples.size(); i++) {
      checkValue("examples[" + i + "]", examples.get(i));
    }
    boolean taken = templates.findByNumber(number.id()).stream()
        .anyMatch(t -> t.name().equals(draft.name()) && t.language().equals(draft.language()));
    if (taken) {
      throw ApiError.conflict("The number already has a template " + draft.name() + " in " + draft.language());
    }
    MessageTemplate template = new MessageTemplate(
        "tpl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16), number.tenantId(), number.id(),
        draft.name(), draft.language(), category, status, body, examples, clock.instant());
    templates.save(template);
    return template;
  }

  /** Every template of {@code number} (the caller checked it may see the number). */
  public List<MessageTemplate> of(WhatsappNumber number) {
    return templates.findByNumber(number.id());
  }

  /** The approved templates of {@code number}: what the inbox may offer. */
  public List<MessageTemplate> approvedOf(WhatsappNumber number) {
    return of(number).stream().filter(MessageTemplate::isApproved).toList();
  }

  /** The approved template {@code id} of {@code number}; 404 for unknown, another number's, or not approved. */
  public MessageTemplate sendable(WhatsappNumber number, String id) {
    return templates.find(id)
        .filter(t -> t.whatsappNumberId().equals(number.id()) && t.tenantId().equals(number.tenantId()))
        .filter(MessageTemplate::isApproved)
        .orElseThrow(() -> ApiError.notFound("Template " + id));
  }

  /**
   * The values of a send's {@code variables} array for {@code template}: one string per placeholder, in order.
   * 400 names the variable at fault ({@code variables[1]}), or {@code variables} when the count is wrong.
   */
  public static List<String> variables(JsonNode raw, MessageTemplate template) {
    int count = template.variableCount();
    if (raw == null || raw.isNull()) {
      if (count == 0) {
        return List.of();
      }
      throw ApiError.invalid("variables", "variables is required: template " + template.name() + " takes " + count
          + " values");
    }
    if (!raw.isArray()) {
      throw ApiError.invalid("variables", "variables must be an array of strings");
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      JsonNode item = raw.get(i);
      if (!item.isTextual()) {
        throw ApiError.invalid("variables[" + i + "]", "variables[" + i + "] must be a string");
      }
      values.add(item.asText());
    }
    if (values.size() != count) {
      throw ApiError.invalid("variables", "variables has " + values.size() + " values; template " + template.name()
          + " takes " + count);
    }
    for (int i = 0; i < values.size(); i++) {
      checkValue("variables[" + i + "]", values.get(i));
    }
    return values;
  }

  private static void checkValue(String field, String value) {
    if (value.isBlank()) {
      throw ApiError.invalid(field, field + " is required (1 to " + MessageTemplate.MAX_VARIABLE_LENGTH
          + " characters)");
    }
    if (value.length() > MessageTemplate.MAX_VARIABLE_LENGTH) {
      throw ApiError.invalid(field, field + " must be at most " + MessageTemplate.MAX_VARIABLE_LENGTH
          + " characters");
    }
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\t') >= 0) {
      throw ApiError.invalid(field, field + " must be one line: no line breaks or tabs");
    }
  }

  /** The number went away: so do its templates. */
  public void numberRemoved(WhatsappNumber number) {
    templates.deleteByNumber(number.id());
  }
}
