package com.pilotstatus.embed.chat.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.pilotstatus.embed.testing.Chromium;
import java.time.Duration;
import java.util.ArrayList;
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
    stack = ChatStack.start(Duration.ofMillis(300), Duration.ofSeconds(58));
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

  @AfterEach
  void closeContext() {
    context.close();
    assertThat(pageErrors).as("uncaught errors in the host page or the iframe").isEmpty();
  }
}
