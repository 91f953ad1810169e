package com.pilotstatus.embed.chat.appearance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.pilotstatus.embed.branding.Contrast;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.InboxBrowserTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The host's {@code appearance.variables} on the real chat iframe (issue 17), through the real {@code embed.js} on
 * another origin: the inbox paints with them (computed styles), {@code update({appearance})} changes them live, and
 * a crafted {@code set-appearance} posted by the parent itself (the host page is compromised, or the SDK bypassed)
 * changes nothing: the iframe checks every value again.
 */
class AppearanceIT extends InboxBrowserTest {

  private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void openHost() {
    page.onConsoleMessage(m -> {
      if ("warning".equals(m.type())) {
        warnings.add(m.text());
      }
    });
    page.navigate(host.sdkPage());
    page.evaluate("chat => PilotStatus.init({ chatBaseUrl: chat })", stack.chatOrigin());
  }

  private FrameLocator mountReady(String appearance) {
    String token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900);
    page.evaluate("([t, a]) => { window.chat = PilotStatus.chat.mount('#inbox', { token: t, locale: 'en',"
        + " appearance: a == null ? undefined : JSON.parse(a), onReady: log('ready'), onError: log('error') }); }",
        java.util.Arrays.asList(token, appearance));
    page.waitForFunction("() => named('ready').length === 1");
    FrameLocator chat = page.frameLocator("#inbox iframe");
    assertThat(chat.locator(".conv-row").first()).isVisible();
    return chat;
  }

  /** Computed styles in the iframe: the avatar (filled with the primary colour), a real {@code .button}, and more. */
  @SuppressWarnings("unchecked")
  private Map<String, String> painted(FrameLocator chat) {
    return (Map<String, String>) chat.locator("html").evaluate("() => {"
        + " let b = document.getElementById('appearance-probe');"
        + " if (!b) { b = document.createElement('button'); b.id = 'appearance-probe'; b.className = 'button';"
        + " b.textContent = 'probe'; document.body.appendChild(b); }"
        + " const s = e => getComputedStyle(document.querySelector(e)), button = getComputedStyle(b);"
        + " return { avatar: s('.avatar').backgroundColor, onAvatar: s('.avatar').color,"
        + " button: button.backgroundColor, onButton: button.color, buttonRadius: button.borderTopLeftRadius,"
        + " searchRadius: s('.search').borderTopLeftRadius, background: s('body').backgroundColor,"
        + " text: s('body').color, font: s('body').fontFamily, size: s('body').fontSize,"
        + " rowPadding: s('.conv').paddingTop, display: s('body').display }; }");
  }

  @Test
  void mount_with_appearance_paints_the_inbox_with_the_host_variables() {
    FrameLocator chat = mountReady("{\"variables\": {\"colorPrimary\": \"#635BFF\", \"colorBackground\": \"#fafafa\","
        + " \"colorText\": \"#1a1a1a\", \"fontFamily\": \"Georgia, serif\", \"fontSizeBase\": \"1rem\","
        + " \"borderRadius\": \"2px\", \"spacingUnit\": \"6px\"}}");

    assertThat(painted(chat)).containsAllEntriesOf(Map.ofEntries(
        Map.entry("avatar", "rgb(99, 91, 255)"), Map.entry("button", "rgb(99, 91, 255)"),
        Map.entry("onButton", "rgb(255, 255, 255)"), Map.entry("buttonRadius", "2px"),
        Map.entry("searchRadius", "2px"), Map.entry("background", "rgb(250, 250, 250)"),
        Map.entry("text", "rgb(26, 26, 26)"), Map.entry("font", "Georgia, serif"), Map.entry("size", "16px"),
        Map.entry("rowPadding", "15px")));
    assertThat(warnings).isEmpty();
  }

  @Test
  void update_appearance_changes_the_inbox_live_and_null_goes_back_to_the_theme() {
    FrameLocator chat = mountReady(null);
    Map<String, String> defaults = painted(chat);
    assertThat(defaults).containsEntry("button", "rgb(0, 115, 95)").containsEntry("buttonRadius", "18px");

    // A light primary colour gets dark text: readable (AA) whatever colour the host picks.
    page.evaluate("() => chat.update({ appearance: { variables: { colorPrimary: '#ffd60a', borderRadius: '0.5rem' } } })");
    chat.locator("html").evaluate("() => new Promise(r => requestAnimationFrame(r))");
    page.waitForCondition(() -> painted(chat).get("button").equals("rgb(255, 214, 10)"));
    Map<String, String> updated = painted(chat);
    assertThat(updated).containsEntry("avatar", "rgb(255, 214, 10)").containsEntry("buttonRadius", "8px")
        .containsEntry("onButton", "rgb(17, 17, 17)");
    assertThat(Contrast.ratio("#ffd60a", "#111111")).isGreaterThanOrEqualTo(Contrast.AA_TEXT);

    page.evaluate("() => chat.update({ appearance: null })");
    page.waitForCondition(() -> painted(chat).get("button").equals("rgb(0, 115, 95)"));
    assertThat(painted(chat)).isEqualTo(defaults);
  }

  @Test
  void crafted_set_appearance_from_the_parent_is_refused_value_by_value_with_a_warning() {
    FrameLocator chat = mountReady("{\"variables\": {\"borderRadius\": \"4px\"}}");
    String hostile = "&colorPrimary=red;}body{display:none&fontFamily=Inter;}body{display:none"
        + "&borderRadius=url(javascript:alert(1))&fontSizeBase=100px&colorBackground=%23fff;}&spacingUnit=8px";

    // Straight to the iframe, as a compromised host page could: same envelope, same origin, same window.
    page.evaluate("([origin, a]) => document.querySelector('#inbox iframe').contentWindow.postMessage({"
        + " source: 'pilot-status-embed', v: 1, type: 'set-appearance', payload: { appearance: a } }, origin)",
        List.of(stack.chatOrigin(), hostile));
    page.waitForCondition(() -> painted(chat).get("rowPadding").equals("20px")); // spacingUnit, the one valid value

    @SuppressWarnings("unchecked")
    Map<String, String> root = (Map<String, String>) chat.locator("html").evaluate("() => {"
        + " const s = document.documentElement.style, out = {};"
        + " for (const p of ['--accent', '--on-accent', '--font', '--radius', '--font-size', '--bg']) out[p] = s.getPropertyValue(p);"
        + " return out; }");
    assertThat(root).allSatisfy((property, value) -> assertThat(value).as(property).isEmpty());
    assertThat(painted(chat)).containsEntry("display", "block").containsEntry("buttonRadius", "18px");
    page.waitForCondition(() -> warnings.size() >= 5);
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("appearance.variables.colorPrimary ignored"))
        .anySatisfy(w -> assertThat(w).contains("appearance.variables.fontSizeBase ignored"))
        .noneSatisfy(w -> assertThat(w).contains("spacingUnit"));
  }
}
