package com.pilotstatus.embed.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.pilotstatus.embed.e2e.Browsing.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's appearance snippet (issue 17), as written there, on the demo's origin against the whole sandbox stack
 * ({@code embed.js} from embed-cdn, the demo backend's tokens, chat-app, connect-app): the inbox and the pairing page
 * paint with the host's variables (computed styles), and {@code update({appearance})} changes the inbox live.
 */
class AppearanceJourneyIT extends E2eTest {

  /** The first {@code js} block after the README's "**Appearance**" paragraph, verbatim. */
  private static String readmeSnippet() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int section = readme.indexOf("**Appearance**");
    assertThat(section).as("README has the Appearance section").isNotNegative();
    int start = readme.indexOf("```js\n", section) + "```js\n".length();
    return readme.substring(start, readme.indexOf("\n```", start));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> computed(FrameLocator frame, String script) {
    return (Map<String, String>) frame.locator("html").evaluate(script);
  }

  private static final String CHAT_STYLES = "() => { const s = e => getComputedStyle(document.querySelector(e));"
      + " return { avatar: s('.avatar').backgroundColor, onAvatar: s('.avatar').color, font: s('body').fontFamily,"
      + " size: s('body').fontSize, background: s('body').backgroundColor, text: s('body').color,"
      + " searchRadius: s('.search').borderTopLeftRadius, rowPadding: s('.conv').paddingTop }; }";

  private static final String CONNECT_STYLES = "() => { const s = e => getComputedStyle(document.querySelector(e));"
      + " return { button: s('button.primary').backgroundColor, onButton: s('button.primary').color,"
      + " radius: s('button.primary').borderTopLeftRadius, font: s('body').fontFamily }; }";

  @Test
  void the_readme_snippet_paints_chat_and_connect_and_update_restyles_the_inbox_live() throws IOException {
    page.navigate(stack.host("/snippet/chat")); // embed.js from the cdn, an #inbox, the demo backend's token routes
    page.locator("#inbox iframe").waitFor();
    page.evaluate("() => document.querySelector('#inbox').replaceChildren()"); // the page's own chat goes

    page.evaluate("async () => {\n" + readmeSnippet() + "\nwindow.appearanceChat = chat; }");

    FrameLocator chat = page.frameLocator("#inbox iframe");
    assertThat(chat.locator(".conv-row").first()).isVisible();
    assertThat(computed(chat, CHAT_STYLES)).isEqualTo(Map.of("avatar", "rgb(99, 91, 255)",
        "onAvatar", "rgb(255, 255, 255)", "font", "Inter, system-ui, sans-serif", "size", "15px",
        "background", "rgb(255, 255, 255)", "text", "rgb(26, 27, 37)", "searchRadius", "6px",
        "rowPadding", "12.5px"));

    FrameLocator connect = page.frameLocator("[role=dialog] iframe");
    assertThat(connect.locator("[data-state=qr]")).isVisible();
    assertThat(computed(connect, CONNECT_STYLES)).isEqualTo(Map.of("button", "rgb(99, 91, 255)",
        "onButton", "rgb(255, 255, 255)", "radius", "6px", "font", "Inter, system-ui, sans-serif"));
    screenshot(page, "appearance-snippet");

    page.evaluate("() => appearanceChat.update({ appearance: { variables: { colorPrimary: '#0a2540' } } })");
    page.waitForCondition(() -> "rgb(10, 37, 64)".equals(computed(chat, CHAT_STYLES).get("avatar")));
    assertThat(computed(chat, CHAT_STYLES)).as("the other variables went back to the theme's")
        .containsEntry("size", "14px").containsEntry("searchRadius", "8px");
  }
}
