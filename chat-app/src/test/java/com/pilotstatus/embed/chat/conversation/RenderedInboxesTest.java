package com.pilotstatus.embed.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.chat.testing.ChatClient;
import com.pilotstatus.embed.chat.testing.ChatStack;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /fragments/inbox} reused from an earlier render (issue 15, fragments from memory): only while nothing it shows
 * has changed, and never across what the HTML depends on (numbers, locale, filter). Real HTTP against a chat-app in
 * front of a real platform sandbox; a change arrives through the platform's event feed, as in production.
 */
class RenderedInboxesTest {

  private static final String HOST = "http://app.acme.test:8090";
  private static ChatStack stack;

  @BeforeAll
  static void start() {
    stack = ChatStack.start();
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  private static ChatClient demo() {
    return new ChatClient(stack.chatUrl()).as(stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900), HOST);
  }

  private static double reused() {
    MeterRegistry meters = stack.chat().meters();
    return meters.get("chat.fragments.rendered").tag("result", "reused").counter().count();
  }

  @Test
  void a_second_session_with_the_same_numbers_gets_the_same_fragment_without_a_render() throws Exception {
    awaitFeed();
    HttpResponse<String> first = demo().get("/fragments/inbox");
    double before = reused();
    HttpResponse<String> second = demo().get("/fragments/inbox"); // another session: the HTML holds nothing of it

    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(second.headers().firstValue("X-PS-Unread-Count")).isEqualTo(first.headers().firstValue("X-PS-Unread-Count"));
    assertThat(reused()).isEqualTo(before + 1);
  }

  @Test
  void an_event_on_the_feed_makes_the_next_fragment_show_it_never_the_earlier_render() throws Exception {
    awaitFeed();
    ChatClient client = demo();
    String before = client.get("/fragments/inbox").body();
    assertThat(before).doesNotContain("kept render must not hide this");
    int unreadBefore = Integer.parseInt(client.get("/fragments/inbox").headers().firstValue("X-PS-Unread-Count").orElseThrow());

    stack.inbound(ChatStack.DEMO_NUMBER, "+5511944449001", "Rendered Again", "kept render must not hide this");

    HttpResponse<String> after = awaitBody(client, "kept render must not hide this");
    assertThat(after.body()).contains("Rendered Again");
    assertThat(Integer.parseInt(after.headers().firstValue("X-PS-Unread-Count").orElseThrow())).isGreaterThan(unreadBefore);
  }

  @Test
  void what_the_html_depends_on_keeps_renders_apart_locale_number_filter_numbers_and_search() throws Exception {
    awaitFeed();
    String[] other = stack.otherNumberWithConversation();
    ChatClient english = demo();
    String en = english.get("/fragments/inbox").body();

    String pt = demo().header("X-PS-Locale", "pt-BR").get("/fragments/inbox").body();
    assertThat(en).contains(">Conversations<");
    assertThat(pt).contains(">Conversas<").doesNotContain(">Conversations<");

    ChatClient both = new ChatClient(stack.chatUrl())
        .as(stack.mint(List.of(ChatStack.DEMO_NUMBER, other[0]), List.of(HOST), 900), HOST);
    awaitBody(both, "Carla Other");
    String filtered = both.get("/fragments/inbox?number=" + other[0]).body();
    assertThat(filtered).contains("Carla Other").doesNotContain("Mariana Costa");

    ChatClient onlyOther = new ChatClient(stack.chatUrl()).as(stack.mint(List.of(other[0]), List.of(HOST), 900), HOST);
    String otherInbox = onlyOther.get("/fragments/inbox").body();
    assertThat(otherInbox).contains("Carla Other").doesNotContain("Mariana Costa"); // never the demo number's render
    assertThat(english.get("/fragments/inbox").body()).doesNotContain("Carla Other");

    double before = reused();
    String searched = english.get("/fragments/inbox?q=Mariana").body();
    assertThat(searched).contains("Mariana Costa").doesNotContain("James Wilson");
    assertThat(reused()).isEqualTo(before); // a search is rendered, never looked up
  }

  private static void awaitFeed() throws InterruptedException {
    long end = System.nanoTime() + 5_000_000_000L;
    while (!stack.chat().isFeedConnected() && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    assertThat(stack.chat().isFeedConnected()).isTrue();
  }

  private static HttpResponse<String> awaitBody(ChatClient client, String text) throws InterruptedException {
    long end = System.nanoTime() + 5_000_000_000L;
    HttpResponse<String> response = client.get("/fragments/inbox");
    while (!response.body().contains(text) && System.nanoTime() < end) {
      Thread.sleep(50);
      response = client.get("/fragments/inbox");
    }
    assertThat(response.body()).contains(text);
    return response;
  }
}
