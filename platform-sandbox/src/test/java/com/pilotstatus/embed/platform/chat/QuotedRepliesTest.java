package com.pilotstatus.embed.platform.chat;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.bearer;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.Contact;
import com.pilotstatus.embed.platform.testing.EventStreamClient;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import com.pilotstatus.embed.platform.testing.SandboxTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quoted replies (issue 18), over real HTTP: a reply and a sandbox inbound may quote ({@code replyTo}) an earlier
 * message of their own conversation; each message then carries {@code quoted: {id, direction, excerpt}}, in the
 * history and in the live event. An unknown id or another conversation's id is 400 {@code invalid_request} on
 * {@code replyTo}, and nothing is stored. Not covered here: the inbox's rendering (chat-app's QuotedRepliesIT).
 */
class QuotedRepliesTest extends SandboxTest {

  static String token;

  @BeforeAll
  static void mintToken() {
    token = sandbox.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
  }

  // ---------------------------------------------------------------- POST /v1/embed/chat/conversations/{id}/messages

  @Test
  void reply_quotes_an_earlier_message_and_the_history_keeps_the_quote() {
    Contact ana = Contact.writing(api, "Pode trocar o tamanho do pedido #4821?");

    Reply sent = send(ana.conversationId(), Api.json("text", "Claro, qual tamanho?", "replyTo", ana.firstMessageId()));

    assertThat(sent.status()).isEqualTo(201);
    assertThat(sent.json().get("quoted")).isEqualTo(Api.JSON.valueToTree(Map.of("id", ana.firstMessageId(),
        "direction", "inbound", "excerpt", "Pode trocar o tamanho do pedido #4821?")));
    JsonNode stored = last(ana.conversationId());
    assertThat(stored.at("/quoted/id").asText()).isEqualTo(ana.firstMessageId());
  }

  @Test
  void quote_excerpt_is_one_line_and_cut_at_120_characters() {
    Contact long_ = Contact.writing(api, "Linha um\nlinha dois " + "x".repeat(200));

    Reply sent = send(long_.conversationId(), Api.json("text", "Ok", "replyTo", long_.firstMessageId()));

    String excerpt = sent.at("/quoted/excerpt");
    assertThat(excerpt).startsWith("Linha um linha dois xx").endsWith("…").doesNotContain("\n");
    assertThat(excerpt).hasSize(Quote.EXCERPT_CHARS);
  }

  @Test
  void message_without_reply_to_has_no_quoted_member() {
    Contact bea = Contact.writing(api, "Oi");

    assertThat(send(bea.conversationId(), Api.json("text", "Olá!")).json().has("quoted")).isFalse();
  }

  @Test
  void unknown_reply_to_is_400_on_reply_to_and_nothing_is_stored() {
    Contact caio = Contact.writing(api, "Oi");

    Reply refused = send(caio.conversationId(), Api.json("text", "Never stored", "replyTo", "msg_nope"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorCode()).isEqualTo("invalid_request");
    assertThat(refused.errorField()).isEqualTo("replyTo");
    assertThat(history(caio.conversationId()).text()).doesNotContain("Never stored");
  }

  @Test
  void another_conversations_message_is_refused_like_an_unknown_one() {
    Contact dani = Contact.writing(api, "Oi");
    Contact edu = Contact.writing(api, "Olá");

    Reply refused = send(dani.conversationId(), Api.json("text", "Never stored", "replyTo", edu.firstMessageId()));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorField()).isEqualTo("replyTo");
    assertThat(refused.at("/error/message")).isEqualTo("replyTo must be the id of a message of this conversation");
    assertThat(history(dani.conversationId()).text()).doesNotContain("Never stored");
  }

  @Test
  void reply_to_that_is_not_a_string_is_400() {
    Contact fabi = Contact.writing(api, "Oi");

    Reply refused = send(fabi.conversationId(), Api.json("text", "x", "replyTo", 42));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorField()).isEqualTo("replyTo");
  }

  @Test
  void same_idempotency_key_with_another_reply_to_is_a_conflict() {
    Contact gil = Contact.writing(api, "Primeira");
    String second = Contact.inbound(api, gil.from(), "Segunda").at("/id");
    String key = "k-" + ThreadLocalRandom.current().nextInt(1_000_000);
    api.post(path(gil.conversationId()), Api.json("text", "Ok", "replyTo", gil.firstMessageId()),
        "Authorization", "Bearer " + token, "Idempotency-Key", key);

    Reply again = api.post(path(gil.conversationId()), Api.json("text", "Ok", "replyTo", second),
        "Authorization", "Bearer " + token, "Idempotency-Key", key);

    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void template_send_may_quote_too() {
    Contact ivo = Contact.writing(api, "Meu pedido chegou?");
    JsonNode template = api.get("/v1/numbers/" + DEMO_NUMBER + "/templates", tenant()).json().get("data").get(0);
    List<String> values = new ArrayList<>();
    template.get("variables").forEach(v -> values.add("x"));

    Reply sent = send(ivo.conversationId(), Api.json("templateId", template.get("id").asText(), "variables", values,
        "replyTo", ivo.firstMessageId()));

    assertThat(sent.status()).isEqualTo(201);
    assertThat(sent.at("/templateId")).isEqualTo(template.get("id").asText());
    assertThat(sent.at("/quoted/id")).isEqualTo(ivo.firstMessageId());
  }

  // ---------------------------------------------------------------- POST /v1/sandbox/numbers/{id}/inbound

  @Test
  void sandbox_inbound_quotes_an_agents_reply() {
    Contact hugo = Contact.writing(api, "Vocês abrem sábado?");
    String reply = send(hugo.conversationId(), Api.json("text", "Sim, das 9h às 13h.")).at("/id");

    Reply inbound = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound",
        Api.json("from", hugo.from(), "text", "Perfeito, obrigado!", "replyTo", reply), tenant());

    assertThat(inbound.status()).isEqualTo(201);
    assertThat(inbound.at("/quoted/id")).isEqualTo(reply);
    assertThat(inbound.at("/quoted/direction")).isEqualTo("outbound");
    assertThat(inbound.at("/quoted/excerpt")).isEqualTo("Sim, das 9h às 13h.");
  }

  @Test
  void sandbox_inbound_quoting_another_conversation_is_400_and_stores_nothing() {
    Contact iris = Contact.writing(api, "Oi");
    Contact juca = Contact.writing(api, "Olá");

    Reply refused = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound",
        Api.json("from", iris.from(), "text", "Never stored", "replyTo", juca.firstMessageId()), tenant());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorField()).isEqualTo("replyTo");
    assertThat(history(iris.conversationId()).text()).doesNotContain("Never stored");
  }

  @Test
  void sandbox_inbound_from_a_new_contact_cannot_quote_and_creates_no_conversation() {
    String from = Contact.newNumber();
    Contact kim = Contact.writing(api, "Oi");

    Reply refused = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound",
        Api.json("from", from, "text", "Never stored", "replyTo", kim.firstMessageId()), tenant());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(api.get("/v1/embed/chat/conversations?limit=100&q=" + from.substring(1), bearer(token))
        .json().get("data").size()).isZero();
  }

  // ---------------------------------------------------------------- live

  @Test
  void live_message_created_carries_the_quote() throws Exception {
    Contact lia = Contact.writing(api, "Tem na cor azul?");
    try (EventStreamClient stream = new EventStreamClient(api.base() + "/v1/embed/chat/events", token, null)) {
      assertThat(stream.status()).isEqualTo(200);

      send(lia.conversationId(), Api.json("text", "Tem sim!", "replyTo", lia.firstMessageId()));

      JsonNode created = Api.JSON.readTree(stream.next("message.created").data());
      assertThat(created.at("/message/quoted/id").asText()).isEqualTo(lia.firstMessageId());
      assertThat(created.at("/message/quoted/excerpt").asText()).isEqualTo("Tem na cor azul?");
    }
  }

  // ---------------------------------------------------------------- helpers

  private static Reply send(String conversationId, String body) {
    return api.post(path(conversationId), body, "Authorization", "Bearer " + token,
        "Idempotency-Key", "k-" + ThreadLocalRandom.current().nextLong());
  }

  private static String path(String conversationId) {
    return "/v1/embed/chat/conversations/" + conversationId + "/messages";
  }

  private static Reply history(String conversationId) {
    return api.get(path(conversationId), bearer(token));
  }

  private static JsonNode last(String conversationId) {
    JsonNode data = history(conversationId).json().get("data");
    return data.get(data.size() - 1);
  }
}
