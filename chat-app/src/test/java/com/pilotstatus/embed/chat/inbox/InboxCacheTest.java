package com.pilotstatus.embed.chat.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.chat.testing.ChatClient;
import com.pilotstatus.embed.chat.testing.ChatStack;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fragments from memory: once a number's inbox is loaded, lists, threads and unread totals cost no platform call, and
 * the feed keeps them current (an inbound message, a reply). Platform calls are counted by chat-app's own meter.
 */
class InboxCacheTest {

  private static final String HOST = "http://app.acme.test:8090";
  private static ChatStack stack;
  private static ChatClient client;

  @BeforeAll
  static void start() throws Exception {
    stack = ChatStack.start();
    client = new ChatClient(stack.chatUrl()).as(stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900), HOST);
    long end = System.nanoTime() + 5_000_000_000L;
    while (!stack.chat().isFeedConnected() && System.nanoTime() < end) {
      Thread.sleep(20);
    }
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void a_cache_hit_makes_no_platform_call() {
    String conversation = firstConversationId();
    get("/fragments/inbox");
    get("/fragments/conversations/" + conversation); // both now in memory
    long before = platformCalls();

    get("/fragments/inbox");
    get("/fragments/conversations/" + conversation);

    assertThat(platformCalls()).isEqualTo(before);
    // A search's rows come from memory too; its message hits are asked of the platform, once (never cached).
    get("/fragments/conversations?q=a");
    assertThat(platformCalls()).isEqualTo(before + 1);
  }

  @Test
  void an_inbound_message_updates_the_cached_list_and_thread() throws Exception {
    String conversation = firstConversationId();
    String contact = stack.platformConversations(token()).at("/data/0/contact/number").asText();
    get("/fragments/conversations/" + conversation);
    get("/fragments/inbox");

    stack.inbound(ChatStack.DEMO_NUMBER, contact.startsWith("+") ? contact : "+" + contact, "ignored", "fresh inbound from the feed");
    long before = platformCalls();

    awaitBody("/fragments/inbox", "fresh inbound from the feed");
    awaitBody("/fragments/conversations/" + conversation, "fresh inbound from the feed");
    assertThat(platformCalls()).isEqualTo(before);
  }

  @Test
  void a_reply_updates_the_cached_thread_and_list() throws Exception {
    String conversation = firstConversationId();
    get("/fragments/conversations/" + conversation);
    get("/fragments/inbox");

    HttpResponse<String> sent = new ChatClient(stack.chatUrl()).as(token(), HOST)
        .header("Idempotency-Key", "cache-reply-1")
        .post("/fragments/conversations/" + conversation + "/messages", "{\"text\":\"reply kept in memory\"}");
    assertThat(sent.statusCode()).isEqualTo(201);
    long before = platformCalls();

    awaitBody("/fragments/conversations/" + conversation, "reply kept in memory");
    awaitBody("/fragments/inbox", "reply kept in memory");
    assertThat(platformCalls()).isEqualTo(before);
  }

  private static String token;

  private static String token() {
    if (token == null) {
      token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(HOST), 900);
    }
    return token;
  }

  private static String firstConversationId() {
    return stack.platformConversations(token()).at("/data/0/id").asText();
  }

  private static long platformCalls() {
    return stack.chat().meters().find("platform.calls").timers().stream().mapToLong(t -> t.count()).sum();
  }

  private static String get(String path) {
    HttpResponse<String> response = client.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  private static void awaitBody(String path, String expected) throws InterruptedException {
    Supplier<String> body = () -> get(path);
    long end = System.nanoTime() + 5_000_000_000L;
    while (!body.get().contains(expected)) {
      if (System.nanoTime() > end) {
        throw new AssertionError(path + " never showed \"" + expected + "\"");
      }
      Thread.sleep(20);
    }
  }
}
