package com.pilotstatus.embed.chat.conversation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.Contact;
import com.pilotstatus.embed.chat.testing.InboxBrowserTest;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a thread kept open longer than its signed media URLs live (3 s here, {@code PS_CHAT_MEDIA_URL_SECONDS})
 * still works, in real Chromium through the real SDK — the photo viewer opened after the expiry shows the photo, the
 * document card downloads the file, and a lazy photo first scrolled into view then loads; each with a URL the runtime
 * fetched again ({@code GET /media/{id}/url}), never the expired one.
 */
class ExpiredMediaUrlsIT extends InboxBrowserTest {

  @BeforeAll
  static void startStack() { // hides InboxBrowserTest's: media URLs that expire while the test looks on
    startWith(ChatStack.start(c -> c.withMediaUrlLifetime(Duration.ofSeconds(3))));
  }

  @Test
  void media_opened_after_its_url_expired_loads_with_a_fresh_url() throws Exception {
    Contact kai = Contact.writing(stack, "Kai Longday", "Bom dia");
    stack.inboundWith(ChatStack.DEMO_NUMBER, kai.from(), kai.name(), Map.of("media", Map.of("kind", "image")));
    for (int i = 1; i <= 40; i++) { // enough text to keep the first photo far below the fold, not loaded yet
      stack.inbound(ChatStack.DEMO_NUMBER, kai.from(), kai.name(), "Linha " + i + " do pedido");
    }
    stack.inboundWith(ChatStack.DEMO_NUMBER, kai.from(), kai.name(), Map.of("media", Map.of("kind", "document")));
    stack.inboundWith(ChatStack.DEMO_NUMBER, kai.from(), kai.name(), Map.of("media", Map.of("kind", "image")));
    // Read: the thread opens at its newest page, not at its first unread message (a run longer than a page).
    stack.platformRead(stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 60), kai.conversationId());
    // The files' first requests are held until their URLs expired (as for a photo not yet loaded when the agent
    // scrolls to it): the browser then asks with the expired URL, and the server refuses it.
    List<Route> held = new CopyOnWriteArrayList<>();
    AtomicBoolean holding = new AtomicBoolean(true);
    context.route(url -> url.startsWith(stack.chatOrigin() + "/media/") && url.contains("exp="), route -> {
      if (holding.get()) {
        held.add(route);
      } else {
        route.resume();
      }
    });
    page.navigate(host.sdkPage());
    page.evaluate("chat => PilotStatus.init({ chatBaseUrl: chat })", stack.chatOrigin());
    page.evaluate("t => PilotStatus.chat.mount('#inbox', { token: t, locale: 'en' })",
        stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900));
    FrameLocator chat = page.frameLocator("#inbox iframe");
    openConversation(chat, kai);
    Locator lazy = chat.locator(".media-image img").first();
    Locator recent = chat.locator("a.media-image").last();
    assertThat(recent.locator("img")).isVisible();
    String rendered = lazy.getAttribute("src");
    String expiry = rendered.replaceAll(".*[?&]exp=([0-9]+).*", "$1");

    page.waitForCondition(() -> System.currentTimeMillis() / 1000.0 > Long.parseLong(expiry) + 0.5,
        new com.microsoft.playwright.Page.WaitForConditionOptions().setTimeout(10_000));
    assertThat(loaded(lazy)).as("the first photo is not loaded before its URL expired").isFalse();
    holding.set(false);
    held.forEach(Route::resume); // now too late: 404, and the runtime asks for a fresh URL
    page.waitForCondition(() -> loaded(recent.locator("img")));
    assertThat(recent.locator("img").getAttribute("src")).doesNotContain("exp=" + expiry);

    recent.focus();
    page.keyboard().press("Enter");
    Locator viewer = chat.locator("#photo-viewer");
    assertThat(viewer).isVisible();
    page.waitForCondition(() -> loaded(viewer.locator("img")));
    assertThat(viewer.locator("img").getAttribute("src")).doesNotContain("exp=" + expiry);
    page.keyboard().press("Escape");
    assertThat(viewer).isHidden();

    Download download = page.waitForDownload(() -> chat.locator("a.media-document").click());
    assertThat(download.failure()).isNull();
    assertThat(download.url()).doesNotContain("exp=" + expiry);
    assertThat(Files.readAllBytes(download.path())).startsWith("%PDF".getBytes());

    lazy.scrollIntoViewIfNeeded();
    page.waitForCondition(() -> loaded(lazy));
    assertThat(lazy.getAttribute("src")).isNotEqualTo(rendered);
  }

  private static boolean loaded(Locator img) {
    return ((Number) img.evaluate("i => i.complete ? i.naturalWidth : 0")).intValue() > 0;
  }
}
