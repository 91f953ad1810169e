package com.pilotstatus.embed.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.pilotstatus.embed.e2e.Browsing.hostEvents;
import static com.pilotstatus.embed.e2e.Browsing.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every button and journey of the demo host SaaS's pages, as a new user walks them (issue 14 §5): each test asserts
 * what the user sees, the host callbacks the page logged, and that nothing went wrong on the way — no console error,
 * no uncaught page error and no 4xx/5xx answer to any request of the page or its iframes. {@link DemoPagesIT} walks a
 * fresh stack; {@link DemoPagesAfter60PairingsIT} walks a stack that has already paired 60 numbers (the inbox broke
 * after the 50th).
 */
abstract class DemoPageJourneys extends E2eTest {

  private final List<String> problems = new CopyOnWriteArrayList<>();

  /** At least how many numbers the demo's inbox covers on this stack (tests of the class pair more). */
  abstract int minimumNumbersInTheInbox();

  /** A short name for screenshots. */
  abstract String run();

  @BeforeEach
  void watchForProblems() {
    page.context().onResponse(r -> {
      if (r.status() >= 400) {
        problems.add(r.status() + " " + r.request().method() + " " + r.url());
      }
    });
    page.context().onConsoleMessage(m -> {
      if ("error".equals(m.type())) {
        problems.add("console error: " + m.text() + " at " + m.location());
      }
    });
    page.onPageError(e -> problems.add("page error: " + e));
  }

  @AfterEach
  void nothingWentWrong() {
    assertThat(problems).as("console errors and 4xx/5xx answers during the journey").isEmpty();
  }

  private FrameLocator chat() {
    return page.frameLocator("#inbox iframe");
  }

  private Locator firstRow() {
    return chat().locator(".conv-row").first();
  }

  private List<Long> unreadCallbacks() {
    return hostEvents(page, "onUnreadCount").stream().map(n -> ((Number) n).longValue()).toList();
  }

  // ---- Inbox page -------------------------------------------------------------------------------------------

  @Test
  void inbox_loads_and_reports_ready_and_the_unread_count() {
    page.navigate(stack.host("/"));

    assertThat(firstRow()).isVisible();
    assertThat(page.locator("#chat-status")).hasText("");
    page.waitForCondition(() -> !hostEvents(page, "onReady").isEmpty() && !unreadCallbacks().isEmpty());
    assertThat(page.locator("#unread")).hasText(Long.toString(unreadCallbacks().get(unreadCallbacks().size() - 1)));
    screenshot(page, "demo-" + run() + "-inbox");
  }

  @Test
  void number_filter_lists_the_numbers_of_the_session_and_says_what_it_covers() {
    long covered = Math.min(50, openNumbers()); // the demo's token covers at most 50 connected numbers
    assertThat(covered).isGreaterThanOrEqualTo(minimumNumbersInTheInbox());
    page.navigate(stack.host("/"));
    assertThat(firstRow()).isVisible();
    Locator filter = chat().locator("#number-filter");

    if (covered == 1) {
      assertThat(filter).hasCount(0); // one number: nothing to filter
    } else {
      assertThat(filter.locator("option")).hasCount((int) covered + 1);
      assertThat(filter.locator("option").first()).hasText("All numbers of this inbox");
      assertThat(filter).hasAttribute("title", Pattern.compile("at most 50"));
      filter.selectOption(new SelectOption().setValue(E2eStack.DEMO_NUMBER));
      assertThat(firstRow()).isVisible();
    }
  }

  @Test
  void opening_a_conversation_shows_the_thread_and_at_desktop_width_no_back_button() {
    page.navigate(stack.host("/"));
    Locator row = firstRow();
    assertThat(row).isVisible();
    String id = row.getAttribute("data-id");
    String name = row.locator(".name").textContent();

    row.locator("button").click();

    assertThat(chat().locator(".thread h2")).hasText(name);
    page.waitForCondition(() -> hostEvents(page, "onConversationOpened").contains(id));
    assertThat(chat().locator(".thread .back")).isHidden();
    screenshot(page, "demo-" + run() + "-thread-desktop");

    page.setViewportSize(480, 860); // a phone: one pane at a time, and back is how to return
    assertThat(chat().locator(".thread .back")).isVisible();
    chat().locator(".thread .back").click();
    assertThat(firstRow()).isVisible();
  }

  @Test
  void reply_typed_in_a_thread_is_sent_and_delivered() {
    page.navigate(stack.host("/"));
    firstRow().locator("button").click();
    String text = "Reply from the demo journey " + System.nanoTime();

    chat().locator("#draft").fill(text);
    chat().locator("button[data-action=send]").click();

    Locator bubble = chat().locator(".bubble.out").filter(new Locator.FilterOptions().setHasText(text));
    assertThat(bubble).hasCount(1);
    assertThat(bubble).hasAttribute("data-status", Pattern.compile("sent|delivered|read"));
  }

  @Test
  void theme_select_turns_the_inbox_dark_and_back() {
    page.navigate(stack.host("/"));
    assertThat(firstRow()).isVisible();

    page.locator("#theme").selectOption(new SelectOption().setValue("dark"));
    assertThat(chat().locator("html")).hasAttribute("data-theme", "dark");
    page.locator("#theme").selectOption(new SelectOption().setValue("light"));

    assertThat(chat().locator("html")).hasAttribute("data-theme", "light");
    assertThat(firstRow()).isVisible();
  }

  @Test
  void language_select_translates_the_inbox() {
    page.navigate(stack.host("/"));
    assertThat(firstRow()).isVisible();

    page.locator("#locale").selectOption(new SelectOption().setValue("pt"));
    assertThat(chat().locator(".title")).hasText("Conversas");
    page.locator("#locale").selectOption(new SelectOption().setValue("es"));

    assertThat(chat().locator(".title")).hasText("Conversaciones");
    assertThat(firstRow()).isVisible();
  }

  @Test
  void sandbox_contact_message_appears_live_with_the_unread_count_and_a_signed_webhook() {
    page.navigate(stack.host("/"));
    assertThat(firstRow()).isVisible();
    page.waitForCondition(() -> !unreadCallbacks().isEmpty());
    long before = unreadCallbacks().get(unreadCallbacks().size() - 1);
    String name = "Journey contact " + System.nanoTime() % 100_000;
    String text = "Oi from " + name;

    page.locator("#inbound input[name=from]").fill("+55119" + (10_000_000 + System.nanoTime() % 89_999_999));
    page.locator("#inbound input[name=name]").fill(name);
    page.locator("#inbound textarea[name=text]").fill(text);
    page.locator("#inbound button[type=submit]").click();

    assertThat(page.locator("#inbound-status")).hasText("Delivered to the inbox.");
    assertThat(chat().locator(".conv-row").filter(new Locator.FilterOptions().setHasText(name))).isVisible();
    page.waitForCondition(() -> unreadCallbacks().get(unreadCallbacks().size() - 1) > before);
    assertThat(page.locator("#webhooks li.ok").filter(new Locator.FilterOptions().setHasText(text)))
        .containsText("message.received");
    screenshot(page, "demo-" + run() + "-inbound");
  }

  @Test
  void nav_links_open_the_connect_page_the_snippets_and_the_inbox_again() {
    page.navigate(stack.host("/"));
    assertThat(firstRow()).isVisible();

    page.locator("nav a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Connect a number")).click();
    assertThat(page.locator("h1")).hasText("Connect a WhatsApp number");
    page.locator("nav a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Seed snippets")).click();
    assertThat(page).hasURL(stack.host("/snippet/chat"));
    assertThat(firstRow()).isVisible();
    page.goBack(); // the verbatim snippet page has no navigation of its own
    assertThat(page.locator("h1")).hasText("Connect a WhatsApp number");
    page.locator("nav a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Inbox")).click();

    assertThat(page).hasURL(stack.host("/"));
    assertThat(firstRow()).isVisible();
  }

  // ---- Connect page -------------------------------------------------------------------------------------------

  @Test
  void modal_connect_then_scan_pairs_the_number_with_on_paired_and_a_signed_webhook() {
    page.navigate(stack.host("/connect"));

    page.locator("#open-modal").click();
    assertThat(page.frameLocator("[role=dialog] iframe").locator("[data-state=qr]")).isVisible();
    page.locator("#scan").click();

    assertThat(page.locator("#connect-status")).containsText("Connected: wa_");
    assertThat(page.locator("[role=dialog]")).hasCount(0);
    String numberId = pairedNumberId();
    expectSignedWebhook("number.connected", numberId);
    assertThat(page.locator("#scan")).isDisabled();
    screenshot(page, "demo-" + run() + "-modal-paired");
  }

  /** Issue 14: a scan before the connect iframe had started its QR batch got 409 and nothing visible happened. */
  @Test
  void scan_clicked_as_soon_as_it_is_enabled_still_pairs() {
    page.navigate(stack.host("/connect"));

    page.locator("#mount-inline").click();
    page.locator("#scan").click(); // Playwright clicks the moment the button is enabled, before the QR shows

    assertThat(page.locator("#connect-status")).containsText("Connected: wa_");
    assertThat(pairedNumberId()).startsWith("wa_");
  }

  @Test
  void inline_flow_shows_the_qr_in_the_page_and_pairs_on_scan() {
    page.navigate(stack.host("/connect"));

    page.locator("#mount-inline").click();
    FrameLocator connect = page.frameLocator("#connect-widget iframe");
    assertThat(connect.locator("[data-state=qr]")).isVisible();
    page.locator("#scan").click();

    assertThat(page.locator("#connect-status")).containsText("Connected: wa_");
    String numberId = pairedNumberId();
    expectSignedWebhook("number.connected", numberId);
    screenshot(page, "demo-" + run() + "-inline-paired");
  }

  @Test
  void closing_the_modal_reports_on_close_and_disables_the_scan() {
    page.navigate(stack.host("/connect"));
    page.locator("#open-modal").click();
    assertThat(page.frameLocator("[role=dialog] iframe").locator("[data-state=qr]")).isVisible();

    page.locator("[role=dialog] button[aria-label=Close]").click();

    assertThat(page.locator("[role=dialog]")).hasCount(0);
    assertThat(page.locator("#connect-status")).hasText("Closed: open it again to pair.");
    assertThat(page.locator("#scan")).isDisabled();
    assertThat(hostEvents(page)).anyMatch(e -> "onClose".equals(e.get("name")));
    assertThat(hostEvents(page, "onPaired")).isEmpty();
  }

  // ---- Seed snippet pages -------------------------------------------------------------------------------------

  @Test
  void seed_chat_snippet_page_mounts_the_inbox() {
    page.navigate(stack.host("/snippet/chat"));

    assertThat(firstRow()).isVisible();
  }

  @Test
  void seed_connect_snippet_page_opens_the_pairing_modal() {
    page.navigate(stack.host("/snippet/connect"));

    assertThat(page.frameLocator("[role=dialog] iframe").locator("[data-state=qr]")).isVisible();
  }

  // ---- helpers ------------------------------------------------------------------------------------------------

  /** How many of the tenant's numbers are connected (OPEN), as the platform says. */
  static long openNumbers() {
    long count = 0;
    for (JsonNode number : stack.platform("GET", "/v1/numbers", null).path("data")) {
      count += "OPEN".equals(number.path("state").asText()) ? 1 : 0;
    }
    return count;
  }

  private String pairedNumberId() {
    page.waitForCondition(() -> !hostEvents(page, "onPaired").isEmpty());
    return String.valueOf(((Map<?, ?>) hostEvents(page, "onPaired").get(0)).get("numberId"));
  }

  private void expectSignedWebhook(String type, String numberId) {
    Browsing.await(type + " for " + numberId, 15_000, () -> {
      for (JsonNode entry : stack.demo("GET", "/api/demo/webhooks", null).body()) {
        if (type.equals(entry.path("type").asText()) && entry.path("body").asText().contains(numberId)
            && entry.path("signatureValid").asBoolean()) {
          return true;
        }
      }
      return false;
    });
    assertThat(page.locator("#webhooks li.ok").filter(new Locator.FilterOptions().setHasText(numberId)).first())
        .containsText(type);
  }
}
