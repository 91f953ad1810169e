package com.pilotstatus.embed.connect.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.pilotstatus.embed.testing.Chromium;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The browser side the connect page's Chromium tests share: one Chromium per class, a fresh 1000×760 context per test,
 * and no uncaught page error allowed. Each test class starts its own stack and host in its own {@code @BeforeAll}
 * (which runs after this one).
 */
abstract class FramedPageTest {

  static final Duration WAIT = Duration.ofSeconds(15);

  static Chromium chromium;
  BrowserContext context;
  Page page;
  final List<String> pageErrors = new ArrayList<>();

  @BeforeAll
  static void launchChromium() {
    chromium = Chromium.launch();
  }

  @AfterAll
  static void closeChromium() {
    chromium.close();
  }

  @BeforeEach
  void openContext() {
    context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1000, 760));
    context.setDefaultTimeout(WAIT.toMillis());
    page = context.newPage();
    page.onPageError(pageErrors::add);
  }

  @AfterEach
  void closeContext() {
    context.close();
    assertThat(pageErrors).as("uncaught page errors").isEmpty();
  }
}
