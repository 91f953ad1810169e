package com.pilotstatus.embed.chat.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.InboxBrowserTest;
import com.pilotstatus.embed.protocol.ChatPaths;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shell's inline boot script (issue 17 §2, first paint), in real Chromium through the real SDK on another origin:
 * on a plain {@code init} it paints the first inbox before the runtime has run, and the runtime adopts that answer
 * (one inbox request, not two) and works on; an {@code init} it must not serve (appearance variables, a second init, a
 * refused token) goes to the runtime as before, with the runtime's states and host callbacks.
 */
class BootPaintIT extends InboxBrowserTest {

  /** {@code METHOD path} of every request to chat-app, in order. */
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void recordRequests() {
    context.onRequest(r -> {
      if (r.url().startsWith(stack.chatOrigin())) {
        URI uri = URI.create(r.url());
        requests.add(r.method() + " " + uri.getPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
      }
    });
  }

  private Frame chatFrame() {
    return page.frames().stream().filter(f -> f.url().startsWith(stack.chatOrigin())).findFirst().orElseThrow();
  }

  /** The start time of performance mark {@code name} in the iframe, or -1 when it was not set. */
  private double mark(String name) {
    return ((Number) chatFrame().evaluate("n => { const m = performance.getEntriesByName(n);"
        + " return m.length ? m[0].startTime : -1; }", name)).doubleValue();
  }

  private long count(String request) {
    return requests.stream().filter(request::equals).count();
  }

  @Test
  void a_plain_init_paints_the_inbox_before_the_runtime_runs_and_the_runtime_adopts_it() {
    page.navigate(host.sdkPage());
    FrameLocator chat = mountChat(page, "dark");

    // Painted by the boot script: before the runtime started, in the theme init asked for.
    assertThat(mark("pilot-status:inbox")).isPositive().isLessThan(mark("pilot-status:runtime-start"));
    assertThat(chat.locator("html")).hasAttribute("data-theme", "dark");
    // The runtime adopted that answer: the first inbox was asked for once; the session check is the runtime's.
    page.waitForCondition(() -> count("POST " + ChatPaths.SESSION) == 1);
    assertThat(count("GET " + ChatPaths.FIRST_INBOX)).isEqualTo(1);
    assertThat(chat.locator("#app")).not().hasAttribute("data-painted", "boot");
    assertThat(chat.locator("#app")).not().hasAttribute("aria-busy", "true");
    assertThat(chatFrame().evaluate("() => window.pilotStatusBoot === undefined")).isEqualTo(true);

    // And it drives the inbox it did not render: a row opens its thread, the host hears of it.
    chat.locator(".conv-row", new FrameLocator.LocatorOptions().setHasText("Mariana Costa")).locator("button.conv")
        .click();
    assertThat(chat.locator("#draft")).isVisible();
    page.waitForCondition(() -> hostEvents(page, "opened").size() == 1);
    assertThat(count("GET " + ChatPaths.FIRST_INBOX)).isEqualTo(1);
    assertThat(pageErrors).isEmpty();
  }

  @Test
  void an_init_with_appearance_variables_is_painted_by_the_runtime_with_them() {
    page.navigate(host.sdkPage());
    String token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900);
    page.evaluate("a => { PilotStatus.init({ chatBaseUrl: a[0] }); PilotStatus.chat.mount('#inbox', { token: a[1],"
        + " locale: 'en', appearance: { variables: { colorPrimary: '#635BFF' } }, onReady: log('ready') }); }",
        Arrays.asList(stack.chatOrigin(), token));
    page.waitForFunction("() => named('ready').length === 1");
    FrameLocator chat = page.frameLocator("#inbox iframe");
    assertThat(chat.locator(".conv-row").first()).isVisible();

    // The boot script cannot check appearance values (the runtime's shared rules do): it left the paint to the
    // runtime, so the inbox never showed without the host's colour.
    assertThat(mark("pilot-status:inbox")).isGreaterThan(mark("pilot-status:runtime-start"));
    assertThat(chat.locator(".avatar").first().evaluate("a => getComputedStyle(a).backgroundColor"))
        .isEqualTo("rgb(99, 91, 255)");
    assertThat(count("GET " + ChatPaths.FIRST_INBOX)).isEqualTo(1);
  }

  @Test
  void a_refused_token_gets_the_runtimes_state_and_callback() {
    page.navigate(host.sdkPage());
    String expired = stack.mintExpired(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()));
    page.evaluate("a => { PilotStatus.init({ chatBaseUrl: a[0] }); PilotStatus.chat.mount('#inbox', { token: a[1],"
        + " locale: 'en', onSessionExpired: log('expired'), onError: log('error') }); }",
        Arrays.asList(stack.chatOrigin(), expired));
    FrameLocator chat = page.frameLocator("#inbox iframe");

    assertThat(chat.locator("[data-state=expired]")).isVisible();
    page.waitForCondition(() -> hostEvents(page, "expired").size() == 1);
    assertThat(mark("pilot-status:inbox")).isEqualTo(-1); // nothing painted from a refused answer
    assertThat(chat.locator(".conv-row")).hasCount(0);
  }

  /**
   * The agent acts on the painted inbox while the runtime is still on its way (held here): a search typed and a row
   * clicked reach the runtime once it has taken over, in order; nothing is lost, and nothing ran before it.
   */
  @Test
  void input_before_the_runtime_ran_reaches_it_in_order() {
    List<Route> held = new CopyOnWriteArrayList<>();
    context.route("**/assets/chat-runtime*.js", held::add);
    page.navigate(host.sdkPage());
    String token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900);
    page.evaluate("a => { PilotStatus.init({ chatBaseUrl: a[0] }); PilotStatus.chat.mount('#inbox', { token: a[1],"
        + " locale: 'en', onConversationOpened: log('opened') }); }", Arrays.asList(stack.chatOrigin(), token));
    FrameLocator chat = page.frameLocator("#inbox iframe");
    Locator mariana = chat.locator(".conv-row", new FrameLocator.LocatorOptions().setHasText("Mariana Costa"));
    assertThat(mariana).isVisible();
    page.waitForCondition(() -> held.size() == 1);

    chat.locator("#search").fill("Mariana");
    mariana.locator("button.conv").click();
    assertThat(chat.locator("#draft")).hasCount(0); // held: no runtime yet
    assertThat(mark("pilot-status:runtime-start")).isEqualTo(-1);

    held.get(0).resume();
    assertThat(chat.locator(".thread h2")).hasText("Mariana Costa");
    page.waitForCondition(() -> hostEvents(page, "opened").size() == 1);
    assertThat(chat.locator(".conv-row")).hasCount(1); // the search, heard by the runtime
    assertThat(count("GET " + ChatPaths.FIRST_INBOX)).isEqualTo(1);
    assertThat(pageErrors).isEmpty();
  }

  /** A host that inits twice before the first inbox painted: the second token's inbox is the one that stays. */
  @Test
  void a_second_init_before_the_first_painted_wins() {
    String[] other = stack.otherNumberWithConversation();
    String first = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900);
    String second = stack.mint(List.of(other[0]), List.of(host.origin()), 900);
    page.navigate(host.hostPage());
    page.evaluate("a => startChat(a[0], null, 'en', 'light', 900, 600)", List.of(stack.chatOrigin()));
    page.waitForFunction("() => window.typesReceived().includes('ready')");

    page.evaluate("t => { sendToChat('init', { token: t[0], locale: 'en' }); sendToChat('init', { token: t[1],"
        + " locale: 'en' }); }", List.of(first, second));

    FrameLocator chat = page.frameLocator("#mount iframe");
    assertThat(chat.locator(".conv-row", new FrameLocator.LocatorOptions().setHasText("Carla Other"))).isVisible();
    page.waitForTimeout(500); // the first token's answer has come and gone by now
    assertThat(chat.locator(".conv-row", new FrameLocator.LocatorOptions().setHasText("Mariana Costa")))
        .hasCount(0);
    assertThat(pageErrors).isEmpty();
  }
}
