package com.pilotstatus.embed.chat.quickreply;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.pilotstatus.embed.chat.conversation.Conversation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tenant's saved response as the platform describes it ({@code docs/platform-api.md} "Quick replies"); its
 * {@code text} may hold {@code {{contact.name}}}, {@code {{contact.firstName}}} and {@code {{contact.number}}}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuickReply(String id, String shortcut, String text) {

  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*\\}\\}");

  /**
   * The text as the agent inserts it for {@code contact}: each variable replaced by its value (the name falls back to
   * the number, as the platform documents), and an unknown value or variable by nothing, so no {@code {{…}}} is ever
   * sent raw.
   */
  public String filledFor(Conversation.Contact contact) {
    String number = contact == null || contact.number() == null ? "" : contact.number().trim();
    String name = contact == null || contact.name() == null || contact.name().isBlank() ? number
        : contact.name().trim();
    Matcher m = VARIABLE.matcher(text == null ? "" : text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = switch (m.group(1)) {
        case "contact.name" -> name;
        case "contact.firstName" -> name.split("\\s+", 2)[0];
        case "contact.number" -> number;
        default -> "";
      };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }
}
