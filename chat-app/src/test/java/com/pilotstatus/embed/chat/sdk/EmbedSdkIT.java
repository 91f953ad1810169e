package com.pilotstatus.embed.chat.sdk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.InboxBrowserTest;
import com.pilotstatus.embed.protocol.ChatHeaders;
import com.pilotstatus.embed.protocol.ChatPaths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real {@code embed.js} on a host page ({@code app.acme.test}) against the real chat-app and platform-sandbox
 * ({@code chat.pilot.test}), in real Chromium: what the host's callbacks hear from the chat iframe's own checks.
 * The SDK's protocol edge cases are tested against stubs in the browser module.
 */
class EmbedSdkIT extends InboxBrowserTest {

  @BeforeEach
  void openHost() {
    page.navigate(host.sdkPage());
    page.evaluate("chat => PilotStatus.init({ chatBaseUrl: chat })", stack.chatOrigin());
  }

  private FrameLocator mount(String token) {
    page.evaluate("t => { window.chat = PilotStatus.chat.mount('#inbox', { token: t, locale: 'en',"
        + " onLoaderStart: log('loaderStart'), onReady: log('ready'), onError: log('error'),"
        + " onLoadError: log('loadError'), onConversationOpened: log('opened') }); }", token);
    return page.frameLocator("#inbox iframe");
  }

  private FrameLocator mountReady() {
    FrameLocator chat = mount(stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900));
    page.waitForFunction("() => named('ready').length === 1");
    assertThat(chat.locator(".conv-row").first()).isVisible();
    return chat;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> firstError() {
    page.waitForFunction("() => named('error').length >= 1");
    return (Map<String, Object>) page.evaluate("() => named('error')[0].x");
  }

  private int count(String name) {
    return ((Number) page.evaluate("n => named(n).length", name)).intValue();
  }

  @SuppressWarnings("unchecked")
  private List<String> order() {
    return (List<String>) page.evaluate("() => events.map(e => e.n)");
  }

  // ---- onReady ----------------------------------------------------------------------------------------------

  @Test
  void token_for_another_origin_gets_ORIGIN_NOT_ALLOWED_and_never_onReady() {
    String foreign = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of("https://other-saas.example"), 900);
    FrameLocator chat = mount(foreign);

    page.waitForFunction("() => named('error').length === 1");
    assertThat(chat.locator("[data-state=error]")).isVisible();
    page.waitForTimeout(500); // anything still on its way would arrive now

    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) page.evaluate("() => named('error')[0].x");
    assertThat(error).containsEntry("code", "ORIGIN_NOT_ALLOWED");
    assertThat(count("ready")).as("onReady for a token the iframe refused").isZero();
  }

  @Test
  void good_token_gets_onReady_once_after_the_session_check() {
    String token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900);
    FrameLocator chat = mount(token);

    page.waitForFunction("() => named('ready').length === 1");
    assertThat(chat.locator(".conv-row").first()).isVisible();
    page.evaluate("() => chat.setLocale('pt')"); // a locale change reloads the inbox, not the session
    page.waitForTimeout(500);

    assertThat(order()).containsExactly("loaderStart", "ready");
  }

  /** The runtime reads the zone through Temporal when the browser has it (first paint), else Intl: the same name. */
  @Test
  void the_session_check_carries_the_browsers_time_zone() {
    try (BrowserContext saoPaulo = chromium.newContext(
        new Browser.NewContextOptions().setTimezoneId("America/Sao_Paulo"))) {
      // Both ask with the token: the first inbox (the boot script's, before the runtime ran) and the session check.
      List<String> zones = new CopyOnWriteArrayList<>();
      saoPaulo.onRequest(request -> {
        if (request.url().equals(stack.chatOrigin() + ChatPaths.SESSION)
            || request.url().equals(stack.chatOrigin() + ChatPaths.FIRST_INBOX)) {
          zones.add(request.headerValue(ChatHeaders.TIME_ZONE));
        }
      });
      Page other = saoPaulo.newPage();
      other.navigate(host.sdkPage());
      other.evaluate("a => { PilotStatus.init({ chatBaseUrl: a[0] }); PilotStatus.chat.mount('#inbox', { token: a[1] }); }",
          List.of(stack.chatOrigin(), stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900)));
      assertThat(other.frameLocator("#inbox iframe").locator(".conv-row").first()).isVisible();
      other.waitForCondition(() -> zones.size() >= 2);
      assertThat(zones).containsExactly("America/Sao_Paulo", "America/Sao_Paulo");
    }
  }

  // ---- update, openConversation ---------------------------------------------------------------------------

  @Test
  void update_switches_theme_and_locale_live() {
    FrameLocator chat = mountReady();
    page.evaluate("() => chat.update({ theme: 'dark', locale: 'pt' })");

    assertThat(chat.locator("html")).hasAttribute("data-theme", "dark");
    assertThat(chat.locator("html")).hasAttribute("lang", "pt-BR");
  }

  @Test
  void openConversation_opens_it_and_tells_onConversationOpened() {
    FrameLocator chat = mountReady();
    String id = chat.locator(".conv-row").nth(1).getAttribute("id").substring(2); // rows are id="c-{conversationId}"
    String name = chat.locator(".conv-row").nth(1).locator(".name").innerText();

    page.evaluate("id => chat.openConversation(id)", id);

    assertThat(chat.locator(".thread h2")).hasText(name);
    page.waitForFunction("() => named('opened').length === 1");
    assertThat(page.evaluate("() => named('opened')[0].x")).isEqualTo(id);
  }

  @Test
  void openConversation_out_of_scope_or_unknown_gets_CONVERSATION_NOT_FOUND() {
    String[] other = stack.otherNumberWithConversation(); // a real conversation of a number the token does not cover
    mountReady();

    page.evaluate("id => chat.openConversation(id)", other[1]);
    assertThat(firstError()).containsEntry("code", "CONVERSATION_NOT_FOUND");
    page.evaluate("() => chat.openConversation('cv_does_not_exist')");
    page.waitForFunction("() => named('error').length === 2");

    assertThat(page.evaluate("() => named('error').map(e => e.x.code)"))
        .isEqualTo(List.of("CONVERSATION_NOT_FOUND", "CONVERSATION_NOT_FOUND"));
    assertThat(page.evaluate("() => named('opened').length")).isEqualTo(0);
  }
}
