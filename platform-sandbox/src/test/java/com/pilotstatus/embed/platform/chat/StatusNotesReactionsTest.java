package com.pilotstatus.embed.platform.chat;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.bearer;
import static com.pilotstatus.embed.platform.testing.Sandbox.key;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.Contact;
import com.pilotstatus.embed.platform.testing.EventStreamClient;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import com.pilotstatus.embed.platform.testing.SandboxTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conversation status, internal notes and reactions (issue 18), over real HTTP: resolve/reopen with the list filter
 * and the inbound that reopens; notes stored in the thread and published live,
 * never delivered as a webhook (WebhookTest) and leaving the conversation as it was; one reaction per side and message, the agent's through the chat session and
 * the contact's through the sandbox control. Bad input gets the documented error shape; anything outside the token's
 * numbers is 404 like a missing id. Not covered here: the inbox's rendering (chat-app's StatusNotesReactionsIT).
 */
class StatusNotesReactionsTest extends SandboxTest {

  static String token;

  @BeforeAll
  static void mintToken() {
    token = sandbox.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
  }

  // ---------------------------------------------------------------- status

  @Test
  void conversation_is_open_until_resolved_and_the_filter_follows() {
    Contact ana = Contact.writing(api, "Oi, tudo certo com o pedido?");
    assertThat(conversation(ana).at("/status")).isEqualTo("open");

    Reply resolved = setStatus(ana.conversationId(), Api.json("status", "resolved"));

    assertThat(resolved.status()).isEqualTo(200);
    assertThat(resolved.at("/status")).isEqualTo("resolved");
    assertThat(ids("?status=resolved&limit=100")).contains(ana.conversationId());
    assertThat(ids("?status=open&limit=100")).doesNotContain(ana.conversationId());
    assertThat(ids("?limit=100")).contains(ana.conversationId());
  }

  @Test
  void resolving_keeps_replies_allowed_and_an_inbound_message_reopens() {
    Contact bia = Contact.writing(api, "Obrigada!");
    setStatus(bia.conversationId(), Api.json("status", "resolved"));

    assertThat(send(bia.conversationId(), "De nada!").status()).isEqualTo(201);
    assertThat(conversation(bia).at("/status")).as("a reply does not reopen").isEqualTo("resolved");

    Contact.inbound(api, bia.from(), "Mais uma pergunta");
    assertThat(conversation(bia).at("/status")).isEqualTo("open");
  }

  @Test
  void status_other_than_open_or_resolved_is_400_on_status() {
    Contact caio = Contact.writing(api, "Oi");

    Reply unknown = setStatus(caio.conversationId(), Api.json("status", "closed"));
    Reply wrongType = setStatus(caio.conversationId(), Api.json("status", 1));
    Reply filter = api.get("/v1/embed/chat/conversations?status=done", bearer(token));

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.errorCode()).isEqualTo("invalid_request");
    assertThat(unknown.errorField()).isEqualTo("status");
    assertThat(wrongType.errorField()).isEqualTo("status");
    assertThat(filter.errorField()).isEqualTo("status");
  }

  @Test
  void status_change_is_published_as_conversation_updated() throws Exception {
    Contact dani = Contact.writing(api, "Oi");
    try (EventStreamClient stream = new EventStreamClient(api.base() + "/v1/embed/chat/events", token, null)) {
      assertThat(stream.status()).isEqualTo(200);

      setStatus(dani.conversationId(), Api.json("status", "resolved"));

      JsonNode updated = Api.JSON.readTree(stream.next("conversation.updated").data());
      assertThat(updated.at("/conversation/id").asText()).isEqualTo(dani.conversationId());
      assertThat(updated.at("/conversation/status").asText()).isEqualTo("resolved");
    }
  }

  // ---------------------------------------------------------------- notes

  @Test
  void note_is_stored_in_the_thread_and_leaves_the_conversation_as_it_was() {
    Contact edu = Contact.writing(api, "Quero trocar o tamanho");
    JsonNode before = conversation(edu).json();

    Reply note = addNote(edu.conversationId(), Api.json("text", "Cliente VIP: trocar sem custo"));

    assertThat(note.status()).isEqualTo(201);
    assertThat(note.at("/direction")).isEqualTo("note");
    assertThat(note.at("/status")).isEqualTo("internal");
    JsonNode history = api.get(messagesPath(edu.conversationId()), bearer(token)).json().get("data");
    assertThat(history.get(history.size() - 1).get("id").asText()).isEqualTo(note.at("/id"));
    JsonNode after = conversation(edu).json();
    assertThat(after.get("lastMessage")).isEqualTo(before.get("lastMessage"));
    assertThat(after.get("updatedAt")).isEqualTo(before.get("updatedAt"));
    assertThat(after.get("unreadCount")).isEqualTo(before.get("unreadCount"));
  }

  @Test
  void note_is_published_live_as_message_created() throws Exception {
    Contact fabi = Contact.writing(api, "Oi");
    try (EventStreamClient stream = new EventStreamClient(api.base() + "/v1/embed/chat/events", token, null)) {
      assertThat(stream.status()).isEqualTo(200);

      String note = addNote(fabi.conversationId(), Api.json("text", "Só para a equipe")).at("/id");

      JsonNode created = Api.JSON.readTree(stream.next("message.created").data());
      assertThat(created.at("/message/id").asText()).isEqualTo(note);
      assertThat(created.at("/message/direction").asText()).isEqualTo("note");
    }
  }

  @Test
  void empty_oversize_or_non_string_note_is_400_on_text_and_stores_nothing() {
    Contact gil = Contact.writing(api, "Oi");

    Reply empty = addNote(gil.conversationId(), Api.json("text", " "));
    Reply oversize = addNote(gil.conversationId(), Api.json("text", "x".repeat(4097)));
    Reply number = addNote(gil.conversationId(), Api.json("text", 42));

    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.errorCode()).isEqualTo("invalid_request");
    assertThat(empty.errorField()).isEqualTo("text");
    assertThat(oversize.errorField()).isEqualTo("text");
    assertThat(number.errorField()).isEqualTo("text");
    assertThat(api.get(messagesPath(gil.conversationId()), bearer(token)).json().get("data")).hasSize(1);
  }

  @Test
  void another_numbers_conversation_is_404_for_status_notes_and_reactions() {
    String other = sandbox.createNumber(Sandbox.TENANT_KEY, "5511933330000");
    Reply theirs = api.post("/v1/sandbox/numbers/" + other + "/inbound",
        Api.json("from", "+5511900003333", "text", "oi"), tenant());
    String hidden = theirs.at("/conversationId");
    Reply missing = addNote("cv_missing", Api.json("text", "x"));

    Reply note = addNote(hidden, Api.json("text", "x"));
    Reply status = setStatus(hidden, Api.json("status", "resolved"));
    Reply reaction = react(hidden, theirs.at("/id"), Api.json("emoji", "👍"));

    assertThat(note.status()).isEqualTo(404);
    assertThat(note.errorCode()).isEqualTo(missing.errorCode()).isEqualTo("not_found");
    assertThat(status.status()).isEqualTo(404);
    assertThat(reaction.status()).isEqualTo(404);
  }

  // ---------------------------------------------------------------- reactions

  @Test
  void agent_reaction_replaces_its_earlier_one_and_can_be_removed() {
    Contact hugo = Contact.writing(api, "Chegou certinho!");

    react(hugo.conversationId(), hugo.firstMessageId(), Api.json("emoji", "👍"));
    Reply replaced = react(hugo.conversationId(), hugo.firstMessageId(), Api.json("emoji", "❤️"));

    assertThat(replaced.status()).isEqualTo(200);
    assertThat(replaced.json().get("reactions")).hasSize(1);
    assertThat(replaced.at("/reactions/0/from")).isEqualTo("agent");
    assertThat(replaced.at("/reactions/0/emoji")).isEqualTo("❤️");

    Reply removed = api.delete(reactionPath(hugo.conversationId(), hugo.firstMessageId()), bearer(token));
    assertThat(removed.status()).isEqualTo(200);
    assertThat(removed.json().has("reactions")).isFalse();
  }

  @Test
  void contact_and_agent_each_keep_one_reaction_and_the_change_is_published() throws Exception {
    Contact iris = Contact.writing(api, "Pode enviar hoje?");
    String reply = send(iris.conversationId(), "Posso sim!").at("/id");
    try (EventStreamClient stream = new EventStreamClient(api.base() + "/v1/embed/chat/events", token, null)) {
      assertThat(stream.status()).isEqualTo(200);

      Reply contact = contactReacts(iris.conversationId(), reply, Api.json("emoji", "🙏"));
      react(iris.conversationId(), reply, Api.json("emoji", "👍"));

      assertThat(contact.status()).isEqualTo(200);
      assertThat(contact.at("/reactions/0/from")).isEqualTo("contact");
      JsonNode first = Api.JSON.readTree(stream.next("message.updated").data());
      assertThat(first.at("/message/reactions/0/emoji").asText()).isEqualTo("🙏");
      JsonNode second = Api.JSON.readTree(stream.next("message.updated").data());
      assertThat(second.at("/message/reactions")).hasSize(2);
    }
    Reply removed = contactReacts(iris.conversationId(), reply, "{\"emoji\":null}");
    assertThat(removed.at("/reactions/0/from")).isEqualTo("agent");
    assertThat(removed.json().get("reactions")).hasSize(1);
  }

  @Test
  void bad_emoji_is_400_on_emoji() {
    Contact juca = Contact.writing(api, "Oi");
    String message = juca.firstMessageId();

    for (String body : new String[] {Api.json("emoji", "ok"), Api.json("emoji", ""), Api.json("emoji", 1),
        Api.json("emoji", "👍 👍"), Api.json("emoji", "👍".repeat(9)), "{}"}) {
      Reply refused = react(juca.conversationId(), message, body);
      assertThat(refused.status()).as(body).isEqualTo(400);
      assertThat(refused.errorField()).as(body).isEqualTo("emoji");
    }
    assertThat(contactReacts(juca.conversationId(), message, "{}").errorField()).isEqualTo("emoji");
  }

  @Test
  void unknown_message_another_conversations_or_a_note_cannot_take_a_reaction() {
    Contact kim = Contact.writing(api, "Oi");
    Contact lia = Contact.writing(api, "Olá");
    String note = addNote(kim.conversationId(), Api.json("text", "interno")).at("/id");

    Reply unknown = react(kim.conversationId(), "msg_nope", Api.json("emoji", "👍"));
    Reply foreign = react(kim.conversationId(), lia.firstMessageId(), Api.json("emoji", "👍"));
    Reply onNote = react(kim.conversationId(), note, Api.json("emoji", "👍"));
    Reply sandboxUnknown = contactReacts(kim.conversationId(), "msg_nope", Api.json("emoji", "👍"));

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.errorCode()).isEqualTo("not_found");
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(onNote.status()).isEqualTo(400);
    assertThat(onNote.errorField()).isEqualTo("messageId");
    assertThat(sandboxUnknown.status()).isEqualTo(404);
  }

  @Test
  void agent_reaction_outside_the_window_is_409_window_closed_and_changes_nothing() {
    Contact noa = Contact.writing(api, "Obrigada!");
    react(noa.conversationId(), noa.firstMessageId(), Api.json("emoji", "👍"));
    String closedAt = Api.json("lastInboundAt", sandbox.clock.instant().minus(Duration.ofHours(25)).toString());
    api.post("/v1/sandbox/conversations/" + noa.conversationId() + "/last-inbound", closedAt, key(Sandbox.TENANT_KEY));

    Reply put = react(noa.conversationId(), noa.firstMessageId(), Api.json("emoji", "❤️"));
    Reply delete = api.delete(reactionPath(noa.conversationId(), noa.firstMessageId()), bearer(token));
    Reply note = addNote(noa.conversationId(), Api.json("text", "Janela fechada, nota ainda vale"));

    assertThat(put.status()).isEqualTo(409);
    assertThat(put.errorCode()).isEqualTo("window_closed");
    assertThat(delete.status()).isEqualTo(409);
    assertThat(delete.errorCode()).isEqualTo("window_closed");
    assertThat(note.status()).as("a note is never sent to the contact: the window does not apply").isEqualTo(201);
    Reply messages = api.get("/v1/embed/chat/conversations/" + noa.conversationId() + "/messages", bearer(token));
    assertThat(messages.at("/data/0/reactions/0/emoji")).isEqualTo("👍");
  }

  @Test
  void sandbox_reaction_control_takes_the_tenant_key_only() {
    Contact mel = Contact.writing(api, "Oi");
    String path = "/v1/sandbox/conversations/" + mel.conversationId() + "/messages/" + mel.firstMessageId() + "/reaction";

    assertThat(api.post(path, Api.json("emoji", "👍")).status()).isEqualTo(401);
    assertThat(api.post(path, Api.json("emoji", "👍"), key(Sandbox.NUMBER_KEY)).status()).isEqualTo(403);
  }

  // ---------------------------------------------------------------- helpers

  private static Reply conversation(Contact contact) {
    return api.get("/v1/embed/chat/conversations/" + contact.conversationId(), bearer(token));
  }

  private static List<String> ids(String query) {
    return Api.texts(api.get("/v1/embed/chat/conversations" + query, bearer(token)).json().get("data"), "/id");
  }

  private static Reply setStatus(String conversationId, String body) {
    return api.put("/v1/embed/chat/conversations/" + conversationId + "/status", body, bearer(token));
  }

  private static Reply addNote(String conversationId, String body) {
    return api.post("/v1/embed/chat/conversations/" + conversationId + "/notes", body, bearer(token));
  }

  private static Reply react(String conversationId, String messageId, String body) {
    return api.put(reactionPath(conversationId, messageId), body, bearer(token));
  }

  private static Reply contactReacts(String conversationId, String messageId, String body) {
    return api.post("/v1/sandbox/conversations/" + conversationId + "/messages/" + messageId + "/reaction", body,
        tenant());
  }

  private static String reactionPath(String conversationId, String messageId) {
    return "/v1/embed/chat/conversations/" + conversationId + "/messages/" + messageId + "/reaction";
  }

  private static Reply send(String conversationId, String text) {
    return api.post(messagesPath(conversationId), Api.json("text", text), "Authorization", "Bearer " + token,
        "Idempotency-Key", "k-" + ThreadLocalRandom.current().nextLong());
  }

  private static String messagesPath(String conversationId) {
    return "/v1/embed/chat/conversations/" + conversationId + "/messages";
  }
}
