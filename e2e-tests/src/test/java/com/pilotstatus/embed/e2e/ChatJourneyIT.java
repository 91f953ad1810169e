package com.pilotstatus.embed.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.pilotstatus.embed.e2e.Browsing.hostEvents;
import static com.pilotstatus.embed.e2e.Browsing.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import com.pilotstatus.embed.protocol.ChatPaths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chat journey of issue 7, as a visitor of the demo host SaaS at {@code app.acme.test} lives it: the inbox iframe
 * from {@code chat.pilot.test}, mounted by {@code embed.js} from {@code embed.pilot.test}, backed by the sandbox.
 * Values the host sees are checked against the platform's own answers, not against constants.
 */
class ChatJourneyIT extends E2eTest {

  /** Seed 000's snippet body, verbatim (only its script tag differs: a module, for the top-level await). */
  static final String SEED_000_SNIPPET = """
        PilotStatus.init();
        const { token } = await fetch("/api/my-saas/embed-token").then(r => r.json());
        const chat = PilotStatus.chat.mount("#inbox", {
          token, locale: "en", theme: "light",
          onUnreadCount: (n) => {},
          onConversationOpened: (id) => {},
          onSessionExpired: async () => {
            const { token: t } = await fetch("/api/my-saas/embed-token").then(r => r.json());
            chat.destroy();
            PilotStatus.chat.mount("#inbox", { token: t, locale: "en" });
          },
        });
        // chat.setTheme("dark"); chat.setLocale("pt"); chat.destroy();
      """;

  private final List<String> tokenFetches = new CopyOnWriteArrayList<>();
  /** The iframe's session checks that answered 200: its expiry timer runs from then. */
  private final List<String> sessionChecks = new CopyOnWriteArrayList<>();

  @BeforeEach
  void recordTokenFetches() {
    page.onRequest(r -> {
      if (r.url().contains("/api/my-saas/embed-token")) {
        tokenFetches.add(r.url());
      }
    });
    page.onResponse(r -> {
      if (r.url().equals(stack.chatOrigin + ChatPaths.SESSION) && r.status() == 200) {
        sessionChecks.add(r.url());
      }
    });
  }

  private FrameLocator chat() {
    return page.frameLocator("#inbox iframe");
  }

  private Locator row(String name) {
    return chat().locator(".conv-row").filter(new Locator.FilterOptions().setHasText(name));
  }

  /** A chat token for the demo number, minted server-side with the tenant key (to ask the platform directly). */
  private static String chatToken(int ttlSeconds) {
    return stack.platform("POST", "/v1/embed/sessions", "{\"surface\":\"chat\",\"whatsappNumberIds\":[\""
        + E2eStack.DEMO_NUMBER + "\"],\"allowedOrigins\":[\"" + stack.hostOrigin + "\"],\"ttlSeconds\":"
        + ttlSeconds + "}").path("token").asText();
  }

  /** The platform's unread count for the demo number. */
  private long platformUnread() {
    return stack.send(stack.platformUrl + "/v1/embed/chat/summary", "GET", null,
        Map.of("Authorization", "Bearer " + chatToken(60))).body().path("unreadCount").asLong(-1);
  }

  private List<Long> unreadCallbacks() {
    return hostEvents(page, "onUnreadCount").stream().map(n -> ((Number) n).longValue()).toList();
  }

  // ---- the documented snippet ------------------------------------------------------------------------------

  @Test
  void verbatim_seed_snippet_mounts_the_inbox_from_the_cdn() {
    String html = stack.send(stack.host("/snippet/chat").replace("app.acme.test", "127.0.0.1"), "GET", null,
        Map.of()).raw();
    assertThat(html).contains("<script type=\"module\">\n" + SEED_000_SNIPPET + "</script>");
    assertThat(html).contains("<script src=\"" + stack.cdnOrigin + "/embed.js\"></script>");

    page.navigate(stack.host("/snippet/chat"));

    assertThat(row("Emily Carter")).isVisible();
    assertThat(page.locator("#inbox iframe")).hasAttribute("src",
        stack.chatOrigin + "/?parentOrigin=" + java.net.URLEncoder.encode(stack.hostOrigin,
            java.nio.charset.StandardCharsets.UTF_8));
    assertThat(tokenFetches).hasSize(1);
    screenshot(page, "chat-snippet-verbatim");
  }

  // ---- host callbacks -------------------------------------------------------------------------------------

  @Test
  void host_gets_the_unread_count_and_the_opened_conversation_with_the_platforms_values() {
    page.navigate(stack.host("/"));
    Locator unreadRow = chat().locator(".conv-row:not([data-unread='0'])").first();
    assertThat(unreadRow).isVisible();
    long before = platformUnread();
    page.waitForCondition(() -> unreadCallbacks().contains(before));
    assertThat(page.locator("#unread")).hasText(Long.toString(before));
    screenshot(page, "chat-inbox");

    String conversationId = unreadRow.getAttribute("data-id");
    String name = unreadRow.locator(".name").textContent();
    unreadRow.locator("button").click();

    assertThat(chat().locator(".thread h2")).hasText(name);
    page.waitForCondition(() -> hostEvents(page, "onConversationOpened").contains(conversationId));
    JsonNode opened = stack.send(stack.platformUrl + "/v1/embed/chat/conversations/" + conversationId, "GET", null,
        Map.of("Authorization", "Bearer " + chatToken(60))).body();
    assertThat(opened.path("contact").path("name").asText()).isEqualTo(name);
    // Opening shows the thread first and marks it read after: the row's badge goes once the platform has it read.
    assertThat(chat().locator(".conv-row[data-id='" + conversationId + "']")).hasAttribute("data-unread", "0");
    long after = platformUnread();
    assertThat(after).isLessThan(before);
    page.waitForCondition(() -> !unreadCallbacks().isEmpty() && unreadCallbacks().get(unreadCallbacks().size() - 1)
        == after);
    assertThat(page.locator("#unread")).hasText(Long.toString(after));
    screenshot(page, "chat-conversation-opened");
  }

  @Test
  void theme_and_locale_change_live_in_the_mounted_inbox() {
    page.navigate(stack.host("/"));
    assertThat(row("Emily Carter")).isVisible();
    assertThat(chat().locator("html")).hasAttribute("data-theme", "light");

    page.locator("#theme").selectOption(new SelectOption().setValue("dark"));
    page.locator("#locale").selectOption(new SelectOption().setValue("pt"));

    assertThat(chat().locator("html")).hasAttribute("data-theme", "dark");
    assertThat(chat().locator("html")).hasAttribute("lang", "pt-BR");
    assertThat(chat().locator(".title")).hasText("Conversas");
    assertThat(row("Emily Carter")).isVisible();
    page.waitForTimeout(1000); // let the swapped-in inbox settle before the picture
    screenshot(page, "chat-dark-pt");

    page.locator("#locale").selectOption(new SelectOption().setValue("es"));
    page.locator("#theme").selectOption(new SelectOption().setValue("light"));
    assertThat(chat().locator(".title")).hasText("Conversaciones");
    assertThat(chat().locator("html")).hasAttribute("data-theme", "light");
  }

  @Test
  void reply_is_sent_to_the_contact_and_reaches_read() {
    page.navigate(stack.host("/"));
    row("Emily Carter").locator("button").click();
    assertThat(chat().locator(".thread h2")).hasText("Emily Carter");
    String text = "Your parcel ships today " + System.nanoTime();

    chat().locator("#draft").fill(text);
    chat().locator("button[data-action=send]").click();

    Locator bubble = chat().locator("#log .bubble.out").filter(new Locator.FilterOptions().setHasText(text));
    assertThat(bubble).hasAttribute("data-status", "read");
    String conversationId = chat().locator(".thread").getAttribute("data-conversation-id");
    JsonNode messages = stack.send(stack.platformUrl + "/v1/embed/chat/conversations/" + conversationId
            + "/messages", "GET", null, Map.of("Authorization", "Bearer " + chatToken(60))).body().path("data");
    JsonNode last = messages.get(messages.size() - 1);
    assertThat(last.path("text").asText()).isEqualTo(text);
    assertThat(last.path("direction").asText()).isEqualTo("outbound");
    screenshot(page, "chat-reply-read");
  }

  @Test
  void inbound_message_from_the_sandbox_panel_appears_live_and_is_webhooked() {
    page.navigate(stack.host("/"));
    assertThat(row("Emily Carter")).isVisible();
    page.waitForCondition(() -> !unreadCallbacks().isEmpty());
    int callbacksBefore = unreadCallbacks().size();
    String text = "Vocês entregam no sábado? " + System.nanoTime();

    page.locator("#inbound textarea[name=text]").fill(text);
    page.locator("#inbound button[type=submit]").click();

    assertThat(page.locator("#inbound-status")).hasText("Delivered to the inbox.");
    Locator first = chat().locator(".conv-row").first();
    assertThat(first).containsText("Beatriz Lima");
    assertThat(first).containsText(text);
    long expected = platformUnread(); // the platform has the message once the panel says it was delivered
    page.waitForCondition(() -> unreadCallbacks().size() > callbacksBefore
        && unreadCallbacks().get(unreadCallbacks().size() - 1) == expected);
    assertThat(page.locator("#webhooks li.ok").filter(new Locator.FilterOptions()
        .setHasText("message.received")).first()).containsText("signature verified");
    screenshot(page, "chat-live-inbound");

    first.locator("button").click();
    assertThat(chat().locator("#log .bubble.in").last()).containsText(text);
  }

  // ---- session lifetime -----------------------------------------------------------------------------------

  @Test
  void expired_session_runs_the_snippets_on_session_expired_and_the_remount_works() {
    page.clock().install();
    page.navigate(stack.host("/snippet/chat"));
    assertThat(row("Emily Carter")).isVisible();
    page.evaluate("() => document.querySelector('#inbox iframe').dataset.e2e = 'first'");
    assertThat(tokenFetches).hasSize(1);
    // The inbox shows before the runtime has run (its boot script paints it): the session's expiry is the runtime's,
    // timed from its session check, so the clock jumps only once that answered.
    page.waitForCondition(() -> sessionChecks.size() == 1);

    page.clock().fastForward("16:00"); // the laptop slept past the token's 15 minutes

    page.waitForCondition(() -> tokenFetches.size() == 2); // only the snippet's onSessionExpired fetches again
    assertThat(page.locator("#inbox iframe")).hasCount(1);
    assertThat(page.locator("#inbox iframe")).not().hasAttribute("data-e2e", "first");
    assertThat(row("Emily Carter")).isVisible();
    screenshot(page, "chat-remounted-after-expiry");
  }

  @Test
  void fetch_token_renews_an_expired_session_in_the_same_iframe() {
    page.clock().install();
    page.navigate(stack.host("/"));
    assertThat(row("Emily Carter")).isVisible();
    page.evaluate("() => document.querySelector('#inbox iframe').dataset.e2e = 'first'");
    assertThat(tokenFetches).hasSize(1);
    // The inbox shows before the runtime has run (its boot script paints it): the session's expiry is the runtime's,
    // timed from its session check, so the clock jumps only once that answered.
    page.waitForCondition(() -> sessionChecks.size() == 1);

    page.clock().fastForward("16:00");

    page.waitForCondition(() -> tokenFetches.size() == 2);
    assertThat(page.locator("#inbox iframe")).hasAttribute("data-e2e", "first");
    assertThat(row("Emily Carter")).isVisible();
    row("Emily Carter").locator("button").click();
    assertThat(chat().locator(".thread h2")).hasText("Emily Carter");
    assertThat(hostEvents(page, "onSessionExpired")).isEmpty();
    assertThat(hostEvents(page, "onError")).isEmpty();
  }
}
