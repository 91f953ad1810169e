package com.pilotstatus.embed.chat.conversation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.pilotstatus.embed.testing.Axe.describe;
import static com.pilotstatus.embed.testing.Axe.serious;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.InboxBrowserTest;
import com.pilotstatus.embed.testing.Chromium;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, part F, in real Chromium with the chat iframe framed by a host on another origin: search in message text
 * opening a thread at the hit, failed replies (retry, delete), the offline banner and queue (and a reply whose answer
 * was lost, not sent twice), the unread divider of a run longer than a page, and the DOM kept bounded while scrolling
 * through hundreds of conversations and messages (and restored when scrolling back). Screenshots of the new states,
 * light and dark, under {@code target/artifacts/}, each checked by axe-core (no serious or critical violation).
 */
class InboxResilienceIT extends InboxBrowserTest {

  private final List<Request> posts = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void openHost() {
    page.onRequest(r -> {
      if (r.method().equals("POST") && r.url().startsWith(stack.chatOrigin()) && r.url().endsWith("/messages")) {
        posts.add(r);
      }
    });
    page.navigate(host.sdkPage());
  }

  private String token(String number) {
    return stack.mint(List.of(number), List.of(host.origin()), 900);
  }

  private FrameLocator mount(Page on, String number, String theme) {
    return mountChat(on, number, "en", theme);
  }

  private static void open(FrameLocator chat, String name) {
    chat.locator(".conv-row").filter(new Locator.FilterOptions().setHasText(name)).locator("button").click();
    assertThat(chat.locator(".thread h2")).hasText(name);
  }

  private void screenshot(String name, String theme) {
    setTheme(page, theme);
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact(name + "-" + theme + ".png")));
  }

  /** {@link #screenshot}, then axe-core on the page as shown: no serious or critical violation. */
  private void screenshotAndAxe(String name, String theme) {
    screenshot(name, theme);
    List<Rule> violations = new AxeBuilder(page).analyze().getViolations();
    assertThat(serious(violations)).as(name + " " + theme + ": " + describe(violations)).isEmpty();
  }

  private static JsonNode texts(JsonNode messages) {
    return messages.get("data");
  }

  // ---- search in messages ------------------------------------------------------------------------------------

  @Test
  void search_finds_message_text_and_opens_the_conversation_at_it_by_keyboard() {
    String conversationId = null;
    for (int i = 1; i <= 70; i++) {
      conversationId = stack.inbound(ChatStack.DEMO_NUMBER, "+5511955501234", "Hugo Pesquisa",
          i == 10 ? "Do you still have the <i>Capivara-Azul</i> mug in stock?" : "Hugo line " + i)
          .get("conversationId").asText();
    }
    FrameLocator chat = mount(page, ChatStack.DEMO_NUMBER, "light");

    chat.locator("#search").fill("capivara");
    Locator hit = chat.locator(".hit-row .hit");
    assertThat(hit).hasCount(1);
    assertThat(chat.locator("#hits-heading")).hasText("Messages");
    assertThat(hit.locator("mark")).hasText("Capivara");
    assertThat(hit.locator(".snippet")).containsText("<i>Capivara-Azul</i> mug"); // the markup shown as text
    assertThat(hit.locator("i")).hasCount(0);
    screenshotAndAxe("search-hits", "dark");
    screenshotAndAxe("search-hits", "light");

    chat.locator(".conv").first().focus();
    page.keyboard().press("End"); // the last of the list's buttons: the hit
    assertThat(hit).isFocused();
    page.keyboard().press("Enter");

    Locator found = chat.locator("#log .bubble").filter(new Locator.FilterOptions().setHasText("Capivara-Azul"));
    assertThat(found).isFocused();
    assertThat(found).hasClass(java.util.regex.Pattern.compile("flash"));
    assertThat(found).isInViewport();
    assertThat(chat.locator("#log")).not().containsText("Hugo line 70");
    page.waitForFunction("() => named('opened').length === 1");
    assertThat(hostEvents(page, "opened")).containsExactly(conversationId); // the host's onConversationOpened
    screenshot("search-opened-at-hit", "light");
    screenshot("search-opened-at-hit", "dark");
    setTheme(page, "light");

    // Scrolling down brings the newer runs (30 each) until the newest; no "newer" control is left.
    Locator log = chat.locator("#log");
    for (int i = 0; i < 10 && chat.locator("#log .newer-row").count() > 0; i++) {
      log.evaluate("l => { l.scrollTop = l.scrollHeight; }");
      page.waitForTimeout(150);
    }
    assertThat(chat.locator("#log .bubble").last()).containsText("Hugo line 70");
    assertThat(chat.locator("#log .newer-row")).hasCount(0);
    assertThat(chat.locator("#log .bubble")).hasCount(70);

    // Issue 18: a reply sent from the log opened at the hit landed below its gap. It opens the newest page, and the
    // reply goes at its bottom, once, also after the live echo and the delivery ticks; a newer run that was loading
    // for the log at the hit does not land in the newest.
    hit.click();
    assertThat(chat.locator("#log .newer-row")).hasCount(1);
    chat.locator("#draft").fill("Yes, the Capivara-Azul mug is in stock");
    chat.locator("#draft").press("Enter");
    Locator reply = chat.locator("#log .bubble").filter(new Locator.FilterOptions().setHasText("mug is in stock"));
    assertThat(reply).hasAttribute("data-status", "read");
    assertThat(chat.locator("#log .newer-row")).hasCount(0);
    assertThat(chat.locator("#log .bubble").last()).hasAttribute("data-status", "read");
    assertThat(chat.locator("#log .bubble").last()).containsText("mug is in stock");
    assertThat(chat.locator("#log .bubble").nth(-2)).containsText("Hugo line 70");
    assertThat(reply).hasCount(1);
    assertThat(chat.locator("#draft")).isFocused();
  }

  // ---- failed sends --------------------------------------------------------------------------------------------

  @Test
  void failed_reply_can_be_deleted_by_keyboard_and_was_never_sent() {
    String id = stack.inbound(ChatStack.DEMO_NUMBER, "+5511955502345", "Dora Falha", "Hi!").get("conversationId")
        .asText();
    FrameLocator chat = mount(page, ChatStack.DEMO_NUMBER, "light");
    open(chat, "Dora Falha");
    stack.failNextSends(2); // chat-app's own retry (same key) fails too

    chat.locator("#draft").fill("This one will fail");
    chat.locator("#draft").press("Enter");
    Locator failed = chat.locator("#log .bubble.failed");
    assertThat(failed).containsText("Not sent");
    Locator delete = failed.getByRole(AriaRole.BUTTON,
        new Locator.GetByRoleOptions().setName("Delete this unsent message"));
    assertThat(failed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retry"))).isVisible();
    screenshotAndAxe("failed-reply", "dark");
    screenshotAndAxe("failed-reply", "light");

    failed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retry")).focus();
    page.keyboard().press("Tab");
    assertThat(delete).isFocused();
    page.keyboard().press("Enter");

    assertThat(chat.locator("#log")).not().containsText("This one will fail");
    assertThat(chat.locator("#draft")).isFocused();
    List<String> stored = new ArrayList<>();
    texts(stack.platformMessages(token(ChatStack.DEMO_NUMBER), id)).forEach(m -> stored.add(m.get("text").asText()));
    assertThat(stored).containsExactly("Hi!");
  }

  // ---- offline ---------------------------------------------------------------------------------------------------

  @Test
  void offline_shows_a_banner_queues_replies_and_sends_them_once_in_order_when_back() {
    String id = stack.inbound(ChatStack.DEMO_NUMBER, "+5511955503456", "Otto Rede", "Are you there?")
        .get("conversationId").asText();
    FrameLocator chat = mount(page, ChatStack.DEMO_NUMBER, "light");
    Page second = context.newPage();
    second.navigate(host.sdkPage());
    FrameLocator other = mount(second, ChatStack.DEMO_NUMBER, "light");
    open(chat, "Otto Rede");
    open(other, "Otto Rede");
    page.waitForTimeout(300); // the live streams are open

    context.setOffline(true);
    Locator banner = chat.locator("#offline-banner");
    assertThat(banner).isVisible();
    assertThat(banner).hasAttribute("role", "status");
    for (String text : List.of("First, while offline", "Second, while offline", "Third, while offline")) {
      chat.locator("#draft").fill(text);
      chat.locator("#draft").press("Enter");
    }
    assertThat(chat.locator("#log .bubble[data-status=queued]")).hasCount(3);
    assertThat(chat.locator("#log .bubble[data-status=queued]").first()).containsText("Waiting for connection");
    screenshotAndAxe("offline-queued", "dark");
    screenshotAndAxe("offline-queued", "light");

    context.setOffline(false);

    assertThat(banner).isHidden(new com.microsoft.playwright.assertions.LocatorAssertions.IsHiddenOptions()
        .setTimeout(15_000));
    Locator sent = chat.locator("#log .bubble.out[id^=m-]");
    assertThat(sent.filter(new Locator.FilterOptions().setHasText("while offline"))).hasCount(3,
        new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(10_000));
    assertThat(chat.locator("#log .bubble[data-local]")).hasCount(0);
    List<String> stored = new ArrayList<>();
    texts(stack.platformMessages(token(ChatStack.DEMO_NUMBER), id)).forEach(m -> stored.add(m.get("text").asText()));
    assertThat(stored).containsExactly("Are you there?", "First, while offline", "Second, while offline",
        "Third, while offline");
    assertThat(other.locator("#log .bubble.out").filter(new Locator.FilterOptions().setHasText("while offline")))
        .hasCount(3, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(10_000));
    assertThat(other.locator("#log .bubble.out").last()).containsText("Third, while offline");
  }

  @Test
  void a_reply_whose_answer_was_lost_is_sent_again_with_its_key_and_stored_once() {
    String id = stack.inbound(ChatStack.DEMO_NUMBER, "+5511955504567", "Lia Perdida", "Hello?")
        .get("conversationId").asText();
    FrameLocator chat = mount(page, ChatStack.DEMO_NUMBER, "light");
    open(chat, "Lia Perdida");
    AtomicInteger lost = new AtomicInteger();
    Consumer<Route> loseFirstAnswer = route -> {
      if (route.request().method().equals("POST") && lost.getAndIncrement() == 0) {
        // chat-app and the platform handle it (fetched from here: chat.pilot.test resolves only in the browser) ...
        route.fetch(new Route.FetchOptions().setUrl(route.request().url().replaceFirst("//chat\\.pilot\\.test:",
            "//127.0.0.1:")));
        route.abort("connectionreset"); // ... and the answer never reaches the iframe
      } else {
        route.resume();
      }
    };
    page.route("**/fragments/conversations/*/messages", loseFirstAnswer);

    chat.locator("#draft").fill("Sent once, answered never");
    chat.locator("#draft").press("Enter");

    Locator mine = chat.locator("#log .bubble.out").filter(new Locator.FilterOptions()
        .setHasText("Sent once, answered never"));
    assertThat(mine.and(chat.locator("[id^=m-]"))).hasCount(1,
        new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(15_000));
    assertThat(mine).hasCount(1);
    assertThat(chat.locator("#offline-banner")).isHidden();
    List<String> stored = new ArrayList<>();
    texts(stack.platformMessages(token(ChatStack.DEMO_NUMBER), id)).forEach(m -> stored.add(m.get("text").asText()));
    assertThat(stored).containsExactly("Hello?", "Sent once, answered never");
    assertThat(posts).hasSizeGreaterThanOrEqualTo(2);
    assertThat(posts.stream().map(r -> r.headers().get("idempotency-key")).distinct().toList()).hasSize(1);
  }

  // ---- unread divider and the bounded DOM ----------------------------------------------------------------------

  /**
   * Issue 18: an unread run longer than a page put its divider at the top of the newest page, above the 30 newest,
   * so the agent started reading in its middle. The thread opens around the first unread message instead, the
   * divider with the full count above it, and jump-to-latest opens the newest. A short run keeps its divider in the
   * newest page.
   */
  @Test
  void an_unread_run_longer_than_a_page_opens_at_its_first_message_with_jump_to_latest() {
    for (int i = 1; i <= 40; i++) {
      stack.inbound(ChatStack.DEMO_NUMBER, "+5511955505678", "Nina Longa", "Nina line " + i);
    }
    for (int i = 1; i <= 3; i++) {
      stack.inbound(ChatStack.DEMO_NUMBER, "+5511955505679", "Rui Curto", "Rui line " + i);
    }
    FrameLocator chat = mount(page, ChatStack.DEMO_NUMBER, "light");
    page.waitForFunction("() => named('unread').length > 0");
    List<Object> unread = hostEvents(page, "unread");
    int unreadBefore = ((Number) unread.get(unread.size() - 1)).intValue();
    assertThat(chat.locator(".conv-row").filter(new Locator.FilterOptions().setHasText("Nina Longa")))
        .hasAttribute("data-unread", "40");
    open(chat, "Nina Longa");

    Locator divider = chat.locator("#unread-divider");
    assertThat(divider).hasText("40 unread messages");
    assertThat(chat.locator("#unread-divider + li .text")).hasText("Nina line 1");
    assertThat(divider).isInViewport();
    assertThat(chat.locator("#log .newer-row")).hasCount(1);
    Locator jump = chat.locator(".jump-latest");
    assertThat(jump).isVisible();
    page.waitForFunction("n => named('unread').some(e => e.x < n)", unreadBefore); // the host's onUnreadCount: read
    screenshotAndAxe("unread-long-run", "dark"); // the jump button's dark look changed with this
    screenshot("unread-long-run", "light");
    jump.click();
    assertThat(chat.locator("#log .bubble").last()).containsText("Nina line 40");
    assertThat(chat.locator("#log .newer-row")).hasCount(0);
    assertThat(jump).isHidden();

    open(chat, "Rui Curto");
    assertThat(divider).hasText("3 unread messages");
    assertThat(chat.locator("#unread-divider + li .text")).hasText("Rui line 1");
    assertThat(chat.locator("#log .newer-row")).hasCount(0);
    assertThat(jump).isHidden();
  }

  @Test
  void scrolling_far_keeps_the_dom_bounded_and_scrolling_back_restores_every_row_and_message() throws Exception {
    String number = stack.createNumber("Scale line", "+5511970000777");
    seed(number, 320, 300);
    FrameLocator chat = mount(page, number, "light");

    // The list: 320 conversations in pages of 50, at most 4 pages in the DOM.
    List<String> rows = walk(chat.locator("#conversations"), ".conv-row .name", 1);
    assertThat(rows).hasSize(320).doesNotHaveDuplicates();
    assertThat(maxSeen(chat, "#conversations")).isLessThanOrEqualTo(4 * 50 + 12);
    List<String> back = walk(chat.locator("#conversations"), ".conv-row .name", -1);
    assertThat(back).hasSize(320);
    Collections.reverse(back);
    assertThat(back).isEqualTo(rows);
    assertThat(chat.locator(".conv-row").first()).containsText("Long Thread");
    // Nothing in the rows spills past the document's end: the auto-sized iframe keeps its height, the lists scroll.
    assertThat(((Number) chat.locator("html").evaluate("h => h.scrollHeight - innerHeight")).intValue())
        .isLessThanOrEqualTo(1);

    // The thread: 300 messages in runs of 30, at most 6 runs in the DOM.
    open(chat, "Long Thread");
    List<String> up = walk(chat.locator("#log"), ".bubble .text", -1);
    assertThat(up).hasSize(300);
    assertThat(up.get(up.size() - 1)).isEqualTo("Message 0 of the long thread");
    assertThat(maxSeen(chat, "#log")).isLessThanOrEqualTo(6 * 30 + 20);
    List<String> down = walk(chat.locator("#log"), ".bubble .text", 1);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      expected.add("Message " + i + " of the long thread");
    }
    assertThat(down).isEqualTo(expected);
  }

  /**
   * Scrolls {@code container} page by page to its end ({@code direction} 1) or its start (-1), letting evicted pages
   * come back and edge pages load, and returns the texts of {@code selector} in the order they passed the viewport,
   * each once. Records the largest number of {@code li} the container held on the way ({@link #maxSeen}).
   */
  private List<String> walk(Locator container, String selector, int direction) {
    List<String> seen = new ArrayList<>();
    container.evaluate("(c, d) => { c.ps_maxLi = Math.max(c.ps_maxLi || 0, c.querySelectorAll('li').length);"
        + " c.scrollTop = d > 0 ? 0 : c.scrollHeight; }", direction);
    for (int step = 0; step < 250; step++) {
      page.waitForTimeout(60);
      @SuppressWarnings("unchecked")
      Map<String, Object> state = (Map<String, Object>) container.evaluate("(c, a) => {"
          + " const r = c.getBoundingClientRect();"
          + " c.ps_maxLi = Math.max(c.ps_maxLi || 0, c.querySelectorAll('li').length);"
          + " const near = [...c.querySelectorAll('li.evicted')].some(s => { const b = s.getBoundingClientRect();"
          + " return b.bottom > r.top - 10 && b.top < r.bottom + 10; });"
          + " const edge = c.querySelector(a[1] > 0 ? '.newer-row, .more-row' : '.older-row');"
          + " const texts = [...c.querySelectorAll(a[0])].filter(e => { const b = e.getBoundingClientRect();"
          + " return b.bottom > r.top && b.top < r.bottom; }).map(e => e.textContent.trim());"
          + " const end = a[1] > 0 ? c.scrollTop + c.clientHeight >= c.scrollHeight - 2 : c.scrollTop <= 0;"
          + " return { near, texts, end: end && !edge }; }", Arrays.asList(selector, direction));
      if ((Boolean) state.get("near")) {
        continue; // a page on its way back: look again
      }
      @SuppressWarnings("unchecked")
      List<String> texts = (List<String>) state.get("texts");
      if (direction < 0) {
        texts = new ArrayList<>(texts);
        Collections.reverse(texts);
      }
      for (String text : texts) {
        if (!seen.contains(text)) {
          seen.add(text);
        }
      }
      if ((Boolean) state.get("end")) {
        return seen;
      }
      container.evaluate("(c, d) => { c.scrollTop += d * c.clientHeight * 0.8; }", direction);
    }
    throw new AssertionError("never reached the end; saw " + seen.size() + "; " + container.evaluate("c => 'top '"
        + " + c.scrollTop + ' of ' + c.scrollHeight + ': ' + [...c.children].map(e => e.className + (e.dataset.page ?"
        + " '#' + e.dataset.page : '') + (e.dataset.url ? '@' + e.dataset.url : '')).filter((x, i, a) => x !== a[i - 1])"
        + ".join(' | ')"));
  }

  private static int maxSeen(FrameLocator chat, String container) {
    return ((Number) chat.locator(container).evaluate("c => c.ps_maxLi || 0")).intValue();
  }

  /** {@code conversations} contacts write to {@code number}; the last, "Long Thread", writes {@code messages}. */
  private static void seed(String number, int conversations, int messages) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < conversations - 1; i++) {
        int n = i;
        calls.add(pool.submit(() -> stack.inbound(number, "+55219" + (1_000_000 + n), "Contact " + n, "Hi " + n)));
      }
      for (Future<?> call : calls) {
        call.get();
      }
    } finally {
      pool.shutdown();
    }
    String longThread = null;
    for (int i = 0; i < messages; i++) {
      longThread = stack.inbound(number, "+552199999999", "Long Thread", "Message " + i + " of the long thread")
          .get("conversationId").asText();
    }
    // read, so the thread opens at its newest (an unread run opens at its first message)
    stack.platformRead(stack.mint(List.of(number), List.of(host.origin()), 60), longThread);
  }
}
