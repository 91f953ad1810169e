package com.pilotstatus.embed.chat.template;

import com.pilotstatus.embed.chat.i18n.Texts;
import java.util.List;

/**
 * One template being filled: a field per variable, the preview, and what was wrong with the last attempt.
 * Template {@code template/form.jte}.
 *
 * @param failed the platform refused the send for a reason no field shows: say it was not sent
 */
public record TemplateFormPage(Texts t, String conversationId, TemplatePickerPage.Option template,
                               List<Field> fields, List<Segment> preview, boolean failed) {

  /**
   * One variable's input.
   *
   * @param error what is wrong with {@code value}, or {@code null}
   */
  public record Field(int position, String label, String hint, int maxLength, String value, String error) {
  }

  /** A run of the preview: literal text ({@code position} 0) or the value of variable {@code position}. */
  public record Segment(String text, int position) {

    public boolean isVariable() {
      return position > 0;
    }
  }
}
