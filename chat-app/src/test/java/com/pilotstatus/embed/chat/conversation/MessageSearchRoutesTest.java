package com.pilotstatus.embed.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.chat.testing.ChatClient;
import com.pilotstatus.embed.chat.testing.ChatStack;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search in message text and opening a thread at a hit (issue 18), over real HTTP: the hits under the list's rows with
 * the match marked and escaped, never another number's messages, and the runs around a hit and after it.
 */
class MessageSearchRoutesTest {

  private static final String HOST = "http://app.acme.test:8090";
  private static final String CONTACT = "+5511966667777";
  private static ChatStack stack;
  private static String token;
  private static ChatClient client;
  private static String conversation;
  private static String hitId;
  private static String[] other;

  @BeforeAll
  static void start() {
    stack = ChatStack.start();
    token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900);
    client = new ChatClient(stack.chatUrl()).as(token, HOST);
    for (int i = 1; i <= 45; i++) {
      String text = i == 5 ? "About the <b>order</b> we talked: the Quokka-Blue size please, and thanks again!"
          : "Message number " + i;
      JsonNode sent = stack.inbound(ChatStack.DEMO_NUMBER, CONTACT, "Sofia Busca", text);
      if (i == 5) {
        hitId = sent.get("id").asText();
      }
    }
    conversation = stack.conversationOf(token, "Sofia Busca");
    other = stack.otherNumberWithConversation(); // "Hello from another number", on a number the token does not cover
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void search_shows_the_matching_message_with_the_match_marked_and_escaped() {
    HttpResponse<String> list = client.get("/fragments/conversations?q=" + q("quokka-blue"));

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("<h2>Messages</h2>")
        .contains("data-action=\"open-at\" data-id=\"" + conversation + "\" data-message=\"" + hitId + "\"")
        .contains("<span class=\"snippet\">…rder&lt;/b&gt; we talked: the <mark>Quokka-Blue</mark> size please")
        .doesNotContain("<b>order</b>");
  }

  @Test
  void the_first_inbox_of_a_search_has_the_hits_too_and_pt_says_so_in_portuguese() {
    HttpResponse<String> inbox = client.header("X-PS-Locale", "pt").get("/fragments/inbox?q=" + q("quokka"));
    assertThat(inbox.body()).contains("<h2>Mensagens</h2>").contains("<mark>Quokka</mark>")
        .contains("Abrir a conversa com Sofia Busca nesta mensagem");
  }

  @Test
  void another_numbers_messages_are_never_found() {
    assertThat(client.get("/fragments/conversations?q=" + q("hello from another")).body()).doesNotContain("hit-row");
    assertThat(client.get("/fragments/conversations?q=" + q("hello") + "&number=" + other[0]).statusCode())
        .isEqualTo(404);
    ChatClient both = new ChatClient(stack.chatUrl())
        .as(stack.mint(List.of(ChatStack.DEMO_NUMBER, other[0]), List.of(HOST), 900), HOST);
    assertThat(both.get("/fragments/conversations?q=" + q("hello from another")).body()).contains("hit-row");
  }

  @Test
  void a_thread_opened_at_a_hit_holds_the_run_around_it_and_offers_newer_and_older() {
    HttpResponse<String> thread = client.get("/fragments/conversations/" + conversation + "?at=" + hitId);

    assertThat(thread.statusCode()).isEqualTo(200);
    assertThat(thread.body()).contains("id=\"m-" + hitId + "\"").contains("Message number 1<")
        .doesNotContain("Message number 45<").doesNotContain("unread-divider")
        .contains("data-action=\"newer\"").doesNotContain("data-action=\"older\"");
    String after = between(thread.body(), "data-after=\"", "\"");

    HttpResponse<String> newer = client.get("/fragments/conversations/" + conversation + "/messages?after=" + after);
    assertThat(newer.statusCode()).isEqualTo(200);
    assertThat(newer.body()).contains("Message number 31<").contains("Message number 45<")
        .doesNotContain("data-action=\"newer\"");
  }

  @Test
  void bad_anchors_are_400_and_another_numbers_conversation_is_404() {
    String base = "/fragments/conversations/" + conversation;
    assertThat(client.get(base + "?at=msg_nope").statusCode()).isEqualTo(400);
    assertThat(client.get(base + "?at=" + "x".repeat(129)).statusCode()).isEqualTo(400);
    assertThat(client.get(base + "/messages").statusCode()).isEqualTo(400);
    assertThat(client.get(base + "/messages?before=" + hitId + "&after=" + hitId).statusCode()).isEqualTo(400);
    assertThat(client.get(base + "/messages?after=msg_nope").statusCode()).isEqualTo(400);
    assertThat(client.get("/fragments/conversations/" + other[1] + "?at=" + hitId).statusCode()).isEqualTo(404);
    assertThat(client.get("/fragments/conversations/" + other[1] + "/messages?after=" + hitId).statusCode())
        .isEqualTo(404);
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }
}
