package com.pilotstatus.embed.chat.quickreply;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.chat.testing.ChatClient;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.Contact;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /fragments/conversations/{id}/quick-replies} over real HTTP against the sandbox (issue 18): the tenant's
 * quick replies as the composer's listbox, filled for the conversation's contact and escaped; another tenant's never
 * shown, another number's or tenant's conversation 404; the empty state and its texts in pt/es; a reply saved through
 * the API shows within {@link QuickReplyHandlers#FRESH_FOR}. The picker in the browser is {@code QuickRepliesIT}.
 */
class QuickReplyRoutesTest {

  private static final String HOST = "http://app.acme.test:8090";
  private static ChatStack stack;
  private static String token;
  private static ChatClient client;
  private static String[] other;

  @BeforeAll
  static void start() {
    stack = ChatStack.start();
    token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900);
    client = new ChatClient(stack.chatUrl()).as(token, HOST);
    // Saved before any read: each tenant's list is then reused for a few seconds.
    stack.addQuickReply(ChatStack.TENANT_KEY, "greeting",
        "Olá {{contact.firstName}}! <b>{{contact.name}}</b> ({{contact.number}}), como posso ajudar?");
    stack.addQuickReply(ChatStack.TENANT_KEY, "pix-key", "Nossa chave Pix: pix@acme.test");
    other = stack.otherTenantWithConversation(HOST);
    stack.addQuickReply(other[0], "their-secret", "Only the other tenant's agents see this");
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void list_is_the_tenants_quick_replies_filled_for_the_contact_and_escaped() {
    Contact dora = Contact.writing(stack, "Dora Lima", "Oi!");

    HttpResponse<String> response = client.get(path(dora.conversationId()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    assertThat(response.body())
        .contains("role=\"listbox\"", "role=\"option\"", "data-shortcut=\"greeting\"", "data-shortcut=\"pix-key\"",
            "data-text=\"Olá Dora! &lt;b>Dora Lima&lt;/b> (" + dora.from() + "), como posso ajudar?\"",
            "<span class=\"qr-shortcut\">/greeting</span>")
        .doesNotContain("{{", "<b>", "their-secret", "Only the other tenant");
  }

  @Test
  void another_tenants_list_is_its_own_and_neither_sees_the_others_conversation() {
    ChatClient theirs = new ChatClient(stack.chatUrl()).as(other[1], HOST);

    String their = theirs.get(path(other[2])).body();

    assertThat(their).contains("data-shortcut=\"their-secret\"").doesNotContain("greeting", "pix-key");
    Contact eli = Contact.writing(stack, "Eli Souza", "Oi");
    assertThat(theirs.get(path(eli.conversationId())).statusCode()).isEqualTo(404);
    assertThat(client.get(path(other[2])).statusCode()).isEqualTo(404);
  }

  @Test
  void conversation_outside_the_scope_or_unknown_is_404_and_no_bearer_is_401() {
    String[] otherNumber = stack.otherNumberWithConversation();

    assertThat(client.get(path(otherNumber[1])).statusCode()).isEqualTo(404);
    assertThat(client.get(path("cv_nope")).statusCode()).isEqualTo(404);
    assertThat(new ChatClient(stack.chatUrl()).get(path(otherNumber[1])).statusCode()).isEqualTo(401);
  }

  @Test
  void a_tenant_without_quick_replies_gets_the_empty_state_in_its_locale() {
    String[] empty = stack.otherTenantWithConversation(HOST);
    ChatClient pt = new ChatClient(stack.chatUrl()).as(empty[1], HOST).header("X-PS-Locale", "pt");
    ChatClient es = new ChatClient(stack.chatUrl()).as(empty[1], HOST).header("X-PS-Locale", "es");

    String body = pt.get(path(empty[2])).body();

    assertThat(body).contains("Nenhuma resposta rápida ainda.").doesNotContain("role=\"option\"");
    assertThat(es.get(path(empty[2])).body()).contains("Aún no hay respuestas rápidas.");
  }

  @Test
  void a_reply_saved_through_the_api_shows_within_the_freshness_interval() throws InterruptedException {
    Contact fia = Contact.writing(stack, "Fia Campos", "Oi");
    assertThat(client.get(path(fia.conversationId())).body()).contains("greeting");
    stack.addQuickReply(ChatStack.TENANT_KEY, "thanks", "Obrigado, {{contact.firstName}}!");
    long saved = System.nanoTime();

    long deadline = saved + QuickReplyHandlers.FRESH_FOR.toNanos() + 2_000_000_000L;
    String body = client.get(path(fia.conversationId())).body();
    while (!body.contains("data-shortcut=\"thanks\"") && System.nanoTime() < deadline) {
      Thread.sleep(100);
      body = client.get(path(fia.conversationId())).body();
    }

    System.out.printf("[quick-replies] a new reply showed after %d ms (fresh for %d ms)%n",
        (System.nanoTime() - saved) / 1_000_000, QuickReplyHandlers.FRESH_FOR.toMillis());
    assertThat(body).contains("data-text=\"Obrigado, Fia!\"");
  }

  private static String path(String conversationId) {
    return "/fragments/conversations/" + conversationId + "/quick-replies";
  }
}
