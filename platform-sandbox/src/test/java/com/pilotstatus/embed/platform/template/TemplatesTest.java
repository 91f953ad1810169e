package com.pilotstatus.embed.platform.template;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.bearer;
import static com.pilotstatus.embed.platform.testing.Sandbox.key;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import com.pilotstatus.embed.platform.testing.SandboxTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Message templates and the 24-hour customer service window (issue 18), over real HTTP: listing and adding templates,
 * moving a conversation's last inbound time, the free-form refusal outside the window, and template sends with
 * their 404s and 400s. Not covered here: the inbox's rendering of it (chat-app's TemplateComposerIT).
 */
class TemplatesTest extends SandboxTest {

  static String token;

  @BeforeAll
  static void mintToken() {
    token = sandbox.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
  }

  // ---------------------------------------------------------------- GET /v1/numbers/{id}/templates

  @Test
  void numbers_templates_lists_the_demo_templates_with_their_variables() {
    Reply reply = api.get("/v1/numbers/" + DEMO_NUMBER + "/templates", tenant());

    assertThat(reply.status()).isEqualTo(200);
    JsonNode orderUpdate = find(reply.json().get("data"), "order_update", "pt_BR");
    assertThat(orderUpdate.at("/id").asText()).startsWith("tpl_");
    assertThat(orderUpdate.at("/status").asText()).isEqualTo("APPROVED");
    assertThat(orderUpdate.at("/body").asText()).contains("{{1}}", "{{2}}", "{{3}}");
    assertThat(orderUpdate.at("/variables").size()).isEqualTo(3);
    assertThat(orderUpdate.at("/variables/0/example").asText()).isEqualTo("Ana");
    assertThat(orderUpdate.at("/variables/0/maxLength").asInt()).isEqualTo(256);
  }

  @Test
  void numbers_templates_needs_a_key_and_hides_other_tenants_numbers() {
    assertThat(api.get("/v1/numbers/" + DEMO_NUMBER + "/templates").status()).isEqualTo(401);
    Reply foreign = api.get("/v1/numbers/" + DEMO_NUMBER + "/templates", key(sandbox.newTenantKey()));
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.errorCode()).isEqualTo("not_found");
  }

  @Test
  void number_key_lists_its_own_number_templates() {
    assertThat(api.get("/v1/numbers/" + DEMO_NUMBER + "/templates", key(Sandbox.NUMBER_KEY)).status())
        .isEqualTo(200);
  }

  // ---------------------------------------------------------------- POST /v1/sandbox/numbers/{id}/templates

  @Test
  void sandbox_adds_a_template_that_the_list_and_the_chat_session_then_show() {
    String name = "welcome_" + suffix();
    Reply created = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/templates", Api.json("name", name,
        "language", "en_US", "body", "Welcome, {{1}}!", "examples", List.of("Ana")), tenant());

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.at("/variables/0/position")).isEqualTo("1");
    assertThat(find(api.get("/v1/numbers/" + DEMO_NUMBER + "/templates", tenant()).json().get("data"), name, "en_US"))
        .isNotNull();
    assertThat(Api.texts(api.get("/v1/embed/chat/conversations/" + conversationOf("Emily Carter") + "/templates",
        bearer(token)).json().get("data"), "/name")).contains(name);
  }

  @Test
  void sandbox_refuses_a_template_with_bad_fields_naming_the_field() {
    String path = "/v1/sandbox/numbers/" + DEMO_NUMBER + "/templates";
    assertThat(api.post(path, Api.json("name", "Bad Name", "language", "en", "body", "x"), tenant()).errorField())
        .isEqualTo("name");
    assertThat(api.post(path, Api.json("name", "ok_" + suffix(), "language", "english", "body", "x"), tenant())
        .errorField()).isEqualTo("language");
    assertThat(api.post(path, Api.json("name", "ok_" + suffix(), "language", "en", "body", "Hi {{2}}"), tenant())
        .errorField()).isEqualTo("body");
    Reply duplicate = api.post(path, Api.json("name", "order_update", "language", "pt_BR", "body", "x"), tenant());
    assertThat(duplicate.status()).isEqualTo(409);
  }

  @Test
  void sandbox_template_control_needs_the_tenant_key() {
    Reply reply = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/templates",
        Api.json("name", "n_" + suffix(), "language", "en", "body", "x"), key(Sandbox.NUMBER_KEY));
    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void chat_session_sees_only_approved_templates() {
    String pending = "pending_" + suffix();
    api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/templates", Api.json("name", pending, "language", "en",
        "body", "Soon", "status", "PENDING"), tenant());

    assertThat(Api.texts(api.get("/v1/embed/chat/conversations/" + conversationOf("Emily Carter") + "/templates",
        bearer(token)).json().get("data"), "/name")).doesNotContain(pending).contains("order_update");
  }

  // ---------------------------------------------------------------- the window

  @Test
  void conversation_exposes_last_inbound_time_and_when_the_window_closes() {
    JsonNode emily = api.get("/v1/embed/chat/conversations/" + conversationOf("Emily Carter"), bearer(token)).json();

    java.time.Instant last = java.time.Instant.parse(emily.at("/lastInboundAt").asText());
    assertThat(java.time.Instant.parse(emily.at("/windowClosesAt").asText())).isEqualTo(last.plus(Duration.ofHours(24)));
  }

  @Test
  void sandbox_moves_the_last_inbound_time() {
    String id = conversationOf("João Pereira");
    String at = sandbox.clock.instant().minus(Duration.ofHours(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
        .toString();

    Reply moved = api.post("/v1/sandbox/conversations/" + id + "/last-inbound", Api.json("lastInboundAt", at), tenant());

    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.at("/lastInboundAt")).isEqualTo(at);
    assertThat(api.get("/v1/embed/chat/conversations/" + id, bearer(token)).at("/lastInboundAt")).isEqualTo(at);
  }

  @Test
  void sandbox_refuses_a_future_or_malformed_last_inbound_time_and_other_tenants() {
    String path = "/v1/sandbox/conversations/" + conversationOf("João Pereira") + "/last-inbound";
    String future = sandbox.clock.instant().plus(Duration.ofHours(1)).toString();
    assertThat(api.post(path, Api.json("lastInboundAt", future), tenant()).errorField()).isEqualTo("lastInboundAt");
    assertThat(api.post(path, Api.json("lastInboundAt", "yesterday"), tenant()).errorField()).isEqualTo("lastInboundAt");
    assertThat(api.post(path, Api.json("lastInboundAt", "2026-01-01T00:00:00Z"), key(sandbox.newTenantKey())).status())
        .isEqualTo(404);
  }

  @Test
  void free_form_reply_outside_the_window_is_refused_with_window_closed_and_not_stored() {
    String id = closedConversation();

    Reply refused = send(id, Api.json("text", "Are you still there?"));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.errorCode()).isEqualTo("window_closed");
    assertThat(refused.at("/error/message")).contains("24-hour", "template");
    assertThat(api.get("/v1/embed/chat/conversations/" + id + "/messages", bearer(token)).text())
        .doesNotContain("Are you still there?");
  }

  @Test
  void an_inbound_message_reopens_the_window() {
    String id = closedConversation();
    api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound", Api.json("from", "+5511912345678", "text", "Oi!"),
        tenant());

    assertThat(send(id, Api.json("text", "Olá de novo, Ana!")).status()).isEqualTo(201);
  }

  // ---------------------------------------------------------------- template sends

  @Test
  void template_send_outside_the_window_stores_the_filled_body() {
    String id = closedConversation();

    Reply sent = send(id, Api.json("templateId", templateId("order_update", "pt_BR"),
        "variables", List.of("Ana", "#4821", "entregue")));

    assertThat(sent.status()).isEqualTo(201);
    assertThat(sent.at("/text")).isEqualTo("Olá Ana! Seu pedido #4821 foi atualizado: entregue.");
    assertThat(sent.at("/templateId")).startsWith("tpl_");
    assertThat(sent.at("/templateName")).as("what the inbox tags the bubble with").isEqualTo("order_update");
    assertThat(sent.at("/direction")).isEqualTo("outbound");
  }

  @Test
  void unknown_template_is_404_in_the_documented_shape() {
    Reply reply = send(conversationOf("Emily Carter"), Api.json("templateId", "tpl_nope", "variables", List.of()));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.errorCode()).isEqualTo("not_found");
    assertThat(reply.at("/error/message")).isEqualTo("Template tpl_nope not found");
  }

  @Test
  void another_numbers_template_is_404_like_an_unknown_one() {
    String otherNumber = sandbox.createNumber(Sandbox.TENANT_KEY, "5511955550000");
    String other = api.post("/v1/sandbox/numbers/" + otherNumber + "/templates", Api.json("name", "other_" + suffix(),
        "language", "en", "body", "Hi {{1}}"), tenant()).at("/id");

    Reply reply = send(conversationOf("Emily Carter"), Api.json("templateId", other, "variables", List.of("Emily")));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.errorCode()).isEqualTo("not_found");
  }

  @Test
  void missing_variables_are_400_naming_them() {
    String template = templateId("order_update", "en_US");
    String id = conversationOf("Emily Carter");

    assertThat(send(id, Api.json("templateId", template)).errorField()).isEqualTo("variables");
    Reply tooFew = send(id, Api.json("templateId", template, "variables", List.of("Emily", "#7719")));
    assertThat(tooFew.status()).isEqualTo(400);
    assertThat(tooFew.errorField()).isEqualTo("variables");
    assertThat(send(id, Api.json("templateId", template, "variables", List.of("Emily", " ", "x"))).errorField())
        .isEqualTo("variables[1]");
  }

  @Test
  void oversize_or_multiline_variables_are_400_naming_them() {
    String template = templateId("order_update", "en_US");
    String id = conversationOf("Emily Carter");

    Reply oversize = send(id, Api.json("templateId", template, "variables", List.of("Emily", "x".repeat(257), "ok")));
    assertThat(oversize.status()).isEqualTo(400);
    assertThat(oversize.errorCode()).isEqualTo("invalid_request");
    assertThat(oversize.errorField()).isEqualTo("variables[1]");
    assertThat(send(id, Api.json("templateId", template, "variables", List.of("Emily", "a\nb", "ok"))).errorField())
        .isEqualTo("variables[1]");
  }

  @Test
  void variables_of_the_wrong_type_are_400_naming_them() {
    String template = templateId("order_update", "en_US");
    String id = conversationOf("Emily Carter");

    assertThat(send(id, Api.json("templateId", template, "variables", List.of("Emily", 7719, "ok"))).errorField())
        .isEqualTo("variables[1]");
    assertThat(send(id, Api.json("templateId", template, "variables", Map.of("1", "Emily"))).errorField())
        .isEqualTo("variables");
    assertThat(send(id, Api.json("templateId", 42, "variables", List.of())).errorField()).isEqualTo("templateId");
    assertThat(send(id, Api.json("templateId", template, "text", "both")).errorField()).isEqualTo("text");
  }

  @Test
  void template_send_is_idempotent_like_a_reply() {
    String id = conversationOf("Emily Carter");
    String body = Api.json("templateId", templateId("order_update", "en_US"), "variables",
        List.of("Emily", "#7719", "delivered"));
    String idempotencyKey = "tpl-" + suffix();

    Reply first = api.post("/v1/embed/chat/conversations/" + id + "/messages", body,
        "Authorization", "Bearer " + token, "Idempotency-Key", idempotencyKey);
    Reply again = api.post("/v1/embed/chat/conversations/" + id + "/messages", body,
        "Authorization", "Bearer " + token, "Idempotency-Key", idempotencyKey);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.at("/id")).isEqualTo(first.at("/id"));
  }

  // ---------------------------------------------------------------- helpers

  /** Ana Souza's conversation with her last message moved 25 hours back: the window is closed. */
  private static String closedConversation() {
    String id = conversationOf("Ana Souza");
    api.post("/v1/sandbox/conversations/" + id + "/last-inbound",
        Api.json("lastInboundAt", sandbox.clock.instant().minus(Duration.ofHours(25)).toString()), tenant());
    return id;
  }

  private static Reply send(String conversationId, String body) {
    return api.post("/v1/embed/chat/conversations/" + conversationId + "/messages", body,
        "Authorization", "Bearer " + token, "Idempotency-Key", "k-" + suffix());
  }

  private static String templateId(String name, String language) {
    return find(api.get("/v1/numbers/" + DEMO_NUMBER + "/templates", tenant()).json().get("data"), name, language)
        .get("id").asText();
  }

  private static JsonNode find(JsonNode templates, String name, String language) {
    for (JsonNode t : templates) {
      if (t.at("/name").asText().equals(name) && t.at("/language").asText().equals(language)) {
        return t;
      }
    }
    throw new AssertionError("no template " + name + " in " + language + ": " + templates);
  }

  private static String conversationOf(String name) {
    for (JsonNode c : api.get("/v1/embed/chat/conversations?limit=100", bearer(token)).json().get("data")) {
      if (c.at("/contact/name").asText().equals(name)) {
        return c.get("id").asText();
      }
    }
    throw new AssertionError("no conversation with " + name);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }
}
