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
import com.pilotstatus.embed.chat.testing.ChatClient;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.Contact;
import com.pilotstatus.embed.chat.testing.InboxBrowserTest;
import com.pilotstatus.embed.testing.Chromium;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reactions, conversation status, internal notes and the template tag in real Chromium (issue 18), the chat iframe
 * framed through the SDK by a host on another origin, with a second open iframe that must see every change live:
 * reacting by keyboard (E, arrows, Enter, Escape) and removing it, the contact's reaction; resolving from the header
 * (by keyboard), the list's status filter, an inbound message reopening; writing an internal note in the composer's
 * note mode (never sent: stored as a note). Axe-core in both themes with all of it shown (0 serious or critical);
 * screenshots under {@code target/artifacts/}.
 */
class StatusNotesReactionsIT extends InboxBrowserTest {

  @BeforeEach
  void openHost() {
    page.navigate(host.sdkPage());
  }

  /** The host page and a second one, both showing {@code contact}'s conversation. */
  private FrameLocator[] openTwice(Contact contact) {
    FrameLocator chat = mountChat(page, "light");
    Page second = context.newPage();
    second.navigate(host.sdkPage());
    FrameLocator other = mountChat(second, "light");
    openConversation(chat, contact);
    openConversation(other, contact);
    return new FrameLocator[] {chat, other};
  }

  @Test
  void reaction_by_keyboard_shows_live_in_a_second_iframe_and_is_removed_by_its_pill() {
    Contact rosa = Contact.writing(stack, "Rosa Vidal", "It arrived, thank you!");
    FrameLocator[] both = openTwice(rosa);
    FrameLocator chat = both[0];
    Locator bubble = chat.locator("#m-" + rosa.firstMessageId());

    bubble.focus();
    page.keyboard().press("e");
    Locator menu = bubble.locator(".react-menu");
    assertThat(menu).isVisible();
    assertThat(menu).hasAttribute("role", "menu");
    assertThat(menu.locator(".react-option").first()).isFocused();
    page.keyboard().press("Escape");
    assertThat(menu).hasCount(0);
    assertThat(bubble.locator("[data-action=react]")).isFocused();

    page.keyboard().press("Enter"); // the react action itself
    page.keyboard().press("ArrowRight");
    assertThat(bubble.locator(".react-option").nth(1)).isFocused();
    page.keyboard().press("Enter");

    assertThat(chat.locator("#m-" + rosa.firstMessageId() + " .reaction.mine")).hasText("❤️");
    assertThat(both[1].locator("#m-" + rosa.firstMessageId() + " .reaction.mine")).hasText("❤️");
    assertThat(stack.platformMessages(tokenFor(), rosa.conversationId()).at("/data/0/reactions/0/emoji").asText())
        .isEqualTo("❤️");

    String reply = stack.platformSend(tokenFor(), rosa.conversationId(), "Glad it did!");
    stack.contactReacts(rosa.conversationId(), reply, "🙏");
    assertThat(both[1].locator("#m-" + reply + " .reaction")).hasAttribute("aria-label", "Rosa Vidal reacted 🙏");

    chat.locator("#m-" + rosa.firstMessageId() + " .reaction.mine").click();
    assertThat(chat.locator("#m-" + rosa.firstMessageId() + " .reactions")).hasCount(0);
    assertThat(both[1].locator("#m-" + rosa.firstMessageId() + " .reactions")).hasCount(0);
  }

  @Test
  void resolve_from_the_header_filters_the_list_shows_live_and_an_inbound_message_reopens() {
    Contact saul = Contact.writing(stack, "Saul Neves", "That solves it, thanks");
    FrameLocator[] both = openTwice(saul);
    FrameLocator chat = both[0];
    Locator control = chat.locator("#thread-status button");
    assertThat(control).hasText("Resolve");

    control.focus();
    page.keyboard().press("Enter");

    assertThat(chat.locator("#thread-status .status-tag")).hasText("Resolved");
    assertThat(chat.locator("#thread-status button")).hasText("Reopen");
    assertThat(chat.locator("#thread-status button")).isFocused();
    assertThat(both[1].locator("#thread-status .status-tag")).hasText("Resolved");
    assertThat(both[1].locator("#c-" + saul.conversationId() + " .resolved-tag")).hasText("Resolved");

    chat.locator("#status-filter").selectOption("open");
    assertThat(chat.locator("#c-" + saul.conversationId())).hasCount(0);
    chat.locator("#status-filter").selectOption("resolved");
    assertThat(chat.locator("#c-" + saul.conversationId())).isVisible();
    chat.locator("#status-filter").selectOption("");

    stack.inbound(ChatStack.DEMO_NUMBER, saul.from(), saul.name(), "Actually, one more thing");
    assertThat(chat.locator("#thread-status button")).hasText("Resolve");
    assertThat(both[1].locator("#thread-status .status-tag")).hasCount(0);
    assertThat(chat.locator("#c-" + saul.conversationId() + " .resolved-tag")).hasCount(0);
  }

  @Test
  void internal_note_by_keyboard_is_labelled_stored_as_a_note_and_shows_live() {
    Contact tina = Contact.writing(stack, "Tina Rocha", "Can you waive the shipping?");
    FrameLocator[] both = openTwice(tina);
    FrameLocator chat = both[0];
    Locator toggle = chat.locator("[data-action=note-mode]");

    toggle.focus();
    page.keyboard().press("Enter");
    assertThat(toggle).hasAttribute("aria-pressed", "true");
    assertThat(chat.locator("#note-hint")).isVisible();
    assertThat(chat.locator("#draft")).hasAttribute("placeholder", "Write an internal note");
    assertThat(chat.locator("#draft")).isFocused();
    page.keyboard().type("VIP customer: shipping on us");
    page.keyboard().press("Enter");

    Locator note = chat.locator("#log .bubble.note").last();
    assertThat(note.locator(".note-tag")).hasText("Internal note");
    assertThat(note).containsText("VIP customer: shipping on us");
    assertThat(note).hasAttribute("id", Pattern.compile("^m-msg_")); // the server's, not the pending one
    assertThat(both[1].locator("#log .bubble.note").last()).containsText("VIP customer: shipping on us");
    JsonNode data = stack.platformMessages(tokenFor(), tina.conversationId()).get("data");
    assertThat(data.get(data.size() - 1).get("direction").asText()).isEqualTo("note");
    assertThat(chat.locator("#c-" + tina.conversationId() + " .preview")).containsText("Can you waive the shipping?");

    toggle.click();
    assertThat(toggle).hasAttribute("aria-pressed", "false");
    assertThat(chat.locator("#draft")).hasAttribute("placeholder", "Type a message");
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void reactions_notes_status_and_template_tag_have_no_serious_or_critical_violations(String theme) {
    Contact uma = Contact.writing(stack, theme.equals("light") ? "Uma Teles" : "Vera Dutra", "Is the blue one in stock?");
    String template = stack.addTemplate(ChatStack.DEMO_NUMBER, "stock_" + theme, "en_US",
        "Hi {{1}}, the blue one is back in stock.", List.of("Uma")).get("id").asText();
    String token = tokenFor();
    ChatClient client = new ChatClient(stack.chatUrl()).as(token, host.origin());
    String path = "/fragments/conversations/" + uma.conversationId();
    client.header("Idempotency-Key", UUID.randomUUID().toString())
        .post(path + "/templates/" + template, "{\"variables\":[\"Uma\"]}");
    String reply = stack.platformSend(token, uma.conversationId(), "Shall I reserve one for you?");
    stack.contactReacts(uma.conversationId(), reply, "👍");
    client.put(path + "/messages/" + uma.firstMessageId() + "/reaction", "{\"emoji\":\"❤️\"}");
    client.post(path + "/notes", "{\"text\":\"Reserved one in the back room.\"}");
    client.put(path + "/status", "{\"status\":\"resolved\"}");
    FrameLocator chat = mountChat(page, theme);
    openConversation(chat, uma);
    assertThat(chat.locator("#log .template-tag")).hasText("Template · stock_" + theme);
    assertThat(chat.locator("#log .bubble.note")).isVisible();
    chat.locator("[data-action=note-mode]").click();
    chat.locator("#m-" + reply).hover();
    chat.locator("#m-" + reply + " [data-action=react]").click();
    assertThat(chat.locator(".react-menu")).isVisible();
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("status-notes-reactions-" + theme + ".png")));

    List<Rule> violations = new AxeBuilder(page).analyze().getViolations();

    System.out.println("[axe] status, notes, reactions " + theme + ": " + describe(violations));
    assertThat(serious(violations)).as(describe(violations)).isEmpty();
  }

  private static String tokenFor() {
    return stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 300);
  }
}
