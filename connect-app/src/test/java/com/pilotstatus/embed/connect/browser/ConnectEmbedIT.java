package com.pilotstatus.embed.connect.browser;

import static com.pilotstatus.embed.connect.browser.BrowserSupport.awaitMessage;
import static com.pilotstatus.embed.connect.browser.BrowserSupport.messages;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.pilotstatus.embed.connect.testing.ConnectStack;
import com.pilotstatus.embed.connect.testing.ConnectStack.Link;
import com.pilotstatus.embed.connect.testing.HostSite;
import com.pilotstatus.embed.testing.Chromium;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The connect page in real Chromium, framed by a host page on another origin ({@code app.acme.test}) exactly as the
 * SDK frames it, against a real platform sandbox whose QR batches are short (2 refs of 3 s, linking 1.5 s).
 */
class ConnectEmbedIT extends FramedPageTest {

  private static ConnectStack stack;
  private static HostSite host;

  @BeforeAll
  static void startAll() {
    // Linking lasts 1.5 s, five polls: at 0.5 s a slow, loaded machine polled past it (seen in a clean CI build).
    stack = ConnectStack.start(ConnectStack.fastQr(2, 3000, 1500), c -> c.withAllowHttpOrigins(true)
        .withPollInterval(Duration.ofMillis(300)));
    host = HostSite.start();
  }

  @AfterAll
  static void stopAll() {
    host.close();
    stack.close();
  }

  private String connectUrl(Link link) {
    return "http://connect.pilot.test:" + stack.connectPort() + link.page();
  }

  private FrameLocator openInHost(String connectUrl) {
    page.navigate(host.hostPageFraming(connectUrl));
    return page.frameLocator("iframe");
  }

  @Test
  void a_sandbox_scan_posts_connect_paired_with_the_number_id_to_the_host() {
    Link link = stack.createLink("");
    FrameLocator frame = openInHost(connectUrl(link));
    frame.locator(".qr svg").waitFor();
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("connect-embedded-qr.png")));

    stack.scan(link);
    frame.locator(".state-linking").waitFor();
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("connect-embedded-linking.png")));
    JsonNode paired = awaitMessage(page, "connect:paired", WAIT);

    assertThat(paired.path("payload").path("numberId").asText()).isEqualTo(link.numberId());
    assertThat(frame.getByText("Connected!").isVisible()).isTrue();
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("connect-embedded-connected.png")));
  }

  @Test
  void a_link_it_accepts_says_ready_to_the_host_before_anything_else() {
    Link link = stack.createLink("");
    openInHost(connectUrl(link)).locator(".qr svg").waitFor();

    awaitMessage(page, "ready", WAIT);

    assertThat(messages(page).get(0).path("type").asText()).isEqualTo("ready");
    assertThat(messages(page)).extracting(m -> m.path("type").asText()).containsOnlyOnce("ready");
  }

  /**
   * The host's {@code update} (issue 17 §3): {@code set-locale}, {@code set-theme} and {@code set-appearance} are
   * applied by one reload of the page with that query (no entry in the host's history): strings, theme and appearance
   * change, the pairing goes on, and only the settings' own parameters change (a smuggled {@code parentOrigin} does
   * not).
   */
  @Test
  void settings_from_the_host_reload_the_page_once_in_their_locale_theme_and_appearance() {
    Link link = stack.createLink("");
    FrameLocator frame = openInHost(connectUrl(link));
    frame.locator(".qr svg").waitFor();
    awaitMessage(page, "ready", WAIT);
    Object historyBefore = page.evaluate("() => history.length");

    page.evaluate("() => { sendToConnect('set-locale', { locale: 'es' }); sendToConnect('set-theme', { theme: 'dark' });"
        + " sendToConnect('set-appearance', { appearance: '&colorPrimary=%23ff0000&borderRadius=2px"
        + "&parentOrigin=http%3A%2F%2Fevil.test' }); }");

    frame.locator("html[lang^=es][data-theme=dark]").waitFor();
    frame.locator(".qr svg").waitFor();
    @SuppressWarnings("unchecked")
    Map<String, Object> applied = (Map<String, Object>) page.frames().stream()
        .filter(f -> f.url().startsWith("http://connect.pilot.test:")).findFirst().orElseThrow()
        .evaluate("() => { const s = getComputedStyle(document.documentElement); return { primary:"
            + " s.getPropertyValue('--ps-primary').trim(), radius: s.getPropertyValue('--ps-radius').trim(),"
            + " parent: new URLSearchParams(location.search).get('parentOrigin') }; }");
    assertThat(applied).containsEntry("primary", "#ff0000").containsEntry("radius", "2px")
        .containsEntry("parent", host.hostOrigin());
    assertThat(page.evaluate("() => history.length")).isEqualTo(historyBefore);
    page.waitForCondition(() -> messages(page).stream().filter(m -> m.path("type").asText().equals("ready")).count() == 2);
    page.waitForTimeout(300);
    assertThat(messages(page)).filteredOn(m -> m.path("type").asText().equals("ready")).hasSize(2);
  }

  @Test
  void the_iframe_reports_its_height_to_the_host() {
    Link link = stack.createLink("");
    openInHost(connectUrl(link)).locator(".qr svg").waitFor();

    JsonNode resize = awaitMessage(page, "resize", WAIT);

    assertThat(resize.path("payload").path("height").asInt()).isGreaterThan(200);
  }

  @Test
  void esc_inside_the_iframe_is_posted_to_the_host_which_never_sees_the_key() {
    Link link = stack.createLink("");
    FrameLocator frame = openInHost(connectUrl(link));
    frame.locator(".qr svg").waitFor();
    page.evaluate("() => { window.__hostKeys = []; document.addEventListener('keydown', e => __hostKeys.push(e.key), true); }");

    frame.locator("button").first().press("Escape"); // focus is inside the cross-origin page

    JsonNode escape = awaitMessage(page, "connect:escape", WAIT);
    assertThat(escape.path("payload").size()).isZero();
    assertThat(page.evaluate("() => __hostKeys.length")).as("the host page got no key event").isEqualTo(0);
  }

  @Test
  void the_qr_on_screen_decodes_to_the_platforms_current_payload() {
    Link link = stack.createLink("");
    Locator qr = openInHost(connectUrl(link)).locator(".qr");
    qr.locator("svg").waitFor();

    String decoded = BrowserSupport.decodePng(qr.screenshot());

    assertThat(decoded).isEqualTo(stack.platformStatus(link).path("qrcode").asText());
  }

  @Test
  void the_countdown_runs_and_each_new_qr_of_the_batch_replaces_the_last_without_reload() {
    Link link = stack.createLink("");
    FrameLocator frame = openInHost(connectUrl(link));
    frame.locator(".qr svg").waitFor();
    String firstKey = frame.locator("#state").getAttribute("data-key");
    int first = Integer.parseInt(frame.locator("[data-countdown]").textContent().trim());
    frame.locator("body").evaluate("b => { window.__sameDocument = true; }");
    // The countdown ticks: some QR is seen with less time left than it was first seen with. A ref lasts 3 s, so the
    // first may be replaced before it ticks; the second then ticks on its own.
    Map<String, Integer> firstSeen = new HashMap<>(Map.of(firstKey, first));
    page.waitForCondition(() -> {
      List<?> keyAndCountdown = keyAndCountdown(frame);
      String seconds = (String) keyAndCountdown.get(1);
      if (seconds.isEmpty()) {
        return false; // the batch ended (idle): no countdown on screen
      }
      int left = Integer.parseInt(seconds);
      return left < firstSeen.computeIfAbsent((String) keyAndCountdown.get(0), key -> left);
    }, new Page.WaitForConditionOptions().setTimeout(8_000));

    frame.locator("#state:not([data-key='" + firstKey + "'])").waitFor();

    assertThat(first).isBetween(0, 3);
    assertThat(frame.locator("#state").getAttribute("data-state")).isIn("qr", "idle");
    assertThat(frame.locator("body").evaluate("b => window.__sameDocument === true")).isEqualTo(true);
  }

  private static List<?> keyAndCountdown(FrameLocator frame) {
    return (List<?>) frame.locator("body").evaluate("b => [b.querySelector('#state').getAttribute('data-key'),"
        + " (b.querySelector('[data-countdown]') || { textContent: '' }).textContent.trim()]");
  }

  @Test
  void a_batch_that_ends_offers_a_new_code_and_a_click_shows_a_new_qr() {
    Link link = stack.createLink("");
    FrameLocator frame = openInHost(connectUrl(link));
    Locator newCode = frame.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Generate a new code"));
    newCode.waitFor(new Locator.WaitForOptions().setTimeout(WAIT.toMillis()));
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("connect-embedded-idle.png")));

    newCode.click();

    frame.locator(".qr svg").waitFor();
    assertThat(stack.platformStatus(link).path("phase").asText()).isEqualTo("qr");
  }

  @Test
  void an_expired_link_shows_a_clear_page_and_posts_connect_expired() {
    FrameLocator frame = openInHost("http://connect.pilot.test:" + stack.connectPort()
        + "/connect/00000000-0000-4000-8000-000000000000");

    awaitMessage(page, "connect:expired", WAIT);

    assertThat(frame.getByText("This link is no longer valid").isVisible()).isTrue();
    assertThat(messages(page)).extracting(m -> m.path("type").asText()).doesNotContain("connect:paired", "ready");
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("connect-embedded-expired.png")));
  }

  @Test
  void on_a_phone_the_pairing_code_comes_first_and_copies() {
    BrowserContext phone = chromium.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
        .setIsMobile(true).setHasTouch(true).setPermissions(List.of("clipboard-read", "clipboard-write")));
    try {
      Page hosted = phone.newPage();
      hosted.onPageError(pageErrors::add);
      Link link = stack.createLink("");
      // localhost is a secure context, so the async clipboard API exists and the test can read it back.
      hosted.navigate(stack.connectBase() + link.page());
      Locator code = hosted.locator("#pairing-code");
      code.waitFor();

      // The QR panel is on the page, only hidden behind the code tab (a missing panel is not "not visible" enough).
      assertThat(hosted.locator(".panel-qr").count()).isEqualTo(1);
      assertThat(hosted.locator(".panel-qr").isVisible()).isFalse();
      hosted.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("connect-phone-code.png")));
      hosted.locator("[data-action=copy]").click();
      hosted.getByText("Copied").waitFor();
      assertThat(hosted.evaluate("() => navigator.clipboard.readText()")).isEqualTo(code.textContent());
      assertThat(code.textContent()).matches("[1-9A-Z]{4}-[1-9A-Z]{4}");
    } finally {
      phone.close();
    }
  }
}
