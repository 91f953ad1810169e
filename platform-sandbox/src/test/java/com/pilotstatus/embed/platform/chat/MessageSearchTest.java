package com.pilotstatus.embed.platform.chat;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.bearer;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import com.pilotstatus.embed.platform.testing.SandboxTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search in message text ({@code GET /v1/embed/chat/search}) and the runs that open a thread at a message
 * ({@code around}) and continue it downwards ({@code after}), over real HTTP.
 */
class MessageSearchTest extends SandboxTest {

  static String token;
  static String conversation;

  @BeforeAll
  static void seed() {
    token = sandbox.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
    for (int i = 1; i <= 40; i++) {
      api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound",
          Api.json("from", "+5511977770000", "name", "Run Contact", "text", "step " + i + (i == 7 ? " Zebrafish" : "")),
          tenant());
    }
    conversation = api.get("/v1/embed/chat/conversations?q=Run%20Contact", bearer(token)).json().at("/data/0/id")
        .asText();
  }

  @Test
  void search_finds_message_text_case_insensitively_with_its_conversation() {
    Reply reply = api.get("/v1/embed/chat/search?q=zEBRAfish", bearer(token));
    assertThat(reply.status()).isEqualTo(200);
    JsonNode hit = reply.json().at("/data/0");
    assertThat(reply.json().get("data").size()).isEqualTo(1);
    assertThat(hit.at("/message/text").asText()).isEqualTo("step 7 Zebrafish");
    assertThat(hit.at("/conversation/id").asText()).isEqualTo(conversation);
    assertThat(hit.at("/conversation/contact/name").asText()).isEqualTo("Run Contact");
  }

  @Test
  void search_comes_newest_first_and_stops_at_limit() {
    JsonNode data = api.get("/v1/embed/chat/search?q=step&limit=3", bearer(token)).json().get("data");
    assertThat(Api.texts(data, "/message/text")).containsExactly("step 40", "step 39", "step 38");
  }

  @Test
  void search_never_finds_another_numbers_messages() {
    String other = sandbox.createNumber(Sandbox.TENANT_KEY, "5511933330000");
    api.post("/v1/sandbox/numbers/" + other + "/inbound", Api.json("from", "+5511900003333", "text", "Okapi secret"),
        tenant());
    assertThat(api.get("/v1/embed/chat/search?q=okapi", bearer(token)).json().get("data").size()).isZero();
    String otherToken = sandbox.chatToken(Sandbox.TENANT_KEY, other);
    assertThat(api.get("/v1/embed/chat/search?q=okapi", bearer(otherToken)).json().get("data").size()).isEqualTo(1);
    assertThat(api.get("/v1/embed/chat/search?q=okapi&whatsappNumberId=" + other, bearer(token)).status())
        .isEqualTo(404);
  }

  @Test
  void search_refuses_bad_input_in_the_error_shape() {
    for (String bad : List.of("", "?q=", "?q=%20%20", "?q=" + "x".repeat(201))) {
      Reply reply = api.get("/v1/embed/chat/search" + bad, bearer(token));
      assertThat(reply.status()).as(bad).isEqualTo(400);
      assertThat(reply.errorCode()).isEqualTo("invalid_request");
      assertThat(reply.errorField()).isEqualTo("q");
    }
    assertThat(api.get("/v1/embed/chat/search?q=step&limit=0", bearer(token)).errorField()).isEqualTo("limit");
    assertThat(api.get("/v1/embed/chat/search?q=step&limit=abc", bearer(token)).errorField()).isEqualTo("limit");
    assertThat(api.get("/v1/embed/chat/search?q=step", tenant()).status()).isEqualTo(401);
  }

  @Test
  void around_centres_the_run_on_the_message_and_after_continues_it() {
    String path = "/v1/embed/chat/conversations/" + conversation + "/messages";
    String seventh = api.get("/v1/embed/chat/search?q=zebrafish", bearer(token)).json().at("/data/0/message/id")
        .asText();
    Reply around = api.get(path + "?around=" + seventh + "&limit=10", bearer(token));
    List<String> texts = Api.texts(around.json().get("data"), "/text");
    assertThat(texts).hasSize(10).contains("step 7 Zebrafish").startsWith("step 2");
    assertThat(around.json().get("hasMore").asBoolean()).isTrue();
    assertThat(around.json().get("hasNewer").asBoolean()).isTrue();

    String last = around.json().at("/data/9/id").asText();
    Reply after = api.get(path + "?after=" + last + "&limit=5", bearer(token));
    assertThat(Api.texts(after.json().get("data"), "/text")).containsExactly("step 12", "step 13", "step 14",
        "step 15", "step 16");
    assertThat(after.json().get("hasNewer").asBoolean()).isTrue();

    Reply newest = api.get(path + "?limit=5", bearer(token));
    assertThat(newest.json().get("hasNewer").asBoolean()).isFalse();
  }

  @Test
  void runs_refuse_unknown_ids_and_more_than_one_anchor() {
    String path = "/v1/embed/chat/conversations/" + conversation + "/messages";
    assertThat(api.get(path + "?around=msg_nope", bearer(token)).errorField()).isEqualTo("around");
    assertThat(api.get(path + "?after=msg_nope", bearer(token)).errorField()).isEqualTo("after");
    String any = api.get(path + "?limit=1", bearer(token)).json().at("/data/0/id").asText();
    assertThat(api.get(path + "?after=" + any + "&before=" + any, bearer(token)).status()).isEqualTo(400);
  }
}
