package com.pilotstatus.embed.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.pilotstatus.embed.testing.Chromium;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** What every browser suite here does: a fresh context per test, generous timeouts (2 busy cores), screenshots. */
final class Browsing {

  static {
    PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
  }

  private Browsing() {
  }

  /** A fresh, isolated context (own cookies and storage) with a desktop viewport. */
  static Page newPage(Chromium chromium) {
    BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860));
    context.setDefaultTimeout(20_000);
    return context.newPage();
  }

  /** Keeps a full-page screenshot in {@code target/artifacts/<name>.png}. */
  static Path screenshot(Page page, String name) {
    Path path = Chromium.artifact(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(path).setFullPage(true));
    return path;
  }

  /** The callbacks the demo's pages logged ({@code window.demoEvents}: {@code {name, detail}}). */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> hostEvents(Page page) {
    return (List<Map<String, Object>>) page.evaluate("() => JSON.parse(JSON.stringify(window.demoEvents || []))");
  }

  /** The details of the host callbacks named {@code name}, in order. */
  static List<Object> hostEvents(Page page, String name) {
    return hostEvents(page).stream().filter(e -> name.equals(e.get("name"))).map(e -> e.get("detail")).toList();
  }

  /** Waits (polling, at most {@code millis}) until {@code condition} holds; fails with {@code what} otherwise. */
  static void await(String what, long millis, BooleanSupplier condition) {
    long deadline = System.currentTimeMillis() + millis;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }

  /** Collects the URL of every request the page's context makes. */
  static List<String> recordRequests(Page page) {
    List<String> urls = new CopyOnWriteArrayList<>();
    page.context().onRequest(request -> urls.add(request.url()));
    return urls;
  }
}
