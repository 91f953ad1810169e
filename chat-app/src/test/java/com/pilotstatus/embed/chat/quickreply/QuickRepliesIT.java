package com.pilotstatus.embed.chat.quickreply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.pilotstatus.embed.testing.Axe.describe;
import static com.pilotstatus.embed.testing.Axe.serious;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Route;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.Contact;
import com.pilotstatus.embed.chat.testing.InboxBrowserTest;
import com.pilotstatus.embed.testing.Chromium;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The composer's quick replies and the closed 24-hour window's notes and reactions in real Chromium (issue 18), the
 * chat iframe framed through the SDK by a host on another origin: {@code /} opens the picker (ARIA combobox), typing
 * filters it, arrows and Enter/Tab insert by keyboard with the contact's name filled, Escape closes, a click inserts,
 * a reply saved through the API shows; with the window closed an internal note is still written and sent, and a
 * reaction is refused with the reason on screen. Axe-core in both themes with the picker open (0 serious or
 * critical); screenshots under {@code target/artifacts/}.
 */
class QuickRepliesIT extends InboxBrowserTest {

  @BeforeAll
  static void saveQuickReplies() {
    stack.addQuickReply(ChatStack.TENANT_KEY, "goodbye", "Obrigado, {{contact.name}}! Até logo.");
    stack.addQuickReply(ChatStack.TENANT_KEY, "greeting", "Olá {{contact.firstName}}! Como posso ajudar?");
    stack.addQuickReply(ChatStack.TENANT_KEY, "pix-key", "Nossa chave Pix: pix@acme.test");
  }

  @BeforeEach
  void openHost() {
    page.navigate(host.sdkPage());
  }

  @Test
  void slash_opens_filters_inserts_by_keyboard_and_click_and_a_reply_saved_through_the_api_shows() {
    Contact gil = Contact.writing(stack, "Gil Prado", "Qual é a chave Pix?");
    FrameLocator chat = mountChat(page, "light");
    openConversation(chat, gil);
    Locator draft = chat.locator("#draft");
    Locator shown = chat.locator("#qr-list [role=option]:visible");
    draft.focus();

    page.keyboard().type("/");
    assertThat(shown).hasCount(3);
    assertThat(draft).hasAttribute("aria-expanded", "true");
    assertThat(draft).hasAttribute("aria-controls", "qr-list");
    assertThat(chat.locator("#qr-list")).hasAttribute("role", "listbox");
    assertThat(draft).hasAttribute("aria-activedescendant", shown.first().getAttribute("id"));
    assertThat(shown.first()).hasAttribute("aria-selected", "true");
    page.keyboard().type("gre");
    assertThat(shown).hasCount(1);
    assertThat(shown.first()).containsText("/greeting");
    page.keyboard().type("x");
    assertThat(shown).hasCount(0);
    assertThat(chat.locator(".qr-none")).isVisible();
    assertThat(draft).hasAttribute("aria-expanded", "false");
    page.keyboard().press("Backspace");
    assertThat(shown).hasCount(1);
    page.keyboard().press("Escape");
    assertThat(chat.locator("#quick-replies")).isHidden();
    assertThat(draft).hasAttribute("aria-expanded", "false");
    assertThat(draft).hasValue("/gre");
    assertThat(chat.locator(".thread h2")).hasText("Gil Prado"); // Escape closed the picker only

    draft.fill("");
    page.keyboard().type("Oi! /");
    assertThat(shown).hasCount(3); // each opening asks chat-app again
    page.keyboard().press("ArrowDown");
    assertThat(shown.nth(1)).hasAttribute("aria-selected", "true");
    page.keyboard().press("ArrowUp");
    page.keyboard().press("ArrowUp"); // wraps to the last
    assertThat(shown.nth(2)).hasAttribute("aria-selected", "true");
    page.keyboard().type("gr");
    page.keyboard().press("Tab");
    assertThat(draft).hasValue("Oi! Olá Gil! Como posso ajudar?");
    assertThat(draft).isFocused();
    assertThat(chat.locator("#quick-replies")).isHidden();
    page.keyboard().type(" /pix");
    assertThat(shown).hasCount(1);
    page.keyboard().press("Enter");
    assertThat(draft).hasValue("Oi! Olá Gil! Como posso ajudar? Nossa chave Pix: pix@acme.test");
    page.keyboard().press("Enter"); // the picker is closed: Enter sends
    assertThat(chat.locator("#log .bubble.out").last())
        .containsText("Oi! Olá Gil! Como posso ajudar? Nossa chave Pix: pix@acme.test");

    page.keyboard().type("/");
    chat.locator("#qr-list [role=option]").filter(new Locator.FilterOptions().setHasText("/goodbye")).click();
    assertThat(draft).hasValue("Obrigado, Gil Prado! Até logo.");
    assertThat(draft).isFocused();

    stack.addQuickReply(ChatStack.TENANT_KEY, "tracking", "{{contact.firstName}}, o código de rastreio segue abaixo.");
    assertThat(showsAfterRetyping(chat, "/track")).as("a reply saved through the API shows").isTrue();
    page.keyboard().press("Enter");
    assertThat(draft).hasValue("Gil, o código de rastreio segue abaixo.");
  }

  /**
   * Issue 18: Enter pressed before the quick-reply list had loaded sent the {@code /…} draft as typed. The list's
   * request is held (the real server's answer, only late): Enter then does nothing, and once the list is here it
   * inserts the highlighted option; Escape while loading closes the picker for good, and Enter then sends as typed.
   */
  @Test
  void enter_while_the_quick_replies_load_does_not_send_the_slash_draft() {
    Contact nara = Contact.writing(stack, "Nara Couto", "Tem Pix?");
    List<Route> held = new CopyOnWriteArrayList<>();
    context.route("**/quick-replies", held::add);
    FrameLocator chat = mountChat(page, "light");
    openConversation(chat, nara);
    Locator draft = chat.locator("#draft");
    Locator sent = chat.locator("#log .bubble.out");
    int before = sent.count();
    draft.focus();

    page.keyboard().type("/pix");
    page.waitForCondition(() -> held.size() == 1);
    page.keyboard().press("Enter");
    assertThat(draft).hasValue("/pix");
    assertThat(sent).hasCount(before);
    held.get(0).resume();
    assertThat(chat.locator("#qr-list [role=option]:visible")).hasCount(1);
    page.keyboard().press("Enter");
    assertThat(draft).hasValue("Nossa chave Pix: pix@acme.test");

    page.keyboard().type(" /gre");
    page.waitForCondition(() -> held.size() == 2);
    page.keyboard().press("Escape");
    assertThat(chat.locator("#quick-replies")).isHidden();
    page.waitForResponse("**/quick-replies", () -> held.get(1).resume());
    assertThat(chat.locator("#quick-replies")).isHidden(); // answered, and still closed
    page.keyboard().press("Enter");
    assertThat(sent.last()).containsText("Nossa chave Pix: pix@acme.test /gre");
    assertThat(sent).hasCount(before + 1);
  }

  @Test
  void closed_window_still_takes_an_internal_note_and_refuses_a_reaction_saying_why() {
    Contact hana = Contact.writing(stack, "Hana Reis", "Vou pensar e te aviso");
    stack.moveLastInbound(hana.conversationId(), Instant.now().minus(Duration.ofHours(25)));
    FrameLocator chat = mountChat(page, "light");
    openConversation(chat, hana);

    assertThat(chat.locator("#templates-open")).isFocused();
    assertThat(chat.locator(".composer.note-only #note-hint")).isVisible();
    assertThat(chat.locator("#note-hint")).containsText("you can still write an internal note");
    assertThat(chat.locator("#draft")).hasAttribute("placeholder", "Write an internal note");
    page.keyboard().press("Tab");
    assertThat(chat.locator("#draft")).isFocused();
    page.keyboard().type("Liguei: ela responde amanhã");
    page.keyboard().press("Enter");
    assertThat(chat.locator("#log .bubble.note").last()).containsText("Liguei: ela responde amanhã");
    assertThat(chat.locator("#log .bubble.note").last()).hasAttribute("id", Pattern.compile("^m-msg_")); // stored
    JsonNode data = stack.platformMessages(tokenFor(), hana.conversationId()).get("data");
    assertThat(data.get(data.size() - 1).get("direction").asText()).isEqualTo("note");

    Locator bubble = chat.locator("#m-" + hana.firstMessageId());
    bubble.focus();
    page.keyboard().press("e");
    page.keyboard().press("Enter");

    assertThat(chat.locator(".window-refused")).hasAttribute("role", "alert");
    assertThat(chat.locator(".window-refused")).containsText("Your reaction was not sent because the 24-hour window closed");
    assertThat(chat.locator("#m-" + hana.firstMessageId() + " .reactions")).hasCount(0);
    assertThat(stack.platformMessages(tokenFor(), hana.conversationId()).at("/data/0/reactions").isMissingNode()).isTrue();
    assertThat(chat.locator(".composer.note-only #draft")).isVisible(); // still a note box
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("window-closed-note-reaction-light.png")));
    setTheme(page, "dark");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("window-closed-note-reaction-dark.png")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void picker_open_has_no_serious_or_critical_violations(String theme) {
    Contact ivo = Contact.writing(stack, theme.equals("light") ? "Ivo Matos" : "Jade Lopes", "Bom dia!");
    FrameLocator chat = mountChat(page, theme);
    openConversation(chat, ivo);
    chat.locator("#draft").focus();
    page.keyboard().type("/");
    assertThat(chat.locator("#qr-list [role=option]").first()).hasAttribute("aria-selected", "true");
    page.keyboard().press("ArrowDown");
    assertThat(chat.locator("#qr-list [role=option]").nth(1)).hasAttribute("aria-selected", "true");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("quick-replies-" + theme + ".png")));

    List<Rule> violations = new AxeBuilder(page).analyze().getViolations();

    System.out.println("[axe] quick replies " + theme + ": " + describe(violations));
    assertThat(serious(violations)).as(describe(violations)).isEmpty();
  }

  /**
   * Types {@code typed} into an emptied draft until an option shows: the picker asks chat-app on each opening, and
   * chat-app reuses a tenant's list for {@link QuickReplyHandlers#FRESH_FOR}.
   */
  private boolean showsAfterRetyping(FrameLocator chat, String typed) {
    long deadline = System.nanoTime() + QuickReplyHandlers.FRESH_FOR.toNanos() + 5_000_000_000L;
    Locator option = chat.locator("#qr-list [role=option]:visible");
    while (System.nanoTime() < deadline) {
      chat.locator("#draft").fill("");
      page.keyboard().type(typed);
      try {
        option.first().waitFor(new Locator.WaitForOptions().setTimeout(1_000));
        return true;
      } catch (PlaywrightException e) {
        // still the list from before the save: type it again
      }
    }
    return false;
  }

  private static String tokenFor() {
    return stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 300);
  }
}
