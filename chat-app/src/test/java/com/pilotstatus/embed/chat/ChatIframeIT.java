package com.pilotstatus.embed.chat;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.InboxBrowserTest;
import com.pilotstatus.embed.protocol.ProtocolVersion;
import com.pilotstatus.embed.testing.Chromium;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chat iframe in real Chromium, framed by a host page on another origin ({@code app.acme.test}) that speaks the
 * protocol like the SDK does, against a real chat-app and platform-sandbox. One browser for the class; a fresh
 * context per test.
 */
class ChatIframeIT extends InboxBrowserTest {

  private final List<Request> chatRequests = Collections.synchronizedList(new ArrayList<>());
  private final List<Response> chatResponses = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void openHost() {
    page.onRequest(r -> {
      if (r.url().startsWith(stack.chatOrigin())) {
        chatRequests.add(r);
      }
    });
    page.onResponse(r -> {
      if (r.url().startsWith(stack.chatOrigin())) {
        chatResponses.add(r);
      }
    });
    page.navigate(host.hostPage());
  }

  private String token() {
    return stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900);
  }

  private FrameLocator mount(String token, String locale, String theme, int width, int height) {
    page.evaluate("a => startChat(a[0], a[1], a[2], a[3], a[4], a[5])",
        Arrays.asList(stack.chatOrigin(), token, locale, theme, width, height));
    return page.frameLocator("#mount iframe");
  }

  private FrameLocator mount(String token) {
    return mount(token, "en", "light", 900, 600);
  }

  private void awaitReceived(String type) {
    page.waitForFunction("t => window.typesReceived().includes(t)", type);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> received(String type) {
    List<Map<String, Object>> all = (List<Map<String, Object>>) page.evaluate("() => window.received");
    return all.stream().filter(m -> type.equals(m.get("type"))).toList();
  }

  private Frame chatFrame() {
    return page.frames().stream().filter(f -> f.url().startsWith(stack.chatOrigin())).findFirst().orElseThrow();
  }

  private static Locator row(FrameLocator chat, String name) {
    return chat.locator(".conv-row").filter(new Locator.FilterOptions().setHasText(name));
  }

  // ---- handshake --------------------------------------------------------------------------------------------

  @Test
  void handshake_renders_the_demo_inbox_and_reports_unread_and_height() {
    FrameLocator chat = mount(token());

    assertThat(row(chat, "Mariana Costa")).isVisible();
    assertThat(chat.locator(".conv-row")).not().hasCount(0);
    awaitReceived("chat:unread-count");
    awaitReceived("resize");
    assertThat(received("ready")).hasSize(1);
    assertThat(((Map<?, ?>) received("chat:unread-count").get(0).get("payload")).get("count")).isNotEqualTo(0);
    assertThat(((Number) ((Map<?, ?>) received("resize").get(0).get("payload")).get("height")).intValue()).isPositive();
  }

  @Test
  void auto_sized_iframe_settles_at_a_usable_height_without_oscillating() {
    FrameLocator chat = mount(token(), "en", "light", 900, 0);
    assertThat(row(chat, "Mariana Costa")).isVisible();
    page.waitForTimeout(800);

    int resizes = received("resize").size();
    page.waitForTimeout(800);

    assertThat(received("resize")).hasSize(resizes);
    assertThat(resizes).isLessThanOrEqualTo(3);
    assertThat(page.locator("#mount iframe").boundingBox().height).isEqualTo(560);
  }

  @Test
  void reloaded_iframe_says_ready_again_and_is_initialised_again() {
    FrameLocator chat = mount(token());
    assertThat(row(chat, "Mariana Costa")).isVisible();

    chatFrame().evaluate("() => location.reload()");

    page.waitForFunction("() => window.typesReceived().filter(t => t === 'ready').length === 2");
    assertThat(row(chat, "Mariana Costa")).isVisible();
  }

  @Test
  void init_from_another_origin_or_another_window_is_ignored() {
    FrameLocator chat = mount(null); // the host does not answer ready
    awaitReceived("ready");
    String valid = token();

    page.evaluate("u => addIntruder(u)", host.foreignIntruder(valid));
    page.evaluate("u => addIntruder(u)", host.siblingIntruder(valid));
    // Both intruders (the body's own iframes; the chat's is in #mount) say "posted" once their init is sent, so the
    // checks below see an init that was ignored, not one that was never sent.
    assertThat(page.locator("body > iframe")).hasCount(2);
    for (int i = 0; i < 2; i++) {
      assertThat(page.frameLocator("body > iframe").nth(i).locator("body")).hasText("posted");
    }
    page.waitForTimeout(1500);

    assertThat(chat.locator("[data-state=loading]")).isVisible();
    assertThat(chatRequests).noneMatch(r -> r.url().contains("/session") || r.url().contains("/fragments"));

    page.evaluate("t => sendToChat('init', { token: t, locale: 'en', theme: 'light' })", valid);
    assertThat(row(chat, "Mariana Costa")).isVisible();
  }

  @Test
  void token_that_does_not_allow_the_parent_shows_an_error_and_tells_the_host() {
    String foreign = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of("https://other-saas.example"), 900);

    FrameLocator chat = mount(foreign);

    assertThat(chat.locator("[data-state=error]")).containsText("can't be shown on this site");
    awaitReceived("error");
    assertThat(((Map<?, ?>) received("error").get(0).get("payload")).get("code")).isEqualTo("ORIGIN_NOT_ALLOWED");
    assertThat(received("error")).hasSize(1);
    // The first inbox is requested together with the session check, so there is always a data request to refuse.
    page.waitForCondition(() -> chatResponses.stream().anyMatch(r -> r.url().contains("/fragments")));
    assertThat(chatResponses).filteredOn(r -> r.url().contains("/fragments") || r.url().contains("/live"))
        .allSatisfy(r -> assertThat(r.status()).as("no data for a refused parent: " + r.url()).isEqualTo(403));
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("chat-error-origin-en.png")));
  }

  @Test
  void tampered_token_shows_an_error_and_tells_the_host() {
    String token = token();
    FrameLocator chat = mount(token.substring(0, token.length() - 4) + "AAAA");

    assertThat(chat.locator("[data-state=error]")).isVisible();
    awaitReceived("error");
    assertThat(((Map<?, ?>) received("error").get(0).get("payload")).get("code")).isEqualTo("TOKEN_INVALID");
  }

  /**
   * Protocol skew, host side (issue 17 §4): an init announcing another major version starts nothing, shows a state
   * that says so and tells the host {@code PROTOCOL_MISMATCH}; an init of the next minor version is a session like
   * any other. The iframe announces its own version in {@code ready}.
   */
  @Test
  void init_of_another_major_protocol_shows_the_mismatch_state_and_the_next_minor_works() {
    page.evaluate("() => { window.protocol = '2.0'; }");
    FrameLocator chat = mount(token());

    assertThat(chat.locator("[data-state=error]")).containsText("needs an update of the site");
    awaitReceived("error");
    Map<?, ?> error = (Map<?, ?>) received("error").get(0).get("payload");
    assertThat(error.get("code")).isEqualTo("PROTOCOL_MISMATCH");
    assertThat((String) error.get("message")).contains("embed.js speaks protocol 2.0", "load the embed.js");
    assertThat(((Map<?, ?>) received("ready").get(0).get("payload")).get("protocol"))
        .isEqualTo(ProtocolVersion.CURRENT);
    assertThat(chatRequests).noneMatch(r -> r.url().contains("/session") || r.url().contains("/fragments"));

    page.evaluate("t => sendToChat('init', { token: t, locale: 'en', theme: 'light', protocol: '1.9' })", token());
    assertThat(row(chat, "Mariana Costa")).isVisible();
    assertThat(received("error")).hasSize(1);
  }

  // ---- inbox ------------------------------------------------------------------------------------------------

  @Test
  void opening_a_conversation_tells_the_host_and_marks_it_read() {
    FrameLocator chat = mount(token());
    awaitReceived("chat:unread-count");
    int before = (int) count(received("chat:unread-count").get(0));
    assertThat(row(chat, "João Pereira").locator(".badge")).isVisible();

    row(chat, "João Pereira").locator("button").click();

    assertThat(chat.locator(".thread h2")).hasText("João Pereira");
    awaitReceived("chat:conversation-opened");
    assertThat((String) ((Map<?, ?>) received("chat:conversation-opened").get(0).get("payload")).get("conversationId"))
        .startsWith("cv_");
    assertThat(row(chat, "João Pereira").locator(".badge")).hasCount(0);
    page.waitForFunction("n => window.received.filter(m => m.type === 'chat:unread-count').some(m => m.payload.count < n)",
        before);
  }

  @Test
  void reply_shows_pending_then_moves_through_its_statuses() {
    FrameLocator chat = mount(token());
    row(chat, "Emily Carter").locator("button").click();
    assertThat(chat.locator("#log")).isVisible();
    chatFrame().evaluate("() => { window.seen = []; new MutationObserver(() => document.querySelectorAll('#log .bubble.out')"
        + ".forEach(b => { if (b.textContent.includes('Your parcel left today') && !window.seen.includes(b.dataset.status))"
        + " window.seen.push(b.dataset.status); })).observe(document.getElementById('log'), "
        + "{ subtree: true, childList: true, attributes: true }); }");

    Locator draft = chat.locator("#draft");
    draft.fill("Your parcel left today");
    draft.press("Enter");

    Locator bubble = chat.locator("#log .bubble.out").filter(new Locator.FilterOptions().setHasText("Your parcel left today"));
    assertThat(bubble).hasAttribute("data-status", "read", new com.microsoft.playwright.assertions.LocatorAssertions
        .HasAttributeOptions().setTimeout(5000));
    assertThat(bubble).hasCount(1);
    assertThat(draft).hasValue("");
    @SuppressWarnings("unchecked")
    List<String> seen = (List<String>) chatFrame().evaluate("() => window.seen");
    assertThat(seen).startsWith("pending").contains("sent", "delivered", "read");
  }

  @Test
  void failed_send_keeps_the_text_and_retry_reuses_the_idempotency_key() {
    FrameLocator chat = mount(token());
    row(chat, "James Wilson").locator("button").click();
    assertThat(chat.locator(".thread h2")).hasText("James Wilson");
    stack.failNextSends(2); // chat-app's own retry (same Idempotency-Key) fails too: the agent sees the failure

    chat.locator("#draft").fill("Annual plan, yes please");
    chat.locator("#draft").press("Enter");

    Locator failed = chat.locator("#log .bubble.failed");
    assertThat(failed).containsText("Annual plan, yes please");
    failed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retry")).click();

    Locator sent = chat.locator("#log .bubble.out").filter(new Locator.FilterOptions().setHasText("Annual plan, yes please"));
    assertThat(sent).hasAttribute("data-status", "read");
    assertThat(sent).hasCount(1);
    List<String> keys = chatRequests.stream()
        .filter(r -> r.method().equals("POST") && r.url().endsWith("/messages"))
        .map(r -> r.headers().get("idempotency-key")).toList();
    assertThat(keys).hasSize(2).doesNotContainNull();
    assertThat(keys.get(1)).isEqualTo(keys.get(0));
  }

  @Test
  void search_narrows_the_list_and_newer_messages_load_as_they_come_into_view() {
    for (int i = 1; i <= 33; i++) {
      stack.inbound(ChatStack.DEMO_NUMBER, "+5511911112222", "Paula Longa", "Parte-" + (i < 10 ? "0" : "") + i);
    }
    FrameLocator chat = mount(token());
    assertThat(row(chat, "Mariana Costa")).isVisible();

    chat.locator("#search").fill("paula");
    assertThat(chat.locator(".conv-row")).hasCount(1);
    row(chat, "Paula Longa").locator("button").click();

    // 33 unread, more than the newest page holds: the thread opens at the first of them, under the divider, and the
    // newer run loads as it scrolls into view (issue 18: runs load as they come into view; the button stays for the
    // keyboard), joining the same day.
    assertThat(chat.locator("#unread-divider + li .text")).hasText("Parte-01");
    chat.locator("#log").evaluate("l => { l.scrollTop = l.scrollHeight; }");
    assertThat(chat.locator("#log .bubble").last()).containsText("Parte-33");
    assertThat(chat.locator("#log .day")).hasCount(1);
  }

  @Test
  void inbound_message_appears_live_and_moves_its_conversation_up() {
    FrameLocator chat = mount(token());
    row(chat, "Ana Souza").locator("button").click();
    assertThat(chat.locator(".thread h2")).hasText("Ana Souza");
    page.waitForTimeout(300); // the live stream is open

    stack.inbound(ChatStack.DEMO_NUMBER, "+5511912345678", "Ana Souza", "Chegou! Obrigada pela ajuda.");

    assertThat(chat.locator("#log .bubble.in").last()).containsText("Chegou! Obrigada pela ajuda.",
        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(2000));
    assertThat(chat.locator(".conv-row").first()).containsText("Ana Souza");
  }

  @Test
  void reopening_a_conversation_shows_an_unread_divider_and_new_messages_above_the_fold_offer_a_jump() {
    String rita = "+5511933334444";
    for (int i = 1; i <= 20; i++) {
      stack.inbound(ChatStack.DEMO_NUMBER, rita, "Rita Divisor", "Linha-" + (i < 10 ? "0" : "") + i);
    }
    FrameLocator chat = mount(token());
    row(chat, "Rita Divisor").locator("button").click();
    assertThat(chat.locator("#log")).containsText("Linha-20");
    assertThat(chat.locator("#unread-divider")).hasText("20 unread messages");
    assertThat(row(chat, "Rita Divisor").locator(".badge")).hasCount(0); // marked read

    row(chat, "Ana Souza").locator("button").click();
    assertThat(chat.locator(".thread h2")).hasText("Ana Souza");
    for (int i = 21; i <= 23; i++) {
      stack.inbound(ChatStack.DEMO_NUMBER, rita, "Rita Divisor", "Linha-" + i);
    }
    assertThat(row(chat, "Rita Divisor").locator(".badge")).containsText("3 unread");
    row(chat, "Rita Divisor").locator("button").click();

    Locator divider = chat.locator("#unread-divider");
    assertThat(divider).hasText("3 unread messages");
    // Right above the first message the agent has not seen, and in view.
    assertThat(chat.locator("#unread-divider + li")).containsText("Linha-21");
    assertThat(divider).isInViewport();
    assertThat(chat.locator(".jump-latest")).isHidden();

    chat.locator("#log").evaluate("log => { log.scrollTop = 0; }");
    page.waitForTimeout(100);
    stack.inbound(ChatStack.DEMO_NUMBER, rita, "Rita Divisor", "Linha-24");
    assertThat(chat.locator("#log")).containsText("Linha-24");
    Locator jump = chat.getByRole(AriaRole.BUTTON,
        new FrameLocator.GetByRoleOptions().setName("Jump to the latest messages"));
    assertThat(jump).isVisible();
    assertThat(jump).hasText("1");
    assertThat(chat.locator("#log .bubble").last()).not().isInViewport(); // not pulled down while reading

    jump.focus();
    page.keyboard().press("Enter");
    assertThat(chat.locator("#log .bubble").last()).containsText("Linha-24");
    assertThat(chat.locator("#log .bubble").last()).isInViewport();
    assertThat(jump).isHidden();
    assertThat(chat.locator("#log")).isFocused();
  }

  @Test
  void theme_and_locale_switch_live_keeping_the_open_conversation_and_the_draft() {
    FrameLocator chat = mount(token(), "en", "light", 900, 600);
    row(chat, "Emily Carter").locator("button").click();
    assertThat(chat.locator(".thread h2")).hasText("Emily Carter");
    chat.locator("#draft").fill("rascunho em andamento");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("chat-light-en.png")));

    page.evaluate("() => sendToChat('set-theme', { theme: 'dark' })");
    assertThat(chat.locator("html")).hasAttribute("data-theme", "dark");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("chat-dark-en.png")));

    page.evaluate("() => sendToChat('set-locale', { locale: 'pt' })");
    assertThat(chat.locator(".title")).hasText("Conversas");
    assertThat(chat.locator("html")).hasAttribute("lang", "pt-BR");
    assertThat(chat.locator(".thread h2")).hasText("Emily Carter");
    assertThat(chat.locator("#draft")).hasValue("rascunho em andamento");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("chat-dark-pt.png")));

    page.evaluate("() => sendToChat('set-theme', { theme: 'light' })");
    assertThat(chat.locator("html")).hasAttribute("data-theme", "light");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("chat-light-pt.png")));

    page.evaluate("() => sendToChat('set-locale', { locale: 'es' })");
    assertThat(chat.locator(".title")).hasText("Conversaciones");
    assertThat(chat.locator("#draft")).hasValue("rascunho em andamento");
  }

  @Test
  void narrow_iframe_shows_the_list_then_the_thread_with_a_back_button() {
    FrameLocator chat = mount(token(), "en", "light", 380, 640);
    assertThat(chat.locator(".list-pane")).isVisible();
    assertThat(chat.locator(".thread-pane")).isHidden();

    row(chat, "Emily Carter").locator("button").click();

    assertThat(chat.locator(".list-pane")).isHidden();
    Locator back = chat.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Back to conversations"));
    assertThat(back).isVisible();
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("chat-narrow-thread.png")));
    back.click();
    assertThat(chat.locator(".list-pane")).isVisible();
    assertThat(row(chat, "Emily Carter").locator("button")).isFocused();
  }

  @Test
  void keyboard_moves_through_the_list_and_opens_with_enter() {
    FrameLocator chat = mount(token());
    Locator first = chat.locator(".conv").first();
    first.focus();

    page.keyboard().press("ArrowDown");
    assertThat(chat.locator(".conv").nth(1)).isFocused();
    page.keyboard().press("Enter");

    awaitReceived("chat:conversation-opened");
    assertThat(chat.locator("#draft")).isFocused();
  }

  // ---- session lifetime ------------------------------------------------------------------------------------

  @Test
  void short_lived_session_is_refreshed_while_in_use() {
    String shortLived = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 60);
    FrameLocator chat = mount(shortLived);
    assertThat(row(chat, "Emily Carter")).isVisible();

    Response refreshed = page.waitForResponse(r -> r.url().endsWith("/session/refresh"), () -> { });

    assertThat(refreshed.status()).isEqualTo(201);
    row(chat, "Emily Carter").locator("button").click();
    assertThat(chat.locator(".thread h2")).hasText("Emily Carter");
    assertThat(received("session-expired")).isEmpty();
  }

  @Test
  void session_left_to_expire_ends_in_session_expired_and_stops_requesting() {
    page.clock().install();
    page.navigate(host.hostPage());
    FrameLocator chat = mount(token());
    assertThat(row(chat, "Emily Carter")).isVisible();
    awaitReceived("session-started"); // the runtime holds the session (its expiry timer) from here, not the boot paint

    page.clock().fastForward("16:00"); // the laptop slept past the token's 15 minutes

    awaitReceived("session-expired");
    assertThat(chat.locator("[data-state=expired]")).isVisible();
    int requestsAtExpiry = chatRequests.size();
    page.clock().runFor(30_000);
    page.waitForTimeout(500);
    assertThat(chatRequests.subList(requestsAtExpiry, chatRequests.size()))
        .noneMatch(r -> r.url().contains("/fragments") || r.url().contains("/session") || r.url().contains("/live"));
    assertThat(chatRequests).noneMatch(r -> r.url().endsWith("/session/refresh"));
  }

  private static long count(Map<String, Object> message) {
    return ((Number) ((Map<?, ?>) message.get("payload")).get("count")).longValue();
  }

}
