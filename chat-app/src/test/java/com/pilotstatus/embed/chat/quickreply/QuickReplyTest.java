package com.pilotstatus.embed.chat.quickreply;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.chat.conversation.Conversation;
import org.junit.jupiter.api.Test;

/** How a quick reply's variables are filled: never a raw {@code {{…}}}, an unknown value as nothing. */
class QuickReplyTest {

  private static final String ALL = "Hi {{contact.firstName}} / {{contact.name}} / {{ contact.number }}!";

  @Test
  void filledFor_known_contact_fills_every_variable() {
    String text = new QuickReply("qr_1", "hi", ALL).filledFor(new Conversation.Contact("Ana Maria Souza", "+5511999990000"));

    assertThat(text).isEqualTo("Hi Ana / Ana Maria Souza / +5511999990000!");
  }

  @Test
  void filledFor_contact_without_name_uses_the_number_as_the_platform_documents() {
    String text = new QuickReply("qr_1", "hi", ALL).filledFor(new Conversation.Contact(" ", "+5511999990000"));

    assertThat(text).isEqualTo("Hi +5511999990000 / +5511999990000 / +5511999990000!");
  }

  @Test
  void filledFor_unknown_values_and_variables_leave_nothing_raw() {
    String text = new QuickReply("qr_1", "hi", ALL + " {{order.id}} $1 \\").filledFor(new Conversation.Contact(null, null));

    assertThat(text).isEqualTo("Hi  /  / !  $1 \\");
  }
}
