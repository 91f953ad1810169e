package com.pilotstatus.embed.connect.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.pilotstatus.embed.connect.testing.ConnectStack;
import com.pilotstatus.embed.connect.testing.HostSite;
import com.pilotstatus.embed.testing.Chromium;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Screenshots of every state through {@code /preview}, default and branded (colours, logo, title; dark theme and
 * Portuguese for the branded set), kept under {@code target/artifacts/preview-<state>-<variant>.png}.
 */
class PreviewScreenshotsIT extends FramedPageTest {

  private static final String BRANDED = "&primaryColor=%23ff6600&backgroundColor=%23fff8f0&textColor=%23331a00"
      + "&title=Acme+Telecom&subtitle=Connect+your+support+line&companyName=Acme+Inc.";

  private static ConnectStack stack;
  private static HostSite host;

  @BeforeAll
  static void startStackAndHost() {
    stack = ConnectStack.start(c -> c);
    host = HostSite.start();
  }

  @AfterAll
  static void stopStackAndHost() {
    host.close();
    stack.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"loading", "qr", "code", "linking", "connected", "idle", "expired", "error",
      "meta-embedded", "meta-credentials"})
  void each_state_is_captured_default_branded_and_dark(String state) throws Exception {
    page.setViewportSize(480, 640);
    for (String[] variant : new String[][] {
        {"default", ""},
        {"branded", BRANDED + "&logoUrl=" + java.net.URLEncoder.encode(host.logoUrl(),
            java.nio.charset.StandardCharsets.UTF_8)},
        {"dark-pt", "&theme=dark&locale=pt"}}) {
      page.navigate(stack.connectBase() + "/preview?state=" + state + variant[1]);
      page.locator("#state").waitFor();
      if (variant[0].equals("branded")) {
        assertThat(page.locator("img.logo").evaluate("i => i.complete && i.naturalWidth > 0")).isEqualTo(true);
      }
      var path = Chromium.artifact("preview-" + state + "-" + variant[0] + ".png");
      page.screenshot(new Page.ScreenshotOptions().setPath(path).setFullPage(true));
      assertThat(Files.size(path)).isPositive();
    }
    // FramedPageTest asserts after each test that the pages threw no uncaught error.
  }
}
