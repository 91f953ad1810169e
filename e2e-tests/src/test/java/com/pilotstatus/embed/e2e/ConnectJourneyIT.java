package com.pilotstatus.embed.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.pilotstatus.embed.e2e.Browsing.hostEvents;
import static com.pilotstatus.embed.e2e.Browsing.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The connect journey of issue 7 on the demo's "Connect a number" page: the hosted pairing page from
 * {@code connect.pilot.test} in the SDK's modal and inline, the sandbox phone scanning it, the host's callbacks, the
 * single use of the link and the signed {@code number.connected} webhook at the demo's receiver.
 */
class ConnectJourneyIT extends E2eTest {

  /** Seed 001's snippet body, verbatim (in a module script, for the top-level await). */
  static final String SEED_001_SNIPPET = """
        PilotStatus.init();
        const { token } = await fetch("/api/my-saas/pairing-token").then(r => r.json());

        // Centered modal:
        const h = PilotStatus.connect.open({
          token,
          onPaired: (d) => { /* d = { numberId?, redirectUrl? } */ h.destroy(); },
          onError: (e) => alert(e.message),
          onExpired: () => { /* mint a new link */ },
        });

        // or inline:
        // PilotStatus.connect.mount("#connect-widget", { token, onPaired, onError, onExpired });
      """;

  @AfterEach
  void resetPlatformClock() {
    stack.platformClock.reset();
  }

  /** Clicks {@code button} on the connect page and returns the pairing token the demo backend handed out. */
  private String clickForPairingToken(String button) {
    Response response = page.waitForResponse(r -> r.url().contains("/api/my-saas/pairing-token"),
        () -> page.locator(button).click());
    JsonNode body = parse(response.text());
    assertThat(body.size()).as("the pairing-token answer holds only the token and the URL").isEqualTo(2);
    assertThat(body.path("url").asText()).isEqualTo(stack.connectOrigin + "/connect/" + body.path("token").asText());
    return body.path("token").asText();
  }

  private JsonNode pairingStatus(String token) {
    return stack.send(stack.platformUrl + "/v1/remote-pairing/" + token + "/status", "GET", null, Map.of()).body();
  }

  private String pairedNumberId() {
    page.waitForCondition(() -> !hostEvents(page, "onPaired").isEmpty());
    Object detail = hostEvents(page, "onPaired").get(0);
    return String.valueOf(((Map<?, ?>) detail).get("numberId"));
  }

  private void expectSignedNumberConnectedWebhook(String numberId) {
    AtomicReference<JsonNode> found = new AtomicReference<>();
    Browsing.await("number.connected for " + numberId + " at the demo", 15_000, () -> {
      for (JsonNode entry : stack.demo("GET", "/api/demo/webhooks", null).body()) {
        JsonNode event = parse(entry.path("body").asText());
        if ("number.connected".equals(entry.path("type").asText())
            && numberId.equals(event.path("data").path("number").path("id").asText())) {
          found.set(entry);
          return true;
        }
      }
      return false;
    });
    assertThat(found.get().path("signatureValid").asBoolean()).isTrue();
    assertThat(page.locator("#webhooks li.ok").filter(new Locator.FilterOptions().setHasText("number.connected"))
        .first()).containsText("signature verified");
  }

  private static JsonNode parse(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  // ---- modal ----------------------------------------------------------------------------------------------

  @Test
  void modal_scan_pairs_the_number_fires_on_paired_and_the_link_is_then_used() {
    page.navigate(stack.host("/connect"));
    String token = clickForPairingToken("#open-modal");

    Locator dialog = page.locator("[role=dialog][aria-modal=true]");
    assertThat(dialog).isVisible();
    FrameLocator connect = page.frameLocator("[role=dialog] iframe");
    assertThat(connect.locator("[data-state=qr]")).isVisible();
    assertThat(dialog.locator("iframe")).hasAttribute("src", stack.connectOrigin + "/connect/" + token
        + "?parentOrigin=" + java.net.URLEncoder.encode(stack.hostOrigin, java.nio.charset.StandardCharsets.UTF_8));
    screenshot(page, "connect-modal-qr");

    page.locator("#scan").click();

    assertThat(page.locator("#connect-status")).containsText("Connected: wa_");
    String numberId = pairedNumberId();
    assertThat(pairingStatus(token).path("numberId").asText()).isEqualTo(numberId);
    assertThat(stack.platform("GET", "/v1/numbers", null).path("data").findValues("id").stream()
        .map(JsonNode::asText)).contains(numberId);
    assertThat(dialog).hasCount(0); // the host's onPaired destroyed the modal
    expectSignedNumberConnectedWebhook(numberId);
    screenshot(page, "connect-paired-webhook");

    // single use: the link no longer opens, in the API or on the hosted page
    assertThat(stack.send(stack.platformUrl + "/v1/remote-pairing/" + token, "GET", null, Map.of()).status())
        .isEqualTo(404);
    Page again = page.context().newPage();
    again.navigate(stack.connectOrigin + "/connect/" + token);
    assertThat(again.locator("[data-state=expired]")).isVisible();
    screenshot(again, "connect-link-used");
  }

  @Test
  void esc_pressed_inside_the_pairing_page_closes_the_modal_and_gives_focus_back() {
    page.navigate(stack.host("/connect"));
    clickForPairingToken("#open-modal");
    Locator dialog = page.locator("[role=dialog][aria-modal=true]");
    FrameLocator connect = page.frameLocator("[role=dialog] iframe");
    assertThat(connect.locator("[data-state=qr]")).isVisible();

    connect.locator("button").first().focus(); // focus inside the connect.pilot.test page
    page.evaluate("() => { window.hostKeys = []; document.addEventListener('keydown', e => hostKeys.push(e.key), true); }");
    // The key removes the iframe it was pressed in. Keyboard.press would send the key-up to that gone frame, and
    // Chromium then never answers (a hang, not a timeout, seen in CI): key-down only, key-up once the modal is gone,
    // so it lands in the host page.
    page.keyboard().down("Escape");

    assertThat(dialog).hasCount(0);
    page.keyboard().up("Escape");
    assertThat(page.evaluate("() => hostKeys.length")).as("the key went to the iframe, not the page").isEqualTo(0);
    page.waitForCondition(() -> !hostEvents(page, "onClose").isEmpty());
    assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("open-modal");
    assertThat(page.evaluate("() => document.documentElement.style.overflow")).isEqualTo("");
    assertThat(page.locator("#connect-status")).containsText("Closed");
  }

  @Test
  void verbatim_seed_snippet_opens_the_modal_and_destroys_it_when_paired() {
    String html = stack.send(stack.host("/snippet/connect").replace("app.acme.test", "127.0.0.1"), "GET", null,
        Map.of()).raw();
    assertThat(html).contains("<script type=\"module\">\n" + SEED_001_SNIPPET + "</script>");
    Response response = page.waitForResponse(r -> r.url().contains("/api/my-saas/pairing-token"),
        () -> page.navigate(stack.host("/snippet/connect")));
    String token = parse(response.text()).path("token").asText();
    assertThat(page.frameLocator("[role=dialog] iframe").locator("[data-state=qr]")).isVisible();
    screenshot(page, "connect-snippet-verbatim");

    assertThat(stack.demo("POST", "/api/demo/scan", "{\"token\":\"" + token + "\"}").status()).isEqualTo(200);

    assertThat(page.locator("[role=dialog]")).hasCount(0);
    Browsing.await("the link to be used", 10_000,
        () -> "open".equals(pairingStatus(token).path("phase").asText()));
  }

  // ---- inline ---------------------------------------------------------------------------------------------

  @Test
  void inline_flow_pairs_on_scan_and_reports_the_number_id() {
    page.navigate(stack.host("/connect"));
    String token = clickForPairingToken("#mount-inline");

    FrameLocator connect = page.frameLocator("#connect-widget iframe");
    assertThat(connect.locator("[data-state=qr]")).isVisible();
    assertThat(page.locator("[role=dialog]")).hasCount(0);
    screenshot(page, "connect-inline-qr");

    page.locator("#scan").click();

    assertThat(connect.locator("[data-state=connected]")).isVisible();
    String numberId = pairedNumberId();
    assertThat(numberId).isEqualTo(pairingStatus(token).path("numberId").asText());
    expectSignedNumberConnectedWebhook(numberId);
    screenshot(page, "connect-inline-paired");
  }

  @Test
  void link_that_expires_while_open_fires_on_expired() {
    page.navigate(stack.host("/connect"));
    String token = clickForPairingToken("#mount-inline");
    FrameLocator connect = page.frameLocator("#connect-widget iframe");
    assertThat(connect.locator("[data-state=qr]")).isVisible();

    stack.platformClock.shift(Duration.ofHours(24).plusMinutes(1)); // the platform's 24 h link TTL passes

    assertThat(connect.locator("[data-state=expired]")).isVisible();
    page.waitForCondition(() -> hostEvents(page, "onExpired").size() == 1);
    assertThat(page.locator("#connect-status")).hasText("The link expired: create a new one.");
    assertThat(stack.send(stack.platformUrl + "/v1/remote-pairing/" + token, "GET", null, Map.of()).status())
        .isEqualTo(404);
    assertThat(hostEvents(page, "onPaired")).isEmpty();
    screenshot(page, "connect-expired");
  }
}
