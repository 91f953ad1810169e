package com.pilotstatus.embed.connect.browser;

import static com.pilotstatus.embed.testing.Axe.describe;
import static com.pilotstatus.embed.testing.Axe.serious;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.pilotstatus.embed.connect.testing.ConnectStack;
import com.pilotstatus.embed.connect.testing.ConnectStack.Link;
import com.pilotstatus.embed.testing.Chromium;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * axe-core (Deque's Java binding) on the hosted connect page in real Chromium, showing a live QR with its tabs, in
 * both themes, with the default branding and with a tenant colour: 0 serious or critical violations. Every violation
 * found is printed with its impact.
 *
 * <p>Regression for issue 18: the active tab was white on the default #128c7e (4.13:1) because the text colour on
 * the brand colour came from a luminance threshold; it is now the candidate with the higher contrast ratio.
 */
class ConnectAccessibilityIT extends FramedPageTest {

  private static ConnectStack stack;

  @BeforeAll
  static void startStack() {
    stack = ConnectStack.start(c -> c);
  }

  @AfterAll
  static void stopStack() {
    stack.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark", "light&primaryColor=%23777777", "dark&primaryColor=%23ff6600"})
  void connect_page_has_no_serious_or_critical_violations(String themeAndBranding) {
    Link link = stack.createLink("");
    page.navigate(stack.connectBase() + link.page() + "?theme=" + themeAndBranding);
    page.locator(".tab-qr").waitFor();
    page.locator("#pairing-code").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
    String name = themeAndBranding.replaceAll("[^A-Za-z0-9]+", "-");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("a11y-connect-" + name + ".png")));

    List<Rule> violations = new AxeBuilder(page).analyze().getViolations();

    System.out.println("[axe] connect page " + themeAndBranding + ": " + describe(violations));
    assertThat(serious(violations)).as(describe(violations)).isEmpty();
  }
}
