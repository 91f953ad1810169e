package com.pilotstatus.embed.e2e;

import com.microsoft.playwright.Page;
import com.pilotstatus.embed.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The lifecycle every journey shares: one {@link E2eStack} and one Chromium per class, a fresh page per test. */
abstract class E2eTest {

  static E2eStack stack;
  static Chromium chromium;
  Page page;

  @BeforeAll
  static void startStack() {
    stack = E2eStack.start();
    chromium = Chromium.launch();
  }

  @AfterAll
  static void stopStack() {
    if (chromium != null) {
      chromium.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @BeforeEach
  void openBrowser() {
    page = Browsing.newPage(chromium);
  }

  @AfterEach
  void closeBrowser() {
    page.context().close();
  }
}
