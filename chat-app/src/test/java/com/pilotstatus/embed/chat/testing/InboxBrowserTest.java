package com.pilotstatus.embed.chat.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.pilotstatus.embed.testing.Chromium;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the chat-app browser tests share: per class, a started {@link ChatStack} (deliveries step every 300 ms; tokens
 * refreshed 58 s before they expire, so a 60 s token after about 2 s), a {@link HostSite} on another origin and
 * Chromium; per test, a fresh context and page whose uncaught errors (host page or iframe) fail the test. A subclass's
 * own {@code @BeforeEach} runs after this one's: it adds its listeners and navigates.
 */
public abstract class InboxBrowserTest {

  protected static ChatStack stack;
  protected static HostSite host;
  protected static Chromium chromium;

  protected BrowserContext context;
  protected Page page;
  protected final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void startStack() {
    startWith(ChatStack.start(Duration.ofMillis(300), Duration.ofSeconds(58)));
  }

  /** For a subclass whose own {@code static startStack} (hiding this one) needs other chat settings. */
  protected static void startWith(ChatStack started) {
    stack = started;
    host = HostSite.start();
    chromium = Chromium.launch();
  }

  @AfterAll
  static void stopStack() {
    chromium.close();
    host.close();
    stack.close();
  }

  @BeforeEach
  void openPage() {
    context = chromium.newContext();
    page = context.newPage();
    page.onPageError(pageErrors::add);
  }

  /**
   * Mounts the chat through the real SDK ({@code embed.js}) on {@code on}, the host's SDK page already open
   * ({@link HostSite#sdkPage()}), with a token for the demo number, in English and {@code theme}; see
   * {@link #mountChat(Page, String, String, String)}.
   */
  protected FrameLocator mountChat(Page on, String theme) {
    return mountChat(on, ChatStack.DEMO_NUMBER, "en", theme);
  }

  /**
   * Mounts the chat with {@code PilotStatus.chat.mount} on {@code on} (the SDK page, already open) in a 900px-wide
   * slot, with a token for {@code number}, and waits for the host's {@code onReady} and the first list (a loaded
   * machine can take longer than 5 s). The host callbacks are recorded: {@link #hostEvents} reads them.
   */
  protected FrameLocator mountChat(Page on, String number, String locale, String theme) {
    String token = stack.mint(List.of(number), List.of(host.origin()), 900);
    on.evaluate("a => { document.body.style.margin = '0'; document.getElementById('inbox').style.width = '900px';"
        + " PilotStatus.init({ chatBaseUrl: a[0] });"
        + " window.chat = PilotStatus.chat.mount('#inbox', { token: a[1], locale: a[2], theme: a[3],"
        + " onReady: log('ready'), onConversationOpened: log('opened'), onUnreadCount: log('unread'),"
        + " onError: log('error') }); }", Arrays.asList(stack.chatOrigin(), token, locale, theme));
    on.waitForFunction("() => named('ready').length === 1", null,
        new Page.WaitForFunctionOptions().setTimeout(20_000));
    FrameLocator chat = on.frameLocator("#inbox iframe");
    PlaywrightAssertions.assertThat(chat.locator(".conv-row").first())
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    return chat;
  }

  /** What the host's {@code name} callback ({@code opened}, {@code unread}, {@code error}) got, in order. */
  protected static List<Object> hostEvents(Page on, String name) {
    @SuppressWarnings("unchecked")
    List<Object> values = (List<Object>) on.evaluate("n => named(n).map(e => e.x)", name);
    return values;
  }

  /** The SDK's {@code setTheme} on the mounted chat, in front, and waits until the iframe has the theme. */
  protected static void setTheme(Page on, String theme) {
    // In front first: a page behind another of its context paints nothing new, so its screenshot would be stale.
    on.bringToFront();
    on.evaluate("t => window.chat.setTheme(t)", theme);
    PlaywrightAssertions.assertThat(on.frameLocator("#inbox iframe, #mount iframe").locator("html"))
        .hasAttribute("data-theme", theme);
  }

  /** Opens {@code contact}'s conversation from the list and waits for its thread. */
  protected static void openConversation(FrameLocator chat, Contact contact) {
    chat.locator(".conv-row").filter(new Locator.FilterOptions().setHasText(contact.name())).locator("button").click();
    PlaywrightAssertions.assertThat(chat.locator(".thread h2")).hasText(contact.name());
  }

  @AfterEach
  void closeContext() {
    context.close();
    assertThat(pageErrors).as("uncaught errors in the host page or the iframe").isEmpty();
  }
}
