package com.pilotstatus.embed.connect.browser;

import static com.pilotstatus.embed.connect.browser.BrowserSupport.awaitMessage;
import static com.pilotstatus.embed.connect.browser.BrowserSupport.messages;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.pilotstatus.embed.connect.testing.ConnectStack;
import com.pilotstatus.embed.connect.testing.ConnectStack.Link;
import com.pilotstatus.embed.connect.testing.HostSite;
import com.pilotstatus.embed.connect.testing.HostSite.FbOrder;
import com.pilotstatus.embed.testing.Chromium;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Meta flows in real Chromium, framed by a host on {@code app.acme.test}. Embedded Signup runs against a fake
 * Facebook SDK served from {@code www.facebook.test} (configured as the Meta origin, which only tests may change).
 */
class MetaFlowIT extends FramedPageTest {

  private static HostSite host;
  private static ConnectStack stack;

  @BeforeAll
  static void startAll() {
    host = HostSite.start();
    stack = ConnectStack.start(c -> c.withAllowHttpOrigins(true).withPollInterval(Duration.ofMillis(300))
        .withMeta("1234567890", "987654321", host.facebookOrigin() + "/sdk.js", host.facebookOrigin()));
  }

  @AfterAll
  static void stopAll() {
    stack.close();
    host.close();
  }

  private FrameLocator open(Link link) {
    page.navigate(host.hostPageFraming("http://connect.pilot.test:" + stack.connectPort() + link.page()));
    return page.frameLocator("iframe");
  }

  @Test
  void the_credentials_flow_shows_field_errors_then_connects() {
    Link link = stack.createLink("\"provider\":\"META\",\"metaFlow\":\"credentials\"");
    FrameLocator frame = open(link);
    frame.locator("#wabaId").fill("12ab");
    frame.locator("#phoneNumberId").fill(HostSite.PHONE_NUMBER_ID);
    frame.locator("#accessToken").fill("EAAGm0PX4ZCpsBAKZCxyz123456");
    frame.locator("button[type=submit]").click();
    frame.locator("#wabaId-error").waitFor();
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("connect-meta-credentials-errors.png")));

    assertThat(frame.locator("#accessToken").inputValue()).isEmpty();
    frame.locator("#wabaId").fill(HostSite.WABA_ID);
    frame.locator("#accessToken").fill("EAAGm0PX4ZCpsBAKZCxyz123456");
    frame.locator("button[type=submit]").click();
    JsonNode paired = awaitMessage(page, "connect:paired", WAIT);

    assertThat(paired.path("payload").path("numberId").asText()).isEqualTo(link.numberId());
  }

  @Test
  void embedded_signup_connects_when_the_message_arrives_before_the_code() {
    assertEmbeddedSignupConnects(FbOrder.MESSAGE_FIRST);
  }

  @Test
  void embedded_signup_connects_when_the_code_arrives_before_the_message() {
    assertEmbeddedSignupConnects(FbOrder.CODE_FIRST);
  }

  private void assertEmbeddedSignupConnects(FbOrder order) {
    host.fbOrder(order);
    Link link = stack.createLink("\"provider\":\"META\"");
    FrameLocator frame = open(link);
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact("connect-meta-embedded.png")));

    frame.locator("[data-action=meta-login]").click();
    JsonNode paired = awaitMessage(page, "connect:paired", WAIT);

    assertThat(paired.path("payload").path("numberId").asText()).isEqualTo(link.numberId());
    assertThat(frame.getByText("Connected!").isVisible()).isTrue();
    assertThat(frame.locator("body").evaluate("b => window.__fbInit.appId + ' ' + window.__fbLoginOptions.config_id"
        + " + ' ' + window.__fbLoginOptions.response_type")).isEqualTo("1234567890 987654321 code");
  }

  @Test
  void a_forged_embedded_signup_message_from_another_origin_is_ignored() {
    host.fbOrder(FbOrder.CODE_THEN_LATE_MESSAGE);
    Link link = stack.createLink("\"provider\":\"META\"");
    FrameLocator frame = open(link);

    frame.locator("[data-action=meta-login]").click();
    page.waitForTimeout(500); // the fake Meta popup has handed FB.login its code; its message comes 2.5 s later
    page.evaluate("() => window.forgeSignup()");
    page.waitForTimeout(700);

    assertThat(frame.locator("#state").getAttribute("data-state")).isEqualTo("meta-embedded");
    assertThat(messages(page)).extracting(m -> m.path("type").asText()).doesNotContain("connect:error");
    JsonNode paired = awaitMessage(page, "connect:paired", WAIT);
    assertThat(paired.path("payload").path("numberId").asText()).isEqualTo(link.numberId());
    assertThat(messages(page)).extracting(m -> m.path("type").asText()).doesNotContain("connect:error");
  }

  /**
   * Issue 16, item 10: Meta's origin alone is not enough; only the popup this signup opened may deliver its result.
   * Before the fix a frame on Meta's origin (here {@code /forge}, framed by the host page) could post a forged
   * {@code WA_EMBEDDED_SIGNUP} and have its ids submitted.
   */
  @Test
  void a_signup_message_from_a_meta_frame_that_is_not_the_popup_is_ignored() {
    host.fbOrder(FbOrder.CODE_THEN_LATE_MESSAGE);
    Link link = stack.createLink("\"provider\":\"META\"");
    FrameLocator frame = open(link).first(); // the forging frame comes second

    frame.locator("[data-action=meta-login]").click();
    page.waitForTimeout(500); // the popup has handed FB.login its code; its own message comes 2.5 s later
    page.evaluate("src => window.forgeSignupFrom(src)", host.facebookOrigin() + "/forge");
    page.waitForTimeout(700);

    assertThat(frame.locator("#state").getAttribute("data-state")).isEqualTo("meta-embedded");
    assertThat(messages(page)).extracting(m -> m.path("type").asText()).doesNotContain("connect:error");
    JsonNode paired = awaitMessage(page, "connect:paired", WAIT);
    assertThat(paired.path("payload").path("numberId").asText()).isEqualTo(link.numberId());
  }
}
