package com.pilotstatus.embed.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real Chromium for browser tests, shared by every module through shared-protocol's test-jar.
 *
 * <p>Uses the system Chromium ({@code PS_CHROMIUM}, default {@code /usr/bin/chromium}) when it exists, and then
 * tells Playwright not to download a browser of its own; on a machine without one, Playwright's downloaded browser
 * is used instead. {@code *.test} host names resolve to loopback, so tests get real, distinct origins such as
 * {@code http://app.acme.test:PORT} and {@code http://chat.pilot.test:PORT}.
 */
public final class Chromium implements AutoCloseable {

  private static final List<String> ARGS = List.of(
      "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-quic", "--host-resolver-rules=MAP *.test 127.0.0.1");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Launches headless Chromium. Close it (try-with-resources or {@code @AfterAll}). */
  public static Chromium launch() {
    Path system = Paths.get(System.getenv().getOrDefault("PS_CHROMIUM", "/usr/bin/chromium"));
    boolean useSystem = Files.isExecutable(system);
    Map<String, String> env = new HashMap<>();
    if (useSystem) {
      env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    }
    Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
    BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
    if (useSystem) {
      options.setExecutablePath(system);
    }
    return new Chromium(playwright, playwright.chromium().launch(options));
  }

  public Browser browser() {
    return browser;
  }

  /** A fresh, isolated browser context (own cookies and storage). */
  public BrowserContext newContext() {
    return browser.newContext();
  }

  /** A fresh context with the given options. */
  public BrowserContext newContext(Browser.NewContextOptions options) {
    return browser.newContext(options);
  }

  /** Where tests keep screenshots and other artifacts: {@code target/artifacts/<name>}. */
  public static Path artifact(String name) {
    Path path = Paths.get("target", "artifacts", name);
    try {
      Files.createDirectories(path.getParent());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot create " + path.getParent(), e);
    }
    return path;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
