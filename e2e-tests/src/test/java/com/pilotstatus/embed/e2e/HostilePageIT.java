package com.pilotstatus.embed.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.pilotstatus.embed.e2e.Browsing.hostEvents;
import static com.pilotstatus.embed.e2e.Browsing.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hostile page at {@code evil.test} against the real stack: it cannot frame the chat while claiming to be the host,
 * cannot use a host's token, cannot drive the host's callbacks with forged messages, and never gets to read the
 * chat token from a URL, cookie or storage.
 */
class HostilePageIT extends E2eTest {

  private static EvilSite evil;

  @BeforeAll
  static void startEvilSite() {
    evil = new EvilSite(stack.cdnOrigin);
  }

  @AfterAll
  static void stopEvilSite() {
    if (evil != null) {
      evil.close();
    }
  }

  private static String chatUrlClaiming(String parentOrigin) {
    return "/?parentOrigin=" + URLEncoder.encode(parentOrigin, StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> received(Page evilPage) {
    return (List<Map<String, Object>>) evilPage.evaluate(
        "() => window.received.map((m) => ({ origin: m.origin, fromFrame: m.fromFrame,"
            + " type: m.data && m.data.type, payload: m.data && JSON.parse(JSON.stringify(m.data.payload || null)) }))");
  }

  // ---- framing ----------------------------------------------------------------------------------------------

  @Test
  void evil_page_cannot_frame_the_chat_claiming_the_host_as_its_parent() {
    List<String> console = new CopyOnWriteArrayList<>();
    page.onConsoleMessage(m -> console.add(m.text()));
    page.navigate(evil.origin + "/");

    // Frame 0 lies about its parent; frame 1 tells the truth (the control: a chat that does load says "ready").
    page.evaluate("([liar, honest]) => { for (const src of [liar, honest]) {"
            + " const f = document.createElement('iframe'); f.src = src; document.body.append(f); } }",
        List.of(stack.chatOrigin + chatUrlClaiming(stack.hostOrigin), stack.chatOrigin + chatUrlClaiming(evil.origin)));

    page.waitForCondition(() -> received(page).stream().anyMatch(m -> "ready".equals(m.get("type"))));
    page.waitForCondition(() -> console.stream().anyMatch(m -> m.contains("frame-ancestors")));
    page.waitForTimeout(1000);
    assertThat(console).anyMatch(m -> m.contains("frame-ancestors " + stack.hostOrigin));
    assertThat(received(page)).allMatch(m -> stack.chatOrigin.equals(m.get("origin")))
        .allMatch(m -> Integer.valueOf(1).equals(((Number) m.get("fromFrame")).intValue()));
    screenshot(page, "hostile-framing-refused");
  }

  // ---- someone else's token -------------------------------------------------------------------------------

  @Test
  void evil_page_cannot_init_the_chat_with_a_token_minted_for_the_host() {
    String hostToken = stack.demo("GET", "/api/my-saas/embed-token", null).body().path("token").asText();
    assertThat(hostToken).isNotEmpty(); // say it leaked: the evil page still cannot use it
    page.navigate(evil.origin + "/");

    Object readFromBrowser = page.evaluate("url => fetch(url).then(r => r.text()).then(() => 'read', () => 'blocked')",
        stack.host("/api/my-saas/embed-token"));
    assertThat(readFromBrowser).as("the host's token endpoint is not readable cross-origin").isEqualTo("blocked");

    List<String> chatData = new CopyOnWriteArrayList<>();
    page.context().onResponse(r -> {
      if (r.url().startsWith(stack.chatOrigin + "/fragments") && r.status() == 200) {
        chatData.add(r.url());
      }
    });
    page.evaluate("token => { window.errors = []; PilotStatus.init();"
        + " PilotStatus.chat.mount('#x', { token, onError: (e) => window.errors.push(e.code) }); }", hostToken);

    page.waitForCondition(() -> ((List<?>) page.evaluate("() => window.errors")).contains("ORIGIN_NOT_ALLOWED"));
    FrameLocator chat = page.frameLocator("#x iframe");
    assertThat(chat.locator("[data-state=error]")).isVisible();
    assertThat(chat.locator(".conv-row")).hasCount(0);
    assertThat(chatData).as("conversation data served to the evil page's chat").isEmpty();
    screenshot(page, "hostile-token-refused");
  }

  // ---- forged messages ------------------------------------------------------------------------------------

  private static final String FORGE = """
      ([messages, rounds]) => { for (let i = 0; i < rounds; i++) for (const [type, payload] of messages)
        window.victim.postMessage({ source: "pilot-status-embed", v: 1, type, payload }, "*"); }
      """;

  /** Opens {@code path} of the host in a popup of the evil page (so the evil page holds a reference to it). */
  private Page openVictim(String path) {
    page.navigate(evil.origin + "/");
    return page.context().waitForPage(() -> page.evaluate("url => { window.victim = window.open(url, 'victim'); }",
        stack.host(path)));
  }

  private static void countMessagesFrom(Page victim, String origin) {
    victim.evaluate("origin => { window.forgedSeen = 0; window.addEventListener('message',"
        + " (e) => { if (e.origin === origin) window.forgedSeen++; }); }", origin);
  }

  @Test
  void forged_chat_messages_do_not_fire_the_host_callbacks() {
    Page victim = openVictim("/");
    FrameLocator chat = victim.frameLocator("#inbox iframe");
    assertThat(chat.locator(".conv-row").first()).isVisible();
    victim.waitForCondition(() -> !hostEvents(victim, "onUnreadCount").isEmpty()); // genuine ones do fire
    int genuineUnread = hostEvents(victim, "onUnreadCount").size();
    countMessagesFrom(victim, evil.origin);

    page.evaluate(FORGE, List.of(List.of(
        List.of("chat:unread-count", Map.of("count", 999)),
        List.of("chat:conversation-opened", Map.of("conversationId", "cv_forged")),
        List.of("session-expired", Map.of()),
        List.of("error", Map.of("code", "TOKEN_INVALID", "message", "forged")),
        List.of("resize", Map.of("height", 4321))), 5));

    victim.waitForCondition(() -> ((Number) victim.evaluate("() => window.forgedSeen")).intValue() >= 25);
    victim.waitForTimeout(500);
    assertThat(hostEvents(victim, "onUnreadCount")).hasSize(genuineUnread).doesNotContain(999);
    assertThat(hostEvents(victim, "onConversationOpened")).isEmpty();
    assertThat(hostEvents(victim, "onSessionExpired")).isEmpty();
    assertThat(hostEvents(victim, "onError")).isEmpty();
    assertThat(victim.locator("#unread")).not().hasText("999");
    assertThat(victim.locator("#inbox iframe").boundingBox().height).isNotEqualTo(4321.0);
    assertThat(chat.locator(".conv-row").first()).isVisible();
  }

  @Test
  void forged_connect_messages_do_not_fire_on_paired_or_on_expired() {
    Page victim = openVictim("/connect");
    victim.locator("#mount-inline").click();
    assertThat(victim.frameLocator("#connect-widget iframe").locator("[data-state=qr]")).isVisible();
    countMessagesFrom(victim, evil.origin);

    page.evaluate(FORGE, List.of(List.of(
        List.of("connect:paired", Map.of("numberId", "wa_forged")),
        List.of("connect:expired", Map.of()),
        List.of("connect:error", Map.of("message", "forged"))), 5));

    victim.waitForCondition(() -> ((Number) victim.evaluate("() => window.forgedSeen")).intValue() >= 15);
    victim.waitForTimeout(500);
    assertThat(hostEvents(victim, "onPaired")).isEmpty();
    assertThat(hostEvents(victim, "onExpired")).isEmpty();
    assertThat(hostEvents(victim, "onError")).isEmpty();
    assertThat(victim.locator("#connect-status")).hasText("");
  }

  // ---- where the token lives ------------------------------------------------------------------------------

  @Test
  void chat_token_is_never_in_a_url_cookie_or_storage_of_any_frame() {
    List<String> urls = Browsing.recordRequests(page);
    List<String> authorizations = new CopyOnWriteArrayList<>();
    page.context().onRequest(r -> {
      String authorization = r.headers().get("authorization");
      if (authorization != null) {
        authorizations.add(authorization);
      }
    });
    Response tokenAnswer = page.waitForResponse(r -> r.url().contains("/api/my-saas/embed-token"),
        () -> page.navigate(stack.host("/")));
    String token = E2eStack.parse(tokenAnswer.text()).path("token").asText();
    assertThat(token).startsWith("eyJ");
    FrameLocator chat = page.frameLocator("#inbox iframe");
    chat.locator(".conv-row").first().locator("button").click();
    assertThat(chat.locator(".thread")).isVisible();

    // the control: this is the token the chat really uses (in a header, to its own origin)
    page.waitForCondition(() -> authorizations.contains("Bearer " + token));
    List<String> places = new ArrayList<>();
    for (Frame frame : page.frames()) {
      places.add(frame.url());
      // a store the browser refuses to a third-party frame cannot hold the token either
      places.add(String.valueOf(frame.evaluate("() => { const read = (f) => { try { return f(); }"
          + " catch (e) { return 'unavailable: ' + e.name; } }; return [read(() => document.cookie),"
          + " read(() => JSON.stringify(localStorage)), read(() => JSON.stringify(sessionStorage)),"
          + " location.href, document.referrer].join(' '); }")));
    }
    assertThat(page.frames()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(places).noneMatch(p -> p.contains(token));
    assertThat(urls).noneMatch(u -> u.contains(token));
    assertThat(urls).as("the browser never calls the platform itself").isNotEmpty()
        .noneMatch(u -> u.contains(":" + stack.platformPort + "/"));
    assertThat(page.context().cookies()).noneMatch(c -> c.value.contains(token));
    assertThat(page.context().storageState()).doesNotContain(token);
  }
}
