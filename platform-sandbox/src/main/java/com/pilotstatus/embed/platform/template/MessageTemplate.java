package com.pilotstatus.embed.platform.template;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An approved message model of one number (seed 002 "Template"), the only thing WhatsApp lets a business send once the
 * 24-hour customer service window is closed. Its {@code body} holds positional placeholders {@code {{1}}…{{n}}}, each
 * filled by one variable at send time.
 *
 * @param status   {@code APPROVED}, {@code PENDING} or {@code REJECTED}; only approved ones can be sent
 * @param examples one example value per placeholder, in order (shown as the field's hint)
 */
public record MessageTemplate(String id, String tenantId, String whatsappNumberId, String name, String language,
                              String category, String status, String body, List<String> examples,
                              Instant createdAt) {

  /** The longest value a variable takes (Meta's body parameters are short, one-line values). */
  public static final int MAX_VARIABLE_LENGTH = 256;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\d{1,2})}}");

  public MessageTemplate {
    examples = List.copyOf(examples);
  }

  public boolean isApproved() {
    return "APPROVED".equals(status);
  }

  /** How many variables the body takes: its highest placeholder. */
  public int variableCount() {
    return placeholderCount(body);
  }

  /** The body with {@code {{i}}} replaced by {@code values[i-1]}; the caller checked the count. */
  public String render(List<String> values) {
    Matcher m = PLACEHOLDER.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.get(Integer.parseInt(m.group(1)) - 1)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The highest placeholder of {@code body}, 0 without any. */
  static int placeholderCount(String body) {
    Matcher m = PLACEHOLDER.matcher(body);
    int max = 0;
    while (m.find()) {
      max = Math.max(max, Integer.parseInt(m.group(1)));
    }
    return max;
  }

  /** True when the placeholders are exactly {@code {{1}}…{{n}}}, each at least once (none skipped). */
  static boolean hasContiguousPlaceholders(String body) {
    int count = placeholderCount(body);
    for (int i = 1; i <= count; i++) {
      if (!body.contains("{{" + i + "}}")) {
        return false;
      }
    }
    return !body.contains("{{0}}");
  }
}
