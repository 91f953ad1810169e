package com.pilotstatus.embed.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.pilotstatus.embed.e2e.Browsing.screenshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 24-hour customer service window of issue 18 as an agent of the demo host lives it: the inbox mounted by
 * {@code embed.js} (seed 000's snippet) on {@code app.acme.test}, the iframe from {@code chat.pilot.test}, the
 * sandbox behind it. Outside the window the composer offers only templates; one is filled, previewed and sent, and
 * shows in the thread and live in a second open inbox; the contact's next message opens the reply box again live.
 */
class TemplateJourneyIT extends E2eTest {

  private static String conversationOf(String name) {
    String token = stack.platform("POST", "/v1/embed/sessions", "{\"surface\":\"chat\",\"whatsappNumberIds\":[\""
        + E2eStack.DEMO_NUMBER + "\"],\"allowedOrigins\":[\"" + stack.hostOrigin + "\"],\"ttlSeconds\":60}")
        .path("token").asText();
    JsonNode list = stack.send(stack.platformUrl + "/v1/embed/chat/conversations?limit=100", "GET", null,
        Map.of("Authorization", "Bearer " + token)).body().path("data");
    for (JsonNode c : list) {
      if (c.at("/contact/name").asText().equals(name)) {
        return c.path("id").asText();
      }
    }
    throw new IllegalStateException("no conversation with " + name);
  }

  private static FrameLocator openInbox(Page on, String contact) {
    on.navigate(stack.host("/snippet/chat"));
    FrameLocator chat = on.frameLocator("#inbox iframe");
    chat.locator(".conv-row").filter(new Locator.FilterOptions().setHasText(contact)).locator("button").click();
    assertThat(chat.locator(".thread h2")).hasText(contact);
    return chat;
  }

  @Test
  void agent_sends_a_template_outside_the_window_and_the_reply_box_returns_when_the_contact_writes() {
    String ana = conversationOf("Ana Souza");
    String closedAt = stack.platformClock.instant().minus(Duration.ofHours(25)).toString();
    stack.platform("POST", "/v1/sandbox/conversations/" + ana + "/last-inbound",
        "{\"lastInboundAt\":\"" + closedAt + "\"}");
    FrameLocator chat = openInbox(page, "Ana Souza");
    FrameLocator second = openInbox(page.context().newPage(), "Ana Souza");

    assertThat(chat.locator(".window-notice")).containsText("The 24-hour reply window is closed");
    assertThat(chat.locator("[data-action=note-mode]")).hasCount(0); // no reply box: the draft takes notes only
    chat.locator("#templates-open").click();
    chat.locator("#template-q").fill("order_update");
    chat.locator("#template-language").selectOption(new SelectOption().setValue("pt_BR"));
    chat.locator("#template-list li:not([hidden]) button").click();
    chat.locator("#var-1").fill("Ana");
    chat.locator("#var-2").fill("#4821");
    chat.locator("#var-3").fill("saiu para entrega");
    String text = "Olá Ana! Seu pedido #4821 foi atualizado: saiu para entrega.";
    assertThat(chat.locator(".preview-bubble")).hasText(text);
    screenshot(page, "template-journey-form");
    chat.locator("[data-action=send-template]").click();

    assertThat(chat.locator("#log .bubble.out").last()).containsText(text);
    assertThat(second.locator("#log .bubble.out").last()).containsText(text);
    assertThat(chat.locator("#templates-open")).isVisible(); // a template does not open the window

    stack.platform("POST", "/v1/sandbox/numbers/" + E2eStack.DEMO_NUMBER + "/inbound",
        "{\"from\":\"+5511912345678\",\"name\":\"Ana Souza\",\"text\":\"Obrigada! Chegou.\"}");

    assertThat(chat.locator("#reply-area")).hasAttribute("data-window", "open");
    assertThat(second.locator("#reply-area")).hasAttribute("data-window", "open");
    screenshot(page, "template-journey-reopened");
  }
}
