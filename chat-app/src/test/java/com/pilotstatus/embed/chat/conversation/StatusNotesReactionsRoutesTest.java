package com.pilotstatus.embed.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.chat.testing.ChatClient;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.Contact;
import com.pilotstatus.embed.chat.testing.LiveClient;
import java.net.http.HttpResponse;
import java.util.function.BooleanSupplier;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reactions, conversation status, internal notes and the template tag in the inbox's fragments, over real HTTP
 * against the sandbox (issue 18): what each route answers, the 400/404 of bad input and of another number's
 * conversation, the texts in another locale, what the live stream carries, and that the instance's cached inbox
 * follows a status change (RenderedInboxes never serves the old row). The browser side is
 * {@code StatusNotesReactionsIT}.
 */
class StatusNotesReactionsRoutesTest {

  private static final String HOST = "http://app.acme.test:8090";
  private static ChatStack stack;
  private static String token;
  private static ChatClient client;

  @BeforeAll
  static void start() throws InterruptedException {
    stack = ChatStack.start();
    token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900);
    client = new ChatClient(stack.chatUrl()).as(token, HOST);
    assertThat(eventually(() -> stack.chat().isFeedConnected())).as("the feed, so reads come from the cache").isTrue();
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  // ---------------------------------------------------------------- notes

  @Test
  void note_is_201_as_an_internal_note_bubble_without_reply_or_reaction() {
    Contact ana = Contact.writing(stack, "Ana Prates", "Quero trocar o tamanho");

    HttpResponse<String> note = client.post(path(ana, "/notes"), "{\"text\":\"Cliente VIP: trocar sem custo\"}");

    assertThat(note.statusCode()).isEqualTo(201);
    assertThat(note.body()).contains("class=\"bubble note\"", "data-status=\"internal\"",
        "<span class=\"note-tag\">Internal note</span>", "Cliente VIP: trocar sem custo")
        .doesNotContain("data-action=\"reply\"", "data-action=\"react\"");
    assertThat(client.get(path(ana, "")).body()).contains("class=\"bubble note\"", "Cliente VIP: trocar sem custo");
  }

  @Test
  void blank_or_non_string_note_is_400_and_nothing_is_stored() {
    Contact bia = Contact.writing(stack, "Bia Lemos", "Oi");

    assertThat(client.post(path(bia, "/notes"), "{\"text\":\" \"}").statusCode()).isEqualTo(400);
    assertThat(client.post(path(bia, "/notes"), "{\"text\":7}").statusCode()).isEqualTo(400);
    assertThat(client.post(path(bia, "/notes"), "{\"text\":\"" + "x".repeat(4097) + "\"}").statusCode())
        .isEqualTo(400);
    assertThat(stack.platformMessages(token, bia.conversationId()).get("data")).hasSize(1);
  }

  // ---------------------------------------------------------------- reactions

  @Test
  void agent_reacts_replaces_and_removes_and_the_contacts_reaction_shows_with_its_name() {
    Contact caio = Contact.writing(stack, "Caio Dias", "Chegou certinho!");
    stack.contactReacts(caio.conversationId(), stack.platformSend(token, caio.conversationId(), "Que bom!"), "🙏");

    HttpResponse<String> liked = client.put(reaction(caio, caio.firstMessageId()), "{\"emoji\":\"👍\"}");
    HttpResponse<String> loved = client.put(reaction(caio, caio.firstMessageId()), "{\"emoji\":\"❤️\"}");

    assertThat(liked.statusCode()).isEqualTo(200);
    assertThat(loved.body()).contains("data-reaction=\"❤️\"", "class=\"reaction mine\"", "data-action=\"unreact\"",
        "aria-label=\"Your reaction ❤️: remove it\"").doesNotContain("👍");
    assertThat(client.get(path(caio, "")).body()).contains("aria-label=\"Caio Dias reacted 🙏\"");
    HttpResponse<String> removed = client.delete(reaction(caio, caio.firstMessageId()));
    assertThat(removed.statusCode()).isEqualTo(200);
    assertThat(removed.body()).doesNotContain("class=\"reactions\"", "data-reaction=");
  }

  @Test
  void contacts_reaction_to_their_own_message_names_them() {
    Contact dora = Contact.writing(stack, "Dora Melo", "Obrigada!");
    stack.contactReacts(dora.conversationId(), dora.firstMessageId(), "😂");

    assertThat(client.get(path(dora, "")).body()).contains("aria-label=\"Dora Melo reacted 😂\"");
  }

  @Test
  void bad_emoji_unknown_message_and_a_note_are_refused() {
    Contact edu = Contact.writing(stack, "Edu Faria", "Oi");
    String note = idOf(client.post(path(edu, "/notes"), "{\"text\":\"interno\"}").body());

    assertThat(client.put(reaction(edu, edu.firstMessageId()), "{\"emoji\":1}").statusCode()).isEqualTo(400);
    assertThat(client.put(reaction(edu, edu.firstMessageId()), "{\"emoji\":\"ok\"}").statusCode()).isEqualTo(400);
    assertThat(client.put(reaction(edu, edu.firstMessageId()), "{}").statusCode()).isEqualTo(400);
    assertThat(client.put(reaction(edu, "msg_nope"), "{\"emoji\":\"👍\"}").statusCode()).isEqualTo(404);
    assertThat(client.put(reaction(edu, note), "{\"emoji\":\"👍\"}").statusCode()).isEqualTo(400);
  }

  // ---------------------------------------------------------------- status

  @Test
  void resolving_answers_the_header_control_and_the_list_filters_follow() throws InterruptedException {
    Contact fabi = Contact.writing(stack, "Fabi Nunes", "Tudo resolvido, obrigada");

    HttpResponse<String> resolved = client.put(path(fabi, "/status"), "{\"status\":\"resolved\"}");

    assertThat(resolved.statusCode()).isEqualTo(200);
    assertThat(resolved.body()).contains("id=\"thread-status\"", "data-status=\"resolved\"",
        "<span class=\"status-tag\" role=\"status\">Resolved</span>", "data-action=\"set-status\"", ">Reopen<");
    assertThat(eventually(() -> client.get("/fragments/conversations?status=resolved").body()
        .contains("c-" + fabi.conversationId()))).isTrue();
    assertThat(client.get("/fragments/conversations?status=open").body()).doesNotContain("c-" + fabi.conversationId());
    assertThat(client.get(path(fabi, "")).body()).contains(">Reopen<");
    assertThat(client.put(path(fabi, "/status"), "{\"status\":\"open\"}").body()).contains(">Resolve<");
  }

  @Test
  void kept_inbox_shows_a_status_change_and_the_inbound_that_reopens() throws InterruptedException {
    Contact gil = Contact.writing(stack, "Gil Rocha", "Oi");
    String row = "id=\"c-" + gil.conversationId() + "\"";
    // rendered and kept, once the platform's feed has brought the new conversation to this instance's cache
    assertThat(eventually(() -> client.get("/fragments/inbox").body().contains(row))).isTrue();

    client.put(path(gil, "/status"), "{\"status\":\"resolved\"}");
    assertThat(eventually(() -> rowOf(client.get("/fragments/inbox").body(), row)
        .contains("data-status=\"resolved\""))).isTrue();

    stack.inbound(ChatStack.DEMO_NUMBER, gil.from(), "Gil Rocha", "Mais uma coisa");
    assertThat(eventually(() -> rowOf(client.get("/fragments/inbox").body(), row)
        .contains("data-status=\"open\""))).isTrue();
  }

  @Test
  void unknown_status_or_filter_is_400() {
    Contact hugo = Contact.writing(stack, "Hugo Sá", "Oi");

    assertThat(client.put(path(hugo, "/status"), "{\"status\":\"closed\"}").statusCode()).isEqualTo(400);
    assertThat(client.put(path(hugo, "/status"), "{\"status\":true}").statusCode()).isEqualTo(400);
    assertThat(client.get("/fragments/conversations?status=done").statusCode()).isEqualTo(400);
    assertThat(client.get("/fragments/inbox?status=done").statusCode()).isEqualTo(400);
  }

  // ---------------------------------------------------------------- scope, template tag, locale, live

  @Test
  void another_numbers_conversation_is_404_for_notes_status_and_reactions() {
    String[] other = stack.otherNumberWithConversation();
    String theirs = "/fragments/conversations/" + other[1];
    String message = stack.platformMessages(stack.mint(List.of(other[0]), List.of(HOST), 900), other[1])
        .at("/data/0/id").asText();

    assertThat(client.post(theirs + "/notes", "{\"text\":\"x\"}").statusCode()).isEqualTo(404);
    assertThat(client.put(theirs + "/status", "{\"status\":\"resolved\"}").statusCode()).isEqualTo(404);
    assertThat(client.put(theirs + "/messages/" + message + "/reaction", "{\"emoji\":\"👍\"}").statusCode())
        .isEqualTo(404);
  }

  @Test
  void template_bubble_carries_the_template_tag_with_its_name() {
    Contact iris = Contact.writing(stack, "Iris Maia", "Oi");
    String template = stack.addTemplate(ChatStack.DEMO_NUMBER, "entrega_hoje", "pt_BR", "Olá {{1}}, chega hoje.",
        List.of("Iris")).get("id").asText();

    HttpResponse<String> sent = new ChatClient(stack.chatUrl()).as(token, HOST)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .post(path(iris, "/templates/" + template), "{\"variables\":[\"Iris\"]}");

    assertThat(sent.statusCode()).isEqualTo(201);
    assertThat(sent.body()).contains("<span class=\"template-tag\" title=\"Sent from the template entrega_hoje\">"
        + "Template · entrega_hoje</span>");
  }

  @Test
  void new_texts_follow_the_viewers_locale() {
    Contact juca = Contact.writing(stack, "Juca Reis", "Oi");
    client.post(path(juca, "/notes"), "{\"text\":\"nota\"}");
    ChatClient pt = new ChatClient(stack.chatUrl()).as(token, HOST).header("X-PS-Locale", "pt");
    ChatClient es = new ChatClient(stack.chatUrl()).as(token, HOST).header("X-PS-Locale", "es");

    assertThat(pt.get(path(juca, "")).body()).contains("Nota interna", ">Resolver<", "Reagir",
        "Escreva uma nota interna", "Nota interna: nunca é enviada ao contato", "Escolha uma reação");
    assertThat(es.get(path(juca, "")).body()).contains("Nota interna", ">Resolver<", "Reaccionar",
        "Escribe una nota interna", "Elige una reacción");
    assertThat(pt.get("/fragments/inbox").body()).contains("Status da conversa", ">Todas<", ">Abertas<",
        ">Resolvidas<");
    assertThat(es.put(path(juca, "/status"), "{\"status\":\"resolved\"}").body()).contains(">Resuelta<", ">Reabrir<");
  }

  @Test
  void notes_reactions_and_status_arrive_live() throws Exception {
    Contact kim = Contact.writing(stack, "Kim Leal", "Oi");
    client.get(path(kim, "")); // the thread is kept, as when an agent reads it
    try (LiveClient live = LiveClient.open(stack.chatPort(), token, HOST, null, 0, true)) {
      assertThat(live.status()).isEqualTo(200);

      client.post(path(kim, "/notes"), "{\"text\":\"Só para a equipe\"}");
      stack.contactReacts(kim.conversationId(), kim.firstMessageId(), "👍");
      client.put(path(kim, "/status"), "{\"status\":\"resolved\"}");

      LiveClient.Event note = live.await(e -> e.name().equals("message") && e.data().contains("Só para a equipe"), 10);
      assertThat(note.data()).contains("bubble note", "\"inbound\":false");
      LiveClient.Event reaction = live.await(e -> e.name().equals("message") && e.data().contains("reacted"), 10);
      assertThat(reaction.data()).contains("Kim Leal reacted 👍");
      LiveClient.Event status = live.await(e -> e.name().equals("conversation")
          && e.data().contains("\"status\":\"resolved\""), 10);
      assertThat(status.data()).contains("thread-status", "Reopen", "\"updatedAt\"");
    }
  }

  private static String path(Contact contact, String rest) {
    return "/fragments/conversations/" + contact.conversationId() + rest;
  }

  private static String reaction(Contact contact, String messageId) {
    return path(contact, "/messages/" + messageId + "/reaction");
  }

  private static String idOf(String bubble) {
    int at = bubble.indexOf("data-id=\"") + 9;
    return bubble.substring(at, bubble.indexOf('"', at));
  }

  /** Whether {@code condition} holds within 10 s (the feed brings changes to this instance asynchronously). */
  private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(25);
    }
    return true;
  }

  /** The list row starting with {@code start} in {@code html}. */
  private static String rowOf(String html, String start) {
    int at = html.indexOf(start);
    return at < 0 ? "" : html.substring(html.lastIndexOf("<li", at), html.indexOf("</li>", at));
  }
}
