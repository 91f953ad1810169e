package com.pilotstatus.embed.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The npm package's framework components (issue 17 §3) in real Chromium, on a host page of its own origin, against
 * the stack's real CDN (through the package's loader, with Subresource Integrity), chat and connect:
 * {@code <pilot-status-chat>} and {@code <pilot-status-connect>} from {@code @pilot-status/embed/elements}, and
 * {@code <PilotStatusChat>} from {@code @pilot-status/embed/react} in a React 18 app under StrictMode (bundled by the
 * build with esbuild, in development mode, from the package embed-cdn built: {@code target/react-app}).
 *
 * <p>Every page counts the {@code message} listeners on {@code window} (an instrumented
 * {@code addEventListener}/{@code removeEventListener}), so "no listener left behind" is measured, not assumed.
 * Server-side rendering and the Node imports are {@code NpmPackageIT}'s.
 */
class FrameworkComponentsIT extends E2eTest {

  /** The test app and the package as the build laid them out (an npm install's layout). */
  private static final Path APP = Paths.get("target", "react-app").toAbsolutePath();
  private static final Path DIST = APP.resolve("node_modules/@pilot-status/embed/dist");
  /** Before anything else on a page: the net number of window "message" listeners, in window.messageListeners. */
  private static final String COUNT_LISTENERS = "<script>window.messageListeners = 0;"
      + " const add = window.addEventListener, remove = window.removeEventListener, live = new Set();"
      + " window.addEventListener = function (type, fn, o) { if (type === 'message' && !live.has(fn)) { live.add(fn);"
      + " messageListeners++; } return add.call(this, type, fn, o); };"
      + " window.removeEventListener = function (type, fn, o) { if (type === 'message' && live.delete(fn)) {"
      + " messageListeners--; } return remove.call(this, type, fn, o); };</script>";

  private static TestHost host;

  @BeforeAll
  static void startHost() throws Exception {
    String integrity = stack.send(stack.cdnOrigin.replace("embed.pilot.test", "127.0.0.1") + "/embed.js.sri", "GET",
        null, Map.of()).raw().trim();
    String head = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Components host</title>"
        + COUNT_LISTENERS + "<script>window.testConfig = { cdnUrl: '" + stack.cdnOrigin + "', integrity: '" + integrity
        + "' };</script></head><body>";
    host = TestHost.start(stack, "components", config -> {
      config.routes.get("/elements", ctx -> ctx.html(head + "<pilot-status-chat id=\"chat\" token=\"from-an-attribute\""
          + " theme=\"light\"></pilot-status-chat><pilot-status-connect id=\"connect\"></pilot-status-connect>"
          + "</body></html>"));
      config.routes.get("/react", ctx -> ctx.html(head + "<div id=\"root\"></div><script src=\"/app.js\"></script>"
          + "</body></html>"));
      config.routes.get("/app.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
          .result(Files.readString(APP.resolve("app.js"))));
      config.routes.get("/dist/{file}", ctx -> ctx.contentType("text/javascript; charset=utf-8")
          .result(Files.readString(DIST.resolve(Paths.get(ctx.pathParam("file")).getFileName()))));
    });
  }

  @AfterAll
  static void stopHost() {
    if (host != null) {
      host.close();
    }
  }

  private int messageListeners() {
    return ((Number) page.evaluate("() => window.messageListeners")).intValue();
  }

  private int iframes() {
    return ((Number) page.evaluate("() => document.querySelectorAll('iframe').length")).intValue();
  }

  /** The page's recorded events named {@code name} (elements: {@code pilot-status:…}; React: the callback's). */
  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> events(String name) {
    return ((List<Map<String, Object>>) page.evaluate("name => JSON.parse(JSON.stringify(window.app"
        + " ? app.events : window.events)).filter(e => e.name === name)", name));
  }

  private void awaitEvents(String name, int count) {
    page.waitForCondition(() -> events(name).size() >= count);
  }

  /** Imports the elements, points them at the stack's CDN and records every event of both elements. */
  private void loadElements() {
    page.navigate(host.origin + "/elements");
    page.evaluate("async () => { const { EVENTS, configurePilotStatus } = await import('/dist/elements.mjs');"
        + " configurePilotStatus({ load: window.testConfig }); window.events = [];"
        + " for (const el of [chat, connect]) for (const name of Object.values(EVENTS))"
        + "   el.addEventListener(name, e => events.push({ el: el.id, name, detail: e.detail === undefined ? null : e.detail"
        + "   })); }");
  }

  @Test
  void chat_element_ignores_a_token_attribute_mounts_with_the_property_updates_live_and_unmounts_when_removed() {
    List<String> warnings = new CopyOnWriteArrayList<>();
    page.onConsoleMessage(message -> {
      if ("warning".equals(message.type())) {
        warnings.add(message.text());
      }
    });
    loadElements();
    Locator chat = page.locator("#chat");
    assertThat(warnings).anyMatch(w -> w.contains("<pilot-status-chat> ignores its token attribute"));
    assertThat(chat.locator("iframe")).hasCount(0); // the attribute mounted nothing, and loaded no SDK
    assertThat(page.locator("script[src$='/embed.js']")).hasCount(0);

    page.evaluate("async () => { chat.token = (await fetch('/token/chat').then(r => r.json())).token; }");
    FrameLocator inbox = page.frameLocator("#chat iframe");
    assertThat(inbox.locator(".conv-row").first()).isVisible();
    awaitEvents("pilot-status:ready", 1);
    assertThat(events("pilot-status:loader-start")).hasSize(1);
    assertThat(inbox.locator("html")).hasAttribute("data-theme", "light"); // the theme attribute
    assertThat(page.locator("script[src$='/embed.js']")).hasAttribute("integrity", (String) page.evaluate(
        "() => testConfig.integrity"));
    assertThat(messageListeners()).isEqualTo(1);

    // Live: same iframe, new theme; and the handle's openConversation through the element.
    page.evaluate("() => { window.firstFrame = chat.querySelector('iframe'); chat.theme = 'dark'; }");
    assertThat(inbox.locator("html")).hasAttribute("data-theme", "dark");
    String id = inbox.locator(".conv-row").first().getAttribute("data-id");
    assertThat(page.evaluate("id => chat.openConversation(id)", id)).isEqualTo(true);
    awaitEvents("pilot-status:conversation-opened", 1);
    assertThat(events("pilot-status:conversation-opened").get(0).get("detail")).isEqualTo(id);
    assertThat(page.evaluate("() => chat.querySelector('iframe') === firstFrame")).isEqualTo(true);
    assertThat(events("pilot-status:loader-start")).hasSize(1); // no remount

    // Out of the document: iframe and listener gone. Back in: mounted once more, with the theme it had.
    page.evaluate("() => { window.parked = chat; chat.remove(); }");
    assertThat(iframes()).isZero();
    assertThat(messageListeners()).isZero();
    page.evaluate("() => document.body.append(parked)");
    assertThat(inbox.locator(".conv-row").first()).isVisible();
    assertThat(inbox.locator("html")).hasAttribute("data-theme", "dark");
    assertThat(iframes()).isEqualTo(1);
    assertThat(messageListeners()).isEqualTo(1);
    awaitEvents("pilot-status:ready", 2);
    assertThat(events("pilot-status:loader-start")).hasSize(2);
    page.evaluate("() => parked.remove()");
    assertThat(messageListeners()).isZero();
  }

  @Test
  void connect_element_mounts_inline_reports_pairing_and_in_modal_mode_closes_for_good() {
    loadElements();
    String numberId = (String) page.evaluate("async () => { const link = await fetch('/token/connect')"
        + ".then(r => r.json()); connect.token = link.token; return link.numberId; }");
    FrameLocator inline = page.frameLocator("#connect iframe");
    assertThat(inline.locator("[data-state=qr]")).isVisible();
    awaitEvents("pilot-status:ready", 1);

    // A theme change reaches the page (live where the connect handle has update, else by mounting it again).
    page.evaluate("() => { connect.theme = 'dark'; }");
    assertThat(inline.locator("html")).hasAttribute("data-theme", "dark");
    assertThat(inline.locator("[data-state=qr]")).isVisible();
    assertThat(iframes()).isEqualTo(1);

    // The modal: the SDK's dialog, outside the element; closed by the user, it stays closed.
    page.evaluate("() => connect.setAttribute('mode', 'modal')");
    Locator dialog = page.locator("[role=dialog][aria-modal=true]");
    assertThat(dialog).isVisible();
    assertThat(page.locator("#connect iframe")).hasCount(0);
    assertThat(page.frameLocator("[role=dialog] iframe").locator("[data-state=qr]")).isVisible();
    dialog.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
        new Locator.GetByRoleOptions().setName("Close")).click();
    assertThat(dialog).hasCount(0);
    awaitEvents("pilot-status:close", 1);
    page.evaluate("() => { connect.locale = 'pt'; }");
    assertThat(iframes()).isZero();
    assertThat(messageListeners()).isZero();

    // A new mode is a new request: back inline, with the same token; the scan pairs it and the element says so.
    page.evaluate("() => connect.setAttribute('mode', 'inline')");
    assertThat(inline.locator("[data-state=qr]")).isVisible();
    assertThat(stack.send(stack.platformUrl + "/v1/sandbox/numbers/" + numberId + "/scan", "POST", "{}",
        Map.of("x-api-key", E2eStack.TENANT_KEY)).status()).isEqualTo(200);
    awaitEvents("pilot-status:paired", 1);
    assertThat(events("pilot-status:paired").get(0).get("detail")).asString().contains("numberId=" + numberId);
    page.evaluate("() => connect.remove()");
    assertThat(iframes()).isZero();
    assertThat(messageListeners()).isZero();
  }

  @Test
  void react_component_under_strict_mode_mounts_one_iframe_updates_live_and_unmounts_without_a_listener_left() {
    page.navigate(host.origin + "/react");
    int before = messageListeners();
    page.evaluate("async () => { const { token } = await fetch('/token/chat').then(r => r.json()); window.token = token;"
        + " app.render({ token, theme: 'light', locale: 'en' }, 'first'); }");
    FrameLocator inbox = page.frameLocator("#inbox iframe");
    assertThat(inbox.locator(".conv-row").first()).isVisible();
    awaitEvents("ready", 1);
    assertThat(iframes()).as("StrictMode's double mount made one iframe").isEqualTo(1);
    assertThat(messageListeners()).isEqualTo(before + 1);
    assertThat(page.locator("pilot-status-chat.inbox#inbox")).hasCount(1);
    assertThat(events("loader-start")).hasSize(1);

    // New props: the theme applies live, the new callbacks are called, the iframe stays.
    page.evaluate("() => { window.firstFrame = document.querySelector('#inbox iframe');"
        + " app.render({ token, theme: 'dark', locale: 'en' }, 'second'); }");
    assertThat(inbox.locator("html")).hasAttribute("data-theme", "dark");
    inbox.locator(".conv-row").first().click();
    awaitEvents("conversation-opened", 1);
    assertThat(events("conversation-opened")).extracting(e -> e.get("label")).containsExactly("second");
    assertThat(page.evaluate("() => document.querySelector('#inbox iframe') === firstFrame")).isEqualTo(true);
    assertThat(events("loader-start")).hasSize(1);

    page.evaluate("() => app.unmount()");
    assertThat(iframes()).isZero();
    assertThat(messageListeners()).isEqualTo(before);
  }
}
