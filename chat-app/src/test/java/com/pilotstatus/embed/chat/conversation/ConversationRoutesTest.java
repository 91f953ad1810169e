package com.pilotstatus.embed.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.chat.testing.ChatClient;
import com.pilotstatus.embed.chat.testing.ChatStack;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The inbox fragments over real HTTP against the sandbox's demo data, including the scope re-check on every route. */
class ConversationRoutesTest {

  private static final String HOST = "http://app.acme.test:8090";
  private static ChatStack stack;
  private static String token;
  private static ChatClient client;
  private static String foreignNumber;
  private static String foreignConversation;

  @BeforeAll
  static void start() {
    stack = ChatStack.start();
    String[] other = stack.otherNumberWithConversation();
    foreignNumber = other[0];
    foreignConversation = other[1];
    token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900);
    client = new ChatClient(stack.chatUrl()).as(token, HOST);
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  private static String conversationOf(String name) {
    for (JsonNode c : stack.platformConversations(token).get("data")) {
      if (c.get("contact").get("name").asText().equals(name)) {
        return c.get("id").asText();
      }
    }
    throw new IllegalStateException("no demo conversation with " + name);
  }

  private static List<String> names(String html) {
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("<span class=\"name\">([^<]+)</span>").matcher(html);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void inbox_lists_the_demo_conversations_newest_first_with_the_unread_total() {
    HttpResponse<String> response = client.get("/fragments/inbox");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(names(response.body())).contains("Mariana Costa", "James Wilson", "João Pereira", "Emily Carter", "Ana Souza");
    List<String> stamps = new ArrayList<>();
    Matcher m = Pattern.compile("class=\"stamp\" datetime=\"([^\"]+)\"").matcher(response.body());
    while (m.find()) {
      stamps.add(m.group(1));
    }
    // One stamp per row, so at least the five demo rows above: an empty list would be trivially sorted.
    assertThat(stamps).hasSizeGreaterThanOrEqualTo(5);
    assertThat(stamps).isSortedAccordingTo((a, b) -> java.time.Instant.parse(b).compareTo(java.time.Instant.parse(a)));
    assertThat(response.headers().firstValue("X-PS-Unread-Count")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
    assertThat(response.body()).contains("role=\"list\"").contains("class=\"badge\"");
  }

  @Test
  void inbox_never_lists_a_conversation_of_another_number() {
    assertThat(client.get("/fragments/inbox").body()).doesNotContain("Carla Other").doesNotContain(foreignConversation);
  }

  @Test
  void search_narrows_the_list() {
    HttpResponse<String> response = client.get("/fragments/conversations?q=emily");

    // The conversation rows; the message hits below them (MessageSearchRoutesTest) name her too.
    assertThat(names(response.body().split("class=\"hits-heading\"")[0])).containsExactly("Emily Carter");
  }

  @Test
  void search_without_matches_says_so() {
    assertThat(client.get("/fragments/conversations?q=zzzz-nobody").body()).contains("No conversations match your search.");
  }

  @Test
  void thread_shows_bubbles_day_separators_and_ticks() {
    HttpResponse<String> response = client.get("/fragments/conversations/" + conversationOf("Ana Souza"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("role=\"log\"").contains("aria-live=\"polite\"")
        .containsPattern("<div class=\"log-region\" role=\"log\"[^>]*><ol class=\"log\" id=\"log\"(?![^>]*role=)")
        .contains("class=\"bubble in\"").contains("class=\"bubble out\"")
        .contains("<li class=\"day\" data-day=").doesNotContain("role=\"separator\"")
        .contains("class=\"status status-")
        .contains("Meu pedido #4821");
  }

  @Test
  void fragments_render_in_the_requested_locale() {
    HttpResponse<String> response = new ChatClient(stack.chatUrl()).as(token, HOST).header("X-PS-Locale", "pt")
        .get("/fragments/inbox");

    assertThat(response.body()).contains(">Conversas<").contains("Buscar conversas");
  }

  @Test
  void unknown_locale_falls_back_to_english() {
    HttpResponse<String> response = new ChatClient(stack.chatUrl()).as(token, HOST).header("X-PS-Locale", "tlh")
        .get("/fragments/inbox");

    assertThat(response.body()).contains(">Conversations<");
  }

  @Test
  void message_text_is_escaped() {
    JsonNode message = stack.inbound(ChatStack.DEMO_NUMBER, "+5511933332222", "Mallory <b>", "<img src=x onerror=alert(1)>");

    String html = client.get("/fragments/conversations/" + message.get("conversationId").asText()).body();

    assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x")
        .contains("Mallory &lt;b&gt;");
  }

  @Test
  void long_thread_shows_its_newest_messages_and_loads_older_ones_on_request() throws InterruptedException {
    String conversationId = null;
    for (int i = 1; i <= 35; i++) {
      String text = "Line-" + (i < 10 ? "0" : "") + i;
      conversationId = stack.inbound(ChatStack.DEMO_NUMBER, "+5511922221111", "Long Talker", text)
          .get("conversationId").asText();
    }

    client.post("/fragments/conversations/" + conversationId + "/read", null); // read: opens at the newest

    String thread = client.get("/fragments/conversations/" + conversationId).body();
    for (int i = 0; i < 100 && !thread.contains("Line-35"); i++) { // once the feed brought the read to the cache
      Thread.sleep(50);
      thread = client.get("/fragments/conversations/" + conversationId).body();
    }
    Matcher before = Pattern.compile("data-action=\"older\" data-before=\"([^\"]+)\"").matcher(thread);

    assertThat(thread).contains("Line-35").contains("Line-06").doesNotContain("Line-05");
    assertThat(before.find()).isTrue();
    String older = client.get("/fragments/conversations/" + conversationId + "/messages?before=" + before.group(1)).body();
    assertThat(older).contains("Line-01").contains("Line-05").doesNotContain("Line-06").doesNotContain("data-action=\"older\"");
  }

  /** Issue 18: an unread run longer than a page opened at its 30 newest; it opens around its first message now. */
  @Test
  void unread_run_longer_than_a_page_opens_around_its_first_message() throws InterruptedException {
    String conversationId = null;
    for (int i = 1; i <= 45; i++) {
      conversationId = stack.inbound(ChatStack.DEMO_NUMBER, "+5511922221112", "Unread Talker", "Unread-" + i + ".")
          .get("conversationId").asText();
    }

    String path = "/fragments/conversations/" + conversationId;
    String thread = client.get(path).body();
    for (int i = 0; i < 100 && !thread.contains("45 unread messages"); i++) { // the feed brings the count to the cache
      Thread.sleep(50);
      thread = client.get(path).body();
    }

    String fromDivider = thread.substring(thread.indexOf("45 unread messages"));
    String firstBelow = fromDivider.substring(0, fromDivider.indexOf("</li>", fromDivider.indexOf("class=\"bubble")));
    assertThat(firstBelow).contains(">Unread-1.<");
    assertThat(thread).contains("data-action=\"newer\"").doesNotContain("Unread-45.")
        .doesNotContain("data-action=\"older\"");
  }

  // ---- scope re-check: another number's conversation is 404 on every route --------------------------------

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "GET, /fragments/conversations/{id}",
      "GET, /fragments/conversations/{id}/messages?before=msg_x",
      "GET, /fragments/conversations/{id}/messages?after=msg_x",
      "GET, /fragments/conversations/{id}?at=msg_x",
      "GET, /fragments/conversations/{id}/quick-replies",
      "POST, /fragments/conversations/{id}/messages",
      "POST, /fragments/conversations/{id}/read",
      "GET, /fragments/conversations/{id}/composer",
      "GET, /fragments/conversations/{id}/templates",
      "GET, /fragments/conversations/{id}/templates/tpl_x",
      "POST, /fragments/conversations/{id}/templates/tpl_x"})
  void conversation_of_another_number_is_404(String method, String path) {
    ChatClient c = new ChatClient(stack.chatUrl()).as(token, HOST).header("Idempotency-Key", "k-scope");
    String url = path.replace("{id}", foreignConversation);

    HttpResponse<String> response = method.equals("GET") ? c.get(url)
        : c.post(url, "{\"text\":\"hi\",\"variables\":[]}");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("data-state=\"not-found\"").doesNotContain("Carla");
  }

  @Test
  void conversation_that_does_not_exist_is_the_same_404() {
    HttpResponse<String> missing = client.get("/fragments/conversations/cv_does_not_exist");
    HttpResponse<String> foreign = client.get("/fragments/conversations/" + foreignConversation);

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).isEqualTo(foreign.body());
  }

  @Test
  void number_filter_outside_the_token_is_404() {
    assertThat(client.get("/fragments/conversations?number=" + foreignNumber).statusCode()).isEqualTo(404);
    assertThat(client.get("/fragments/inbox?number=" + foreignNumber).statusCode()).isEqualTo(404);
  }

  @Test
  void token_covering_two_numbers_shows_the_number_filter() {
    String both = stack.mint(List.of(ChatStack.DEMO_NUMBER, foreignNumber), List.of(HOST), 900);

    String html = new ChatClient(stack.chatUrl()).as(both, HOST).get("/fragments/inbox").body();

    assertThat(html).contains("id=\"number-filter\"").contains("Carla Other");
    assertThat(client.get("/fragments/inbox").body()).doesNotContain("id=\"number-filter\"");
  }

  // ---- composer ---------------------------------------------------------------------------------------------

  @Test
  void send_returns_the_sent_bubble() {
    HttpResponse<String> response = new ChatClient(stack.chatUrl()).as(token, HOST).header("Idempotency-Key", "k-send-1")
        .post("/fragments/conversations/" + conversationOf("Emily Carter") + "/messages", "{\"text\":\"On its way!\"}");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).contains("class=\"bubble out\"").contains("On its way!").contains("data-status=\"sent\"");
  }

  @Test
  void send_with_the_same_idempotency_key_returns_the_same_message() {
    String path = "/fragments/conversations/" + conversationOf("James Wilson") + "/messages";
    ChatClient c = new ChatClient(stack.chatUrl()).as(token, HOST).header("Idempotency-Key", "k-same-1");

    String first = c.post(path, "{\"text\":\"Yes, you can.\"}").body();
    String second = c.post(path, "{\"text\":\"Yes, you can.\"}").body();

    assertThat(idOf(second)).isEqualTo(idOf(first));
  }

  @Test
  void send_without_idempotency_key_is_400() {
    HttpResponse<String> response = client.post("/fragments/conversations/" + conversationOf("James Wilson") + "/messages",
        "{\"text\":\"hello\"}");

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void send_of_empty_text_is_400() {
    HttpResponse<String> response = new ChatClient(stack.chatUrl()).as(token, HOST).header("Idempotency-Key", "k-empty")
        .post("/fragments/conversations/" + conversationOf("James Wilson") + "/messages", "{\"text\":\"  \"}");

    assertThat(response.statusCode()).isEqualTo(400);
  }

  /** chat-app retries a send once by itself (same Idempotency-Key); a provider that fails twice reaches the agent. */
  @Test
  void send_when_the_provider_fails_is_502_network() {
    stack.failNextSends(2);

    HttpResponse<String> response = new ChatClient(stack.chatUrl()).as(token, HOST).header("Idempotency-Key", "k-fail-1")
        .post("/fragments/conversations/" + conversationOf("Emily Carter") + "/messages", "{\"text\":\"retry me\"}");

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.body()).contains("data-error-code=\"NETWORK\"");
  }

  @Test
  void a_send_that_fails_once_is_retried_with_the_same_key_and_sent_once() throws Exception {
    stack.failNextSends(1);
    String conversation = conversationOf("Emily Carter");

    HttpResponse<String> response = new ChatClient(stack.chatUrl()).as(token, HOST)
        .header("Idempotency-Key", "k-fail-once")
        .post("/fragments/conversations/" + conversation + "/messages", "{\"text\":\"sent after one failure\"}");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(stack.platformMessages(token, conversation).findValuesAsText("text"))
        .filteredOn("sent after one failure"::equals).hasSize(1);
  }

  @Test
  void read_clears_the_badge_and_lowers_the_unread_total() {
    String id = conversationOf("João Pereira");
    int before = Integer.parseInt(client.get("/fragments/inbox").headers().firstValue("X-PS-Unread-Count").orElseThrow());

    HttpResponse<String> response = client.post("/fragments/conversations/" + id + "/read", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("data-unread=\"0\"").doesNotContain("class=\"badge\"");
    assertThat(Integer.parseInt(response.headers().firstValue("X-PS-Unread-Count").orElseThrow())).isLessThan(before);
  }

  // ---- the data routes refuse what the session routes refuse ------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource({"/fragments/inbox", "/fragments/conversations", "/live"})
  void data_routes_without_a_token_are_401(String path) {
    HttpResponse<String> response = new ChatClient(stack.chatUrl()).as(null, HOST).get(path);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void data_routes_for_a_parent_outside_the_token_are_403() {
    assertThat(new ChatClient(stack.chatUrl()).as(token, "http://evil.test:8090").get("/fragments/inbox").statusCode())
        .isEqualTo(403);
  }

  @Test
  void data_routes_with_an_expired_token_answer_the_expired_state() {
    String expired = stack.mintExpired(List.of(ChatStack.DEMO_NUMBER), List.of(HOST));

    HttpResponse<String> response = new ChatClient(stack.chatUrl()).as(expired, HOST).get("/fragments/inbox");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("X-PS-State")).hasValue("expired");
  }

  private static String idOf(String bubbleHtml) {
    Matcher m = Pattern.compile("id=\"m-([^\"]+)\"").matcher(bubbleHtml);
    assertThat(m.find()).as("a bubble id in " + bubbleHtml).isTrue();
    return m.group(1);
  }
}
