package com.pilotstatus.embed.chat.template;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.pilotstatus.embed.testing.Axe.describe;
import static com.pilotstatus.embed.testing.Axe.serious;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.InboxBrowserTest;
import com.pilotstatus.embed.testing.Chromium;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 24-hour window and the template picker in real Chromium (issue 18), the chat iframe framed by a host on another
 * origin: the closed notice, the picker by keyboard (focus, labels, Escape), the form's validation and preview, a
 * send that shows in the thread and live in a second open iframe, the composer following the window live, the new
 * strings in pt and es, and axe-core on the open picker in both themes (0 serious or critical). Screenshots of the
 * closed composer and the picker, light and dark, are saved under {@code target/artifacts/}.
 */
class TemplatePickerIT extends InboxBrowserTest {

  @BeforeEach
  void openHost() {
    page.navigate(host.sdkPage());
  }

  private FrameLocator mount(Page on, String locale, String theme) {
    return mountChat(on, ChatStack.DEMO_NUMBER, locale, theme);
  }

  /** Opens {@code name}'s conversation after moving its contact's last message {@code hoursAgo} back. */
  private static void openWithLastInbound(FrameLocator chat, String name, int hoursAgo) {
    String token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of("http://app.acme.test:8090"), 60);
    stack.moveLastInbound(stack.conversationOf(token, name), Instant.now().minus(Duration.ofHours(hoursAgo)));
    row(chat, name).locator("button").click();
    assertThat(chat.locator(".thread h2")).hasText(name);
  }

  private static Locator row(FrameLocator chat, String name) {
    return chat.locator(".conv-row").filter(new Locator.FilterOptions().setHasText(name));
  }

  private static Locator visibleTemplates(FrameLocator chat) {
    return chat.locator("#template-list li:not([hidden])");
  }

  // ---- the closed window and a template send ----------------------------------------------------------------

  @Test
  void closed_window_template_is_filled_previewed_sent_and_shows_live_in_a_second_iframe() {
    FrameLocator chat = mount(page, "en", "light");
    Page second = context.newPage();
    second.navigate(host.sdkPage());
    FrameLocator other = mount(second, "en", "light");
    openWithLastInbound(chat, "Ana Souza", 25);
    row(other, "Ana Souza").locator("button").click();
    assertThat(other.locator(".thread h2")).hasText("Ana Souza");

    assertThat(chat.locator(".window-notice")).containsText("The 24-hour reply window is closed");
    assertThat(chat.locator("[data-action=note-mode]")).hasCount(0); // no reply box: internal notes only
    assertThat(chat.locator(".composer.note-only #draft")).isVisible();
    chat.locator("#templates-open").click();
    chat.locator("#template-q").fill("order");
    chat.locator("#template-language").selectOption(new SelectOption().setLabel("Portuguese (Brazil)"));
    assertThat(visibleTemplates(chat)).hasCount(1);
    visibleTemplates(chat).locator("button").click();
    chat.locator("#var-1").fill("Ana");
    chat.locator("#var-2").fill("#4821");
    chat.locator("#var-3").fill("chega amanhã");
    assertThat(chat.locator(".preview-bubble")).hasText("Olá Ana! Seu pedido #4821 foi atualizado: chega amanhã.");
    chat.locator("[data-action=send-template]").click();

    String sent = "Olá Ana! Seu pedido #4821 foi atualizado: chega amanhã.";
    assertThat(chat.locator("#log .bubble.out").last()).containsText(sent);
    assertThat(chat.locator("#template-picker")).hasCount(0);
    assertThat(chat.locator("#templates-open")).isFocused();
    assertThat(other.locator("#log .bubble.out").last()).containsText(sent);
    assertThat(chat.locator("#log .bubble").filter(new Locator.FilterOptions().setHasText(sent))).hasCount(1);
  }

  @Test
  void empty_value_is_refused_with_the_reason_next_to_its_field() {
    FrameLocator chat = mount(page, "en", "light");
    openWithLastInbound(chat, "Ana Souza", 25);
    chat.locator("#templates-open").click();
    chat.locator("#template-list [data-action=template]").filter(new Locator.FilterOptions().setHasText("follow_up"))
        .click();

    chat.locator("[data-action=send-template]").click();

    assertThat(chat.locator("#var-1")).hasAttribute("aria-invalid", "true");
    assertThat(chat.locator("#var-1-error")).hasText("Fill in this value.");
    assertThat(chat.locator("#var-1")).isFocused();
  }

  // ---- keyboard ------------------------------------------------------------------------------------------------

  @Test
  void picker_opens_filters_chooses_and_closes_by_keyboard() {
    FrameLocator chat = mount(page, "en", "light");
    openWithLastInbound(chat, "Ana Souza", 25);
    assertThat(chat.locator("#templates-open")).isFocused(); // opening the thread puts focus on the way out

    page.keyboard().press("Enter");
    assertThat(chat.locator("#template-q")).isFocused();
    assertThat(chat.locator("#templates-open")).hasAttribute("aria-expanded", "true");
    page.keyboard().type("seguimiento");
    assertThat(visibleTemplates(chat)).hasCount(1);
    page.keyboard().press("Tab");
    assertThat(chat.locator("#template-language")).isFocused();
    page.keyboard().press("Tab");
    assertThat(visibleTemplates(chat).locator("button")).isFocused();
    page.keyboard().press("Enter");
    assertThat(chat.locator("#var-1")).isFocused();
    page.keyboard().press("Escape");

    assertThat(chat.locator("#template-picker")).hasCount(0);
    assertThat(chat.locator("#templates-open")).isFocused();
    assertThat(chat.locator("#templates-open")).hasAttribute("aria-expanded", "false");
  }

  // ---- live: the composer follows the window ---------------------------------------------------------------

  @Test
  void composer_switches_to_templates_and_back_live_as_the_window_closes_and_reopens() {
    FrameLocator chat = mount(page, "en", "light");
    row(chat, "Emily Carter").locator("button").click();
    assertThat(chat.locator("#reply-area")).hasAttribute("data-window", "open");
    page.waitForTimeout(300); // the live stream is open
    String token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 60);
    String emily = stack.conversationOf(token, "Emily Carter");

    stack.moveLastInbound(emily, Instant.now().minus(Duration.ofHours(30)));
    assertThat(chat.locator("#templates-open")).isVisible();

    stack.inbound(ChatStack.DEMO_NUMBER, "+14155550123", "Emily Carter", "Are you there?");
    assertThat(chat.locator("#reply-area")).hasAttribute("data-window", "open");
    assertThat(chat.locator("[data-action=note-mode]")).isVisible();
    assertThat(chat.locator("#log .bubble.in").last()).containsText("Are you there?");
  }

  @Test
  void composer_switches_to_templates_when_the_window_closes_by_time_alone() {
    String token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 60);
    String james = stack.conversationOf(token, "James Wilson");
    // The contact's last message was 24 h minus 4 s ago: the window closes in 4 s, and no event will say so.
    stack.moveLastInbound(james, Instant.now().minus(Duration.ofHours(24)).plus(Duration.ofSeconds(4)));
    FrameLocator chat = mount(page, "en", "light");
    row(chat, "James Wilson").locator("button").click();
    assertThat(chat.locator("#draft")).isVisible();
    assertThat(chat.locator("#reply-area")).hasAttribute("data-window", "open");

    assertThat(chat.locator("#templates-open")).isVisible(
        new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
    assertThat(chat.locator(".window-notice")).containsText("The 24-hour reply window is closed");
    assertThat(chat.locator("[data-action=note-mode]")).hasCount(0); // the draft now takes internal notes only
  }

  // ---- i18n ----------------------------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "pt, A janela de 24 horas para respostas fechou, Escolher um modelo, Buscar pelo nome, Enviar modelo",
      "es, La ventana de 24 horas para responder se cerró, Elegir una plantilla, Buscar por nombre, Enviar plantilla"})
  void closed_window_and_picker_speak_the_hosts_locale(String locale, String title, String open, String search,
                                                      String send) {
    FrameLocator chat = mount(page, locale, "light");
    openWithLastInbound(chat, "Ana Souza", 25);

    assertThat(chat.locator(".window-title")).hasText(title);
    assertThat(chat.locator("#templates-open")).hasText(open);
    chat.locator("#templates-open").click();
    assertThat(chat.locator("label[for=template-q]")).hasText(search);
    chat.locator("#template-list [data-action=template]").first().click();
    assertThat(chat.locator("[data-action=send-template]")).hasText(send);
  }

  // ---- axe and screenshots -------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void open_picker_has_no_serious_or_critical_violations(String theme) {
    FrameLocator chat = mount(page, "en", theme);
    openWithLastInbound(chat, "Ana Souza", 25);
    assertThat(chat.locator("html")).hasAttribute("data-theme", theme);
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("window-closed-composer-" + theme + ".png")));

    chat.locator("#templates-open").click();
    assertThat(chat.locator("#template-list li").first()).isVisible();
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("template-picker-" + theme + ".png")));
    List<Rule> pickerViolations = new AxeBuilder(page).analyze().getViolations();

    chat.locator("#template-list [data-action=template]").filter(new Locator.FilterOptions().setHasText("order_update"))
        .first().click();
    chat.locator("#var-1").fill("Ana");
    chat.locator("[data-action=send-template]").scrollIntoViewIfNeeded();
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("template-form-" + theme + ".png")));
    List<Rule> formViolations = new AxeBuilder(page).analyze().getViolations();

    System.out.println("[axe] template picker " + theme + ": " + describe(pickerViolations) + "; form: "
        + describe(formViolations));
    assertThat(serious(pickerViolations)).as(describe(pickerViolations)).isEmpty();
    assertThat(serious(formViolations)).as(describe(formViolations)).isEmpty();
  }
}
