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
   * Mounts the chat through the SDK on {@code on} (a host page already open) with a token for the demo number, in
   * English and {@code theme}, and waits for the first list (a loaded machine can take longer than 5 s).
   */
  protected FrameLocator mountChat(Page on, String theme) {
    String token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900);
    on.evaluate("a => startChat(a[0], a[1], a[2], a[3], a[4], a[5])",
        Arrays.asList(stack.chatOrigin(), token, "en", theme, 900, 640));
    FrameLocator chat = on.frameLocator("#mount iframe");
    PlaywrightAssertions.assertThat(chat.locator(".conv-row").first())
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    return chat;
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
