package com.pilotstatus.embed.platform.chat;

import static com.pilotstatus.embed.platform.testing.Sandbox.DEMO_NUMBER;
import static com.pilotstatus.embed.platform.testing.Sandbox.bearer;
import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.MutableClock;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import com.pilotstatus.embed.platform.testing.SandboxTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The inbox data behind the chat embed, authorised by the chat JWT, over real HTTP. */
class ChatDataTest extends SandboxTest {

  static String token;

  @BeforeAll
  static void mintToken() {
    token = sandbox.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
  }

  @Test
  void api_key_is_not_a_chat_credential() {
    assertThat(api.get("/v1/embed/chat/conversations", tenant()).status()).isEqualTo(401);
  }

  @Test
  void seeded_conversations_come_newest_first_with_contact_last_message_and_unread() {
    Reply reply = api.get("/v1/embed/chat/conversations", bearer(token));
    assertThat(reply.status()).isEqualTo(200);
    JsonNode data = reply.json().get("data");
    assertThat(data.size()).isGreaterThanOrEqualTo(5);
    JsonNode first = data.get(0);
    assertThat(first.at("/id").asText()).startsWith("cv_");
    assertThat(first.at("/whatsappNumberId").asText()).isEqualTo(DEMO_NUMBER);
    assertThat(first.at("/contact/name").asText()).isNotBlank();
    assertThat(first.at("/contact/number").asText()).startsWith("+");
    assertThat(first.at("/lastMessage/text").asText()).isNotBlank();
    assertThat(first.has("unreadCount")).isTrue();
    List<String> updated = Api.texts(data, "/updatedAt");
    assertThat(updated).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void conversations_paginate_with_a_cursor_without_repeats() {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Reply page = api.get("/v1/embed/chat/conversations?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
          bearer(token));
      assertThat(page.json().get("data").size()).isLessThanOrEqualTo(2);
      seen.addAll(Api.texts(page.json().get("data"), "/id"));
      cursor = page.at("/nextCursor");
      pages++;
    } while (cursor != null && pages < 10);
    List<String> all = Api.texts(api.get("/v1/embed/chat/conversations?limit=100", bearer(token)).json().get("data"),
        "/id");
    assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(all);
  }

  @Test
  void search_matches_name_number_and_last_message_case_insensitively() {
    assertThat(Api.texts(api.get("/v1/embed/chat/conversations?q=mariana", bearer(token)).json().get("data"),
        "/contact/name")).containsExactly("Mariana Costa");
    assertThat(Api.texts(api.get("/v1/embed/chat/conversations?q=447700", bearer(token)).json().get("data"),
        "/contact/name")).containsExactly("James Wilson");
    assertThat(Api.texts(api.get("/v1/embed/chat/conversations?q=ANNUAL", bearer(token)).json().get("data"),
        "/contact/name")).containsExactly("James Wilson");
  }

  @Test
  void messages_come_oldest_first_and_paginate_backwards() {
    String id = conversationOf("João Pereira");
    Reply latest = api.get("/v1/embed/chat/conversations/" + id + "/messages?limit=2", bearer(token));
    assertThat(latest.json().get("hasMore").asBoolean()).isTrue();
    List<String> newest = Api.texts(latest.json().get("data"), "/text");
    assertThat(newest).containsExactly("Ótimo. E o prazo para o Rio de Janeiro?", "Consigo receber até sexta?");
    String oldestId = latest.json().get("data").get(0).get("id").asText();
    Reply older = api.get("/v1/embed/chat/conversations/" + id + "/messages?limit=30&before=" + oldestId,
        bearer(token));
    assertThat(older.json().get("hasMore").asBoolean()).isFalse();
    assertThat(Api.texts(older.json().get("data"), "/direction")).containsExactly("inbound", "outbound");
  }

  @Test
  void retried_send_with_the_same_idempotency_key_never_duplicates() {
    String id = conversationOf("Emily Carter");
    String body = Api.json("text", "Updated, thanks!");
    Reply first = api.post("/v1/embed/chat/conversations/" + id + "/messages", body,
        "Authorization", "Bearer " + token, "Idempotency-Key", "retry-1");
    Reply retry = api.post("/v1/embed/chat/conversations/" + id + "/messages", body,
        "Authorization", "Bearer " + token, "Idempotency-Key", "retry-1");
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.at("/status")).isEqualTo("sent");
    assertThat(first.at("/direction")).isEqualTo("outbound");
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.at("/id")).isEqualTo(first.at("/id"));
    long copies = Api.texts(api.get("/v1/embed/chat/conversations/" + id + "/messages", bearer(token)).json()
        .get("data"), "/id").stream().filter(m -> m.equals(first.at("/id"))).count();
    assertThat(copies).isEqualTo(1);
    Reply other = api.post("/v1/embed/chat/conversations/" + id + "/messages", Api.json("text", "Something else"),
        "Authorization", "Bearer " + token, "Idempotency-Key", "retry-1");
    assertThat(other.status()).isEqualTo(409);
  }

  @Test
  void an_idempotency_key_is_remembered_for_a_day_then_it_is_new_again() {
    MutableClock clock = MutableClock.startingNow();
    try (Sandbox own = Sandbox.start(clock, Sandbox.config(clock))) {
      String id = own.api.get("/v1/embed/chat/conversations", bearer(own.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER)))
          .json().at("/data/0/id").asText();
      // Each send with a fresh chat token: the clock moves past a token's lifetime.
      Function<String, Reply> sendWithKeyDay1 = text -> own.api.post("/v1/embed/chat/conversations/" + id
          + "/messages", Api.json("text", text), "Authorization", "Bearer " + own.chatToken(Sandbox.TENANT_KEY,
          DEMO_NUMBER), "Idempotency-Key", "day-1");
      String first = sendWithKeyDay1.apply("first").at("/id");

      clock.advance(ChatService.IDEMPOTENCY_KEY_RETENTION.minusMinutes(1));
      Reply stillUsed = sendWithKeyDay1.apply("second");
      assertThat(stillUsed.status()).as("another body within the day").isEqualTo(409);

      clock.advance(Duration.ofMinutes(2));
      // A day later the contact's window has closed too: they write again, so a free-form reply is allowed.
      own.api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound", Api.json("from", "+5531987651234",
          "text", "Still there?"), Sandbox.tenant());
      Reply fresh = sendWithKeyDay1.apply("second");
      assertThat(fresh.status()).isEqualTo(201);
      assertThat(fresh.at("/id")).isNotEqualTo(first);
    }
  }

  @Test
  void concurrent_retries_with_one_idempotency_key_store_one_message() throws Exception {
    String id = conversationOf("James Wilson");
    String body = Api.json("text", "Switched you to annual.");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        replies.add(pool.submit(() -> api.post("/v1/embed/chat/conversations/" + id + "/messages", body,
            "Authorization", "Bearer " + token, "Idempotency-Key", "concurrent-1")));
      }
      java.util.Set<String> ids = new java.util.HashSet<>();
      int created = 0;
      for (java.util.concurrent.Future<Reply> reply : replies) {
        ids.add(reply.get().at("/id"));
        created += reply.get().status() == 201 ? 1 : 0;
      }
      assertThat(ids).hasSize(1);
      assertThat(created).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void send_needs_an_idempotency_key_and_text() {
    String id = conversationOf("Emily Carter");
    assertThat(api.post("/v1/embed/chat/conversations/" + id + "/messages", Api.json("text", "hi"),
        bearer(token)).errorField()).isEqualTo("Idempotency-Key");
    assertThat(api.post("/v1/embed/chat/conversations/" + id + "/messages", "{}",
        "Authorization", "Bearer " + token, "Idempotency-Key", "k-empty").errorField()).isEqualTo("text");
  }

  @Test
  void provider_failure_is_503_stores_nothing_and_the_retry_succeeds() {
    String id = conversationOf("Mariana Costa"); // within the 24-hour window (Ana's closed a while ago)
    api.post("/v1/sandbox/faults", Api.json("sendFailures", 1), Sandbox.admin());
    String body = Api.json("text", "Seguem os dados.");
    Reply failed = api.post("/v1/embed/chat/conversations/" + id + "/messages", body,
        "Authorization", "Bearer " + token, "Idempotency-Key", "fault-1");
    assertThat(failed.status()).isEqualTo(503);
    assertThat(failed.errorCode()).isEqualTo("provider_unavailable");
    assertThat(api.get("/v1/embed/chat/conversations/" + id + "/messages", bearer(token)).text())
        .doesNotContain("Seguem os dados.");
    Reply retry = api.post("/v1/embed/chat/conversations/" + id + "/messages", body,
        "Authorization", "Bearer " + token, "Idempotency-Key", "fault-1");
    assertThat(retry.status()).isEqualTo(201);
  }

  @Test
  void mark_read_zeroes_the_unread_count() {
    String id = conversationOf("Mariana Costa");
    int before = api.get("/v1/embed/chat/summary", bearer(token)).json().get("unreadCount").asInt();
    Reply read = api.post("/v1/embed/chat/conversations/" + id + "/read", "", bearer(token));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("unreadCount").asInt()).isZero();
    assertThat(api.get("/v1/embed/chat/conversations/" + id, bearer(token)).json().get("unreadCount").asInt())
        .isZero();
    assertThat(api.get("/v1/embed/chat/summary", bearer(token)).json().get("unreadCount").asInt())
        .isEqualTo(before - 2);
  }

  @Test
  void inbound_message_creates_a_conversation_with_one_unread() {
    Reply inbound = api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound",
        Api.json("from", "+5548991112222", "name", "Lucas Lima", "text", "Olá!"), tenant());
    assertThat(inbound.status()).isEqualTo(201);
    assertThat(inbound.at("/direction")).isEqualTo("inbound");
    JsonNode first = api.get("/v1/embed/chat/conversations?q=lucas", bearer(token)).json().get("data").get(0);
    assertThat(first.at("/contact/name").asText()).isEqualTo("Lucas Lima");
    assertThat(first.at("/contact/number").asText()).isEqualTo("+5548991112222");
    assertThat(first.at("/unreadCount").asInt()).isEqualTo(1);
    assertThat(api.post("/v1/sandbox/numbers/" + DEMO_NUMBER + "/inbound",
        Api.json("from", "12", "text", "x"), tenant()).errorField()).isEqualTo("from");
  }

  @Test
  void replies_move_sent_delivered_read_by_themselves() {
    MutableClock clock = MutableClock.startingNow();
    try (Sandbox fast = Sandbox.start(clock, Sandbox.config(clock).withDeliveryDelay(Duration.ofMillis(100)))) {
      String own = fast.chatToken(Sandbox.TENANT_KEY, DEMO_NUMBER);
      String id = fast.api.get("/v1/embed/chat/conversations", bearer(own)).json().at("/data/0/id").asText();
      Reply sent = fast.api.post("/v1/embed/chat/conversations/" + id + "/messages", Api.json("text", "ok"),
          "Authorization", "Bearer " + own, "Idempotency-Key", "status-1");
      assertThat(sent.at("/status")).isEqualTo("sent");
      String status = null;
      long deadline = System.currentTimeMillis() + 5_000;
      while (System.currentTimeMillis() < deadline && !"read".equals(status)) {
        status = fast.api.get("/v1/embed/chat/conversations/" + id, bearer(own)).at("/lastMessage/status");
      }
      assertThat(status).isEqualTo("read");
    }
  }

  @Test
  void conversation_outside_the_token_numbers_is_404_like_a_missing_one() {
    String other = sandbox.createNumber(Sandbox.TENANT_KEY, "5511911110000");
    api.post("/v1/sandbox/numbers/" + other + "/inbound", Api.json("from", "+5511900001111", "text", "oi"), tenant());
    String otherToken = sandbox.chatToken(Sandbox.TENANT_KEY, other);
    String hidden = api.get("/v1/embed/chat/conversations", bearer(otherToken)).json().at("/data/0/id").asText();
    Reply outside = api.get("/v1/embed/chat/conversations/" + hidden, bearer(token));
    Reply missing = api.get("/v1/embed/chat/conversations/cv_missing", bearer(token));
    assertThat(outside.status()).isEqualTo(404);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(outside.errorCode()).isEqualTo(missing.errorCode());
    assertThat(api.get("/v1/embed/chat/conversations/" + hidden + "/messages", bearer(token)).status())
        .isEqualTo(404);
    assertThat(api.post("/v1/embed/chat/conversations/" + hidden + "/read", "", bearer(token)).status())
        .isEqualTo(404);
    assertThat(api.get("/v1/embed/chat/conversations?whatsappNumberId=" + other, bearer(token)).status())
        .isEqualTo(404);
    assertThat(api.get("/v1/embed/chat/conversations", bearer(token)).text()).doesNotContain(hidden);
  }

  @Test
  void removing_a_number_takes_its_conversations_out_of_a_live_token() {
    String number = sandbox.createNumber(Sandbox.TENANT_KEY, "5511922220000");
    api.post("/v1/sandbox/numbers/" + number + "/inbound", Api.json("from", "+5511900002222", "text", "oi"), tenant());
    String own = sandbox.chatToken(Sandbox.TENANT_KEY, number);
    String id = api.get("/v1/embed/chat/conversations", bearer(own)).json().at("/data/0/id").asText();
    // Readable before the removal, so the 404 after it is the removal's doing.
    assertThat(api.get("/v1/embed/chat/conversations/" + id, bearer(own)).status()).isEqualTo(200);
    api.delete("/v1/numbers/" + number, tenant());
    assertThat(api.get("/v1/embed/chat/conversations/" + id, bearer(own)).status()).isEqualTo(404);
  }

  private static String conversationOf(String name) {
    for (JsonNode c : api.get("/v1/embed/chat/conversations?limit=100", bearer(token)).json().get("data")) {
      if (c.at("/contact/name").asText().equals(name)) {
        return c.get("id").asText();
      }
    }
    throw new AssertionError("no conversation with " + name);
  }
}
