package com.pilotstatus.embed.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitUntilState;
import com.pilotstatus.embed.testing.Chromium;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A host page in its own browser context with {@code embed.js} loaded, plus the ways tests look at it: the SDK
 * callbacks it recorded ({@code window.events}), the iframes it holds, and every uncaught page error.
 */
final class SdkPage implements AutoCloseable {

  final FixtureServer server;
  final BrowserContext context;
  final Page page;
  final List<String> pageErrors = new ArrayList<>();
  /** What the page logged with {@code console.warn}. */
  final List<String> warnings = new ArrayList<>();

  /** What the page logged with {@code console.error}. */
  final List<String> errors = new ArrayList<>();

  SdkPage(Chromium chromium, FixtureServer server, String path) {
    this(chromium, server, path, context -> { }, WaitUntilState.LOAD);
  }

  /**
   * A host page whose context {@code prepare} sets up first (routes, say), opened until {@code until}: the load event
   * waits for the SDK's core, {@code DOMCONTENTLOADED} does not.
   */
  SdkPage(Chromium chromium, FixtureServer server, String path, Consumer<BrowserContext> prepare,
      WaitUntilState until) {
    this.server = server;
    this.context = chromium.newContext();
    prepare.accept(context);
    this.page = context.newPage();
    page.onPageError(pageErrors::add);
    page.onConsoleMessage(m -> {
      if ("warning".equals(m.type())) {
        warnings.add(m.text());
      } else if ("error".equals(m.type())) {
        errors.add(m.text());
      }
    });
    page.navigate(server.origin(FixtureServer.HOST) + path, new Page.NavigateOptions().setWaitUntil(until));
  }

  /** {@code PilotStatus.init} pointing at the fixture chat and connect origins. */
  void initSdk() {
    page.evaluate("([chat, connect]) => PilotStatus.init({ chatBaseUrl: chat, connectBaseUrl: connect })",
        List.of(server.origin(FixtureServer.CHAT), server.origin(FixtureServer.CONNECT)));
  }

  /**
   * Mounts a chat into {@code #inbox} as {@code window.chat} with every callback recorded; {@code extra} is more
   * option entries in JS ({@code "fetchToken: ..."}), or empty for the defaults (token {@code tok-1}, en, light).
   */
  void mountChat(String extra) {
    page.evaluate("() => { window.chat = PilotStatus.chat.mount('#inbox', { "
        + (extra.contains("fetchToken") ? "" : "token: 'tok-1', ") + "locale: 'en', theme: 'light',"
        + " onReady: log('ready'), onUnreadCount: log('unread'), onConversationOpened: log('opened'),"
        + " onSessionExpired: log('expired'), onError: log('error')" + (extra.isEmpty() ? "" : ", " + extra)
        + " }); }");
  }

  /** The first frame whose URL starts with {@code http://{host}:{port}}, waiting for it to appear. */
  Frame frame(String host) {
    return frame(host, "");
  }

  /** The first frame whose URL starts with the host's origin and contains {@code marker}. */
  Frame frame(String host, String marker) {
    String origin = server.origin(host);
    Frame[] found = new Frame[1];
    page.waitForCondition(() -> {
      for (Frame f : page.frames()) {
        if (f.url().startsWith(origin) && f.url().contains(marker)) {
          found[0] = f;
          return true;
        }
      }
      return false;
    });
    return found[0];
  }

  /**
   * Reloads {@code host}'s frame on its next task: reloading inside {@code evaluate()} races Playwright's reply
   * ("execution context destroyed").
   */
  void reloadFrame(String host) {
    frame(host).evaluate("() => { setTimeout(() => location.reload(), 0); }");
  }

  /**
   * Evaluates {@code js} in {@code host}'s frame until it answers something other than {@code null}, and returns that.
   * Reads during a navigation may hit the dying document: they are retried until the new one answers.
   */
  Object awaitInFrame(String host, String js) {
    Object[] answer = new Object[1];
    PlaywrightException[] lastFailure = new PlaywrightException[1];
    try {
      page.waitForCondition(() -> {
        try {
          answer[0] = frame(host).evaluate(js);
          return answer[0] != null;
        } catch (PlaywrightException navigating) {
          lastFailure[0] = navigating;
          return false;
        }
      });
    } catch (TimeoutError e) {
      if (lastFailure[0] != null) {
        e.addSuppressed(lastFailure[0]); // a script error retried until the timeout still says what it was
      }
      throw e;
    }
    return answer[0];
  }

  /** How many SDK callbacks named {@code name} were recorded. */
  int count(String name) {
    return ((Number) page.evaluate("n => named(n).length", name)).intValue();
  }

  /** Waits until at least {@code n} callbacks named {@code name} were recorded. */
  void awaitCount(String name, int n) {
    page.waitForFunction("([name, n]) => named(name).length >= n", List.of(name, n));
  }

  /** The argument of every recorded callback named {@code name}, in order. */
  @SuppressWarnings("unchecked")
  List<Object> arguments(String name) {
    return (List<Object>) page.evaluate("n => named(n).map(e => e.x)", name);
  }

  @Override
  public void close() {
    context.close();
  }
}
