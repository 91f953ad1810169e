package com.pilotstatus.embed.chat.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.chat.testing.ChatClient;
import com.pilotstatus.embed.chat.testing.ChatStack;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reply area and the template fragments over real HTTP against the sandbox (issue 18): the 24-hour window's
 * state in the thread, the free-form refusal, the picker, the form and the template send with its errors.
 * The browser side (keyboard, live updates, axe) is {@code TemplatePickerIT}.
 */
class TemplateRoutesTest {

  private static final String HOST = "http://app.acme.test:8090";
  private static ChatStack stack;
  private static String token;
  private static ChatClient client;
  private static String ana;
  private static String emily;

  @BeforeAll
  static void start() {
    stack = ChatStack.start();
    token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900);
    client = new ChatClient(stack.chatUrl()).as(token, HOST);
    ana = stack.conversationOf(token, "Ana Souza");
    emily = stack.conversationOf(token, "Emily Carter");
    stack.moveLastInbound(ana, Instant.now().minus(Duration.ofHours(25)));
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  private static ChatClient keyed() {
    return new ChatClient(stack.chatUrl()).as(token, HOST).header("Idempotency-Key", UUID.randomUUID().toString());
  }

  private static String templateId(String name, String language) {
    String html = client.get("/fragments/conversations/" + ana + "/templates").body();
    int at = html.indexOf("data-name=\"" + name + "\" data-language=\"" + language + "\"");
    int id = html.indexOf("data-id=\"", at) + 9;
    return html.substring(id, html.indexOf('"', id));
  }

  @Test
  void thread_outside_the_window_shows_the_closed_notice_and_the_template_button_not_the_reply_box() {
    String html = client.get("/fragments/conversations/" + ana).body();

    assertThat(html).contains("data-window=\"closed\"", "The 24-hour reply window is closed", "Choose a template",
        "after Ana Souza's last message")
        // Only an internal note can still be written: no reply mode to switch to, nothing to quote.
        .contains("class=\"composer note-mode note-only\"", "you can still write an internal note",
            "placeholder=\"Write an internal note\"")
        .doesNotContain("data-action=\"note-mode\"", "id=\"reply-preview\"");
  }

  @Test
  void thread_inside_the_window_shows_the_reply_box() {
    assertThat(client.get("/fragments/conversations/" + emily).body())
        .contains("data-window=\"open\"", "id=\"draft\"").doesNotContain("templates-open");
  }

  @Test
  void closed_notice_is_in_the_viewers_language() {
    String html = new ChatClient(stack.chatUrl()).as(token, HOST).header("X-PS-Locale", "pt")
        .get("/fragments/conversations/" + ana).body();

    assertThat(html).contains("A janela de 24 horas para respostas fechou", "Escolher um modelo");
  }

  @Test
  void free_form_reply_outside_the_window_is_409_with_the_closed_reply_area_saying_why() {
    HttpResponse<String> refused = keyed().post("/fragments/conversations/" + ana + "/messages",
        "{\"text\":\"Still there?\"}");

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.headers().firstValue("X-PS-State")).hasValue("window-closed");
    assertThat(refused.body()).contains("role=\"alert\"", "was not sent because the 24-hour window closed",
        "data-window=\"closed\"");
  }

  @Test
  void picker_lists_the_approved_templates_with_languages_to_filter() {
    String html = client.get("/fragments/conversations/" + ana + "/templates").body();

    assertThat(html).contains("role=\"dialog\"", "<label for=\"template-q\">Search by name</label>",
        "data-name=\"order_update\" data-language=\"pt_BR\"", "data-name=\"seguimiento_pedido\"",
        "<option value=\"pt_BR\">Portuguese (Brazil)</option>");
  }

  @Test
  void form_has_a_labelled_field_per_variable_and_the_preview() {
    String html = client.get("/fragments/conversations/" + ana + "/templates/" + templateId("order_update", "pt_BR"))
        .body();

    assertThat(html).contains("<label for=\"var-1\">Variable {{1}}</label>", "id=\"var-3\"", "placeholder=\"e.g. Ana\"",
        "maxlength=\"256\"", "<mark data-var=\"2\">{{2}}</mark>");
  }

  @Test
  void template_send_answers_the_sent_bubble_with_the_filled_body() {
    HttpResponse<String> sent = keyed().post("/fragments/conversations/" + ana + "/templates/"
        + templateId("order_update", "pt_BR"), "{\"variables\":[\"Ana\",\"#4821\",\"entregue\"]}");

    assertThat(sent.statusCode()).isEqualTo(201);
    assertThat(sent.body()).contains("class=\"bubble out\"", "Olá Ana! Seu pedido #4821 foi atualizado: entregue.");
  }

  @Test
  void missing_or_oversize_values_come_back_as_the_form_with_errors() {
    HttpResponse<String> invalid = keyed().post("/fragments/conversations/" + ana + "/templates/"
        + templateId("order_update", "pt_BR"), "{\"variables\":[\"Ana\",\"\",\"" + "x".repeat(257) + "\"]}");

    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.headers().firstValue("X-PS-State")).hasValue("invalid");
    assertThat(invalid.body()).contains("id=\"template-form\"", "Fill in this value.", "Use at most 256 characters.",
        "aria-invalid=\"true\"", "value=\"Ana\"");
  }

  @Test
  void unknown_template_is_404() {
    assertThat(keyed().post("/fragments/conversations/" + ana + "/templates/tpl_nope", "{\"variables\":[]}")
        .statusCode()).isEqualTo(404);
  }

  /** Scope (issue 18): another number's template (same tenant) is not this conversation's: 404, nothing sent. */
  @Test
  void another_numbers_template_is_404_for_the_form_and_the_send() {
    String otherNumber = stack.createNumber("Other line", "+5511955551111");
    String other = stack.addTemplate(otherNumber, "other_line_hello", "en", "Hi {{1}}", List.of("Ana")).get("id")
        .asText();
    String path = "/fragments/conversations/" + ana + "/templates/" + other;

    assertThat(client.get(path).statusCode()).isEqualTo(404);
    assertThat(keyed().post(path, "{\"variables\":[\"Ana\"]}").statusCode()).isEqualTo(404);
    assertThat(stack.platformMessages(token, ana).toString()).doesNotContain("other_line_hello");
  }

  @Test
  void variables_that_are_not_strings_are_400() {
    assertThat(keyed().post("/fragments/conversations/" + ana + "/templates/" + templateId("follow_up", "en_US"),
        "{\"variables\":[42]}").statusCode()).isEqualTo(400);
  }
}
