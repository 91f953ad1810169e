package com.pilotstatus.embed.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.chat.testing.ChatClient;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.Contact;
import com.pilotstatus.embed.chat.testing.LiveClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quoted replies in the inbox's fragments over real HTTP against the sandbox (issue 18): a reply sent with
 * {@code replyTo} comes back as a bubble with its quote, the thread and older pages render quotes ("You" or the
 * contact's name), a quoted inbound arrives live with its quote, and a bad {@code replyTo} stores nothing. The
 * browser side (reply action, preview, Escape, jump to the original) is {@code QuotedRepliesIT}.
 */
class QuotedReplyRoutesTest {

  private static final String HOST = "http://app.acme.test:8090";
  private static ChatStack stack;
  private static String token;
  private static ChatClient client;

  @BeforeAll
  static void start() {
    stack = ChatStack.start();
    token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900);
    client = new ChatClient(stack.chatUrl()).as(token, HOST);
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void reply_with_reply_to_is_201_with_the_quote_of_the_contacts_message() {
    Contact rita = Contact.writing(stack, "Rita Gomes", "Vocês entregam em Niterói?");

    HttpResponse<String> sent = send(rita.conversationId(), "{\"text\":\"Entregamos sim!\",\"replyTo\":\""
        + rita.firstMessageId() + "\"}");

    assertThat(sent.statusCode()).isEqualTo(201);
    assertThat(sent.body()).contains("class=\"quote quote-in\"", "data-action=\"quote\"",
        "data-target=\"" + rita.firstMessageId() + "\"", "<span class=\"quote-author\">Rita Gomes</span>",
        "<span class=\"quote-text\">Vocês entregam em Niterói?</span>", "Entregamos sim!");
  }

  @Test
  void thread_renders_quotes_with_you_for_the_agents_messages() {
    Contact saulo = Contact.writing(stack, "Saulo Reis", "Qual o prazo?");
    String agent = stack.platformSend(token, saulo.conversationId(), "Três dias úteis.");
    stack.inboundQuoting(ChatStack.DEMO_NUMBER, saulo.from(), "Obrigado!", agent);

    String html = client.get("/fragments/conversations/" + saulo.conversationId()).body();

    assertThat(html).contains("class=\"quote quote-out\"", "<span class=\"quote-author\">You</span>",
        "<span class=\"quote-text\">Três dias úteis.</span>", "Obrigado!");
  }

  @Test
  void every_bubble_has_a_reply_action_naming_its_author() {
    Contact tais = Contact.writing(stack, "Tais Prado", "Oi");

    String html = client.get("/fragments/conversations/" + tais.conversationId()).body();

    assertThat(html).contains("data-action=\"reply\"", "aria-label=\"Reply to Tais Prado\"",
        "data-author=\"Tais Prado\"");
  }

  @Test
  void quote_and_reply_texts_follow_the_viewers_locale() {
    Contact ugo = Contact.writing(stack, "Ugo Lins", "Tudo certo?");
    String agent = stack.platformSend(token, ugo.conversationId(), "Tudo sim.");
    stack.inboundQuoting(ChatStack.DEMO_NUMBER, ugo.from(), "Ótimo", agent);

    String html = new ChatClient(stack.chatUrl()).as(token, HOST).header("X-PS-Locale", "pt")
        .get("/fragments/conversations/" + ugo.conversationId()).body();

    assertThat(html).contains("<span class=\"quote-author\">Você</span>", "Ir para a mensagem citada",
        "Responder a Ugo Lins", "Cancelar resposta");
  }

  @Test
  void unknown_reply_to_is_refused_and_nothing_is_stored() {
    Contact vera = Contact.writing(stack, "Vera Luz", "Oi");

    HttpResponse<String> refused = send(vera.conversationId(), "{\"text\":\"Never stored\",\"replyTo\":\"msg_nope\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(stack.platformMessages(token, vera.conversationId()).toString()).doesNotContain("Never stored");
  }

  @Test
  void reply_to_that_is_not_a_string_is_400_before_the_platform() {
    Contact wil = Contact.writing(stack, "Wil Souto", "Oi");

    HttpResponse<String> refused = send(wil.conversationId(), "{\"text\":\"x\",\"replyTo\":7}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("replyTo");
  }

  @Test
  void quoted_inbound_arrives_live_with_its_quote() throws Exception {
    Contact xavi = Contact.writing(stack, "Xavi Moura", "Tem em azul?");
    String agent = stack.platformSend(token, xavi.conversationId(), "Tem sim, quer?");
    client.get("/fragments/conversations/" + xavi.conversationId()); // the thread is kept, as when an agent reads it
    try (LiveClient live = LiveClient.open(stack.chatPort(), token, HOST, null, 0, true)) {
      assertThat(live.status()).isEqualTo(200);

      stack.inboundQuoting(ChatStack.DEMO_NUMBER, xavi.from(), "Quero!", agent);

      LiveClient.Event message = live.await(e -> e.name().equals("message") && e.data().contains("Quero!"), 10);
      assertThat(message.data()).contains("quote quote-out", "data-target=\\\"" + agent + "\\\"",
          "Tem sim, quer?", "You");
    }
  }

  private static HttpResponse<String> send(String conversationId, String body) {
    return new ChatClient(stack.chatUrl()).as(token, HOST).header("Idempotency-Key", UUID.randomUUID().toString())
        .post("/fragments/conversations/" + conversationId + "/messages", body);
  }
}
