package com.pilotstatus.embed.chat.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * An approved message template of a number, as the platform describes it ({@code docs/platform-api.md} "Templates
 * and the customer service window"): what the composer offers once the 24-hour window is closed.
 *
 * @param body positional placeholders {@code {{1}}…{{n}}}, one per variable
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageTemplate(String id, String whatsappNumberId, String name, String language, String category,
                              String body, List<Variable> variables) {

  public MessageTemplate {
    variables = variables == null ? List.of() : List.copyOf(variables);
  }

  /** One placeholder: its position, an example value (or null) and the longest value the platform takes. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Variable(int position, String example, int maxLength) {
  }
}
