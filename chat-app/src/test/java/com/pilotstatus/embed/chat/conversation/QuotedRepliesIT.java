package com.pilotstatus.embed.chat.conversation;

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
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.Contact;
import com.pilotstatus.embed.chat.testing.InboxBrowserTest;
import com.pilotstatus.embed.testing.Chromium;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quoted replies in real Chromium (issue 18), the chat iframe framed by a host on another origin: replying by
 * keyboard (the reply action, Enter, the R shortcut), the quote above the composer and Escape cancelling it, the sent
 * bubble with its quote (and live in a second open iframe), a quoted inbound arriving live, a quote whose original is on an older page (loaded, scrolled
 * to, highlighted), and axe-core with quotes and the preview shown in both themes (0 serious or critical).
 * Screenshots under {@code target/artifacts/}.
 */
class QuotedRepliesIT extends InboxBrowserTest {

  @BeforeEach
  void openHost() {
    page.navigate(host.sdkPage());
  }

  private FrameLocator mount(String theme) {
    return mountChat(page, theme);
  }

  private static void open(FrameLocator chat, Contact contact) {
    chat.locator(".conv-row").filter(new Locator.FilterOptions().setHasText(contact.name())).locator("button").click();
    assertThat(chat.locator(".thread h2")).hasText(contact.name());
  }

  @Test
  void reply_by_keyboard_is_quoted_above_the_composer_cancelled_by_escape_and_sent_with_its_quote() {
    Contact rosa = Contact.writing(stack, "Rosa Vidal", "Can I change the size of order #4821?");
    FrameLocator chat = mount("light");
    open(chat, rosa);
    Locator action = chat.locator("#m-" + rosa.firstMessageId() + " [data-action=reply]");
    Locator preview = chat.locator("#reply-preview");

    action.focus();
    page.keyboard().press("Enter");
    assertThat(preview).isVisible();
    assertThat(preview.locator(".quote-author")).hasText("Rosa Vidal");
    assertThat(preview.locator(".quote-text")).hasText("Can I change the size of order #4821?");
    assertThat(chat.locator("#draft")).isFocused();

    page.keyboard().press("Escape");
    assertThat(preview).isHidden();
    assertThat(chat.locator("#draft")).isFocused();
    assertThat(chat.locator(".thread h2")).hasText("Rosa Vidal"); // Escape cancelled the reply, not the thread

    action.focus();
    page.keyboard().press("r"); // the shortcut the action's title names
    assertThat(preview).isVisible();
    page.keyboard().type("Of course, which size?");
    page.keyboard().press("Enter");

    Locator sent = chat.locator("#log .bubble.out").last();
    assertThat(sent).containsText("Of course, which size?");
    assertThat(sent.locator("button.quote .quote-author")).hasText("Rosa Vidal");
    assertThat(sent.locator("button.quote .quote-text")).hasText("Can I change the size of order #4821?");
    assertThat(sent).hasAttribute("id", Pattern.compile("^m-msg_")); // the server's bubble, not the pending one
    assertThat(preview).isHidden();
    JsonNode stored = last(stack.platformMessages(tokenFor(), rosa.conversationId()));
    assertThat(stored.at("/quoted/id").asText()).isEqualTo(rosa.firstMessageId());
  }

  @Test
  void quoted_reply_shows_live_with_its_quote_in_a_second_open_iframe() {
    Contact vito = Contact.writing(stack, "Vito Campos", "Is delivery free?");
    FrameLocator chat = mount("light");
    Page second = context.newPage();
    second.navigate(host.sdkPage());
    FrameLocator other = mountChat(second, "light");
    open(chat, vito);
    open(other, vito);

    chat.locator("#m-" + vito.firstMessageId()).hover();
    chat.locator("#m-" + vito.firstMessageId() + " [data-action=reply]").click();
    chat.locator("#draft").fill("Above 50 it is.");
    chat.locator("[data-action=send]").click();

    Locator shown = other.locator("#log .bubble.out").last();
    assertThat(shown).containsText("Above 50 it is.");
    assertThat(shown.locator(".quote-author")).hasText("Vito Campos");
    assertThat(shown.locator(".quote-text")).hasText("Is delivery free?");
  }

  @Test
  void quoted_inbound_message_arrives_live_with_its_quote() {
    Contact saul = Contact.writing(stack, "Saul Neves", "Do you open on Saturday?");
    FrameLocator chat = mount("light");
    open(chat, saul);
    String agent = stack.platformSend(tokenFor(), saul.conversationId(), "Yes, from 9 to 1.");
    assertThat(chat.locator("#m-" + agent)).isVisible();

    stack.inboundQuoting(ChatStack.DEMO_NUMBER, saul.from(), "Perfect, thanks!", agent);

    Locator inbound = chat.locator("#log .bubble.in").last();
    assertThat(inbound).containsText("Perfect, thanks!");
    assertThat(inbound.locator(".quote-author")).hasText("You");
    assertThat(inbound.locator(".quote-text")).hasText("Yes, from 9 to 1.");
  }

  @Test
  void quote_of_a_message_on_an_older_page_loads_it_scrolls_to_it_and_highlights_it() {
    Contact tina = Contact.writing(stack, "Tina Rocha", "The very first question, long ago");
    for (int i = 1; i <= 40; i++) {
      stack.platformSend(tokenFor(), tina.conversationId(), "Reply number " + i);
    }
    stack.inboundQuoting(ChatStack.DEMO_NUMBER, tina.from(), "Back to my first question", tina.firstMessageId());
    stack.platformRead(tokenFor(), tina.conversationId()); // read: the thread opens at its newest, not its first unread
    FrameLocator chat = mount("light");
    open(chat, tina);
    Locator original = chat.locator("#m-" + tina.firstMessageId());
    assertThat(original).hasCount(0); // older than the page the thread opened with

    chat.locator("#log .bubble.in").last().locator("button.quote").click();

    assertThat(original).isVisible();
    assertThat(original).isInViewport();
    assertThat(original).isFocused();
    assertThat(original).hasClass(Pattern.compile("\\bflash\\b"));
    assertThat(chat.locator("#log .bubble").filter(new Locator.FilterOptions().setHasText("Reply number 1")).first())
        .isAttached();
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void quotes_and_the_reply_preview_have_no_serious_or_critical_violations(String theme) {
    Contact uma = Contact.writing(stack, theme.equals("light") ? "Uma Teles" : "Vera Dutra", "Is the blue one in stock?");
    String agent = stack.platformSend(tokenFor(), uma.conversationId(), "It is, shall I reserve one?");
    stack.inboundQuoting(ChatStack.DEMO_NUMBER, uma.from(), "Yes please!", agent);
    stack.platformSend(tokenFor(), uma.conversationId(), "Done!");
    FrameLocator chat = mount(theme);
    open(chat, uma);
    assertThat(chat.locator("#log .bubble.in").last().locator(".quote")).isVisible();
    chat.locator("#log .bubble.in").last().hover();
    chat.locator("#log .bubble.in").last().locator("[data-action=reply]").click();
    assertThat(chat.locator("#reply-preview")).isVisible();
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("quoted-replies-" + theme + ".png")));

    List<Rule> violations = new AxeBuilder(page).analyze().getViolations();

    System.out.println("[axe] quoted replies " + theme + ": " + describe(violations));
    assertThat(serious(violations)).as(describe(violations)).isEmpty();
  }

  private static JsonNode last(JsonNode page) {
    JsonNode data = page.get("data");
    return data.get(data.size() - 1);
  }

  private static String tokenFor() {
    return stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 300);
  }
}
