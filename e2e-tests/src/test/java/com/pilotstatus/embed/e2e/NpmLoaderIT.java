package com.pilotstatus.embed.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.pilotstatus.embed.browser.sdk.SdkVersion;
import com.pilotstatus.embed.cdn.npm.NpmPackage;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The npm package's main entry, {@code loadPilotStatus} (issue 17 §3), in real Chromium on a host page of its own
 * origin against the stack's real embed-cdn: the versioned {@code embed.js} is inserted once, with its Subresource
 * Integrity value, and the API it resolves with mounts the inbox. From the attacker's side: a CDN answer whose bytes
 * were changed (a compromised CDN or a proxy in the way) never runs, and the promise says why.
 */
class NpmLoaderIT extends E2eTest {

  private static TestHost host;
  private static String integrity;

  @BeforeAll
  static void startHost() throws Exception {
    String loader = NpmPackage.loader(true); // the very code the package ships as dist/loader.mjs
    host = TestHost.start(stack, "loader", config -> {
      config.routes.get("/", ctx -> ctx.html("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
          + "<title>Loader host</title></head><body><div id=\"inbox\"></div></body></html>"));
      config.routes.get("/loader.mjs", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(loader));
    });
    integrity = stack.send(stack.cdnOrigin.replace("embed.pilot.test", "127.0.0.1") + "/embed.js.sri", "GET", null,
        Map.of()).raw().trim();
  }

  @AfterAll
  static void stopHost() {
    if (host != null) {
      host.close();
    }
  }

  private Object load(String options) {
    return page.evaluate("async options => { const { loadPilotStatus } = await import('/loader.mjs');"
        + " try { const api = await loadPilotStatus(options); return api === window.PilotStatus ? 'api' : String(api); }"
        + " catch (e) { return e.name + ': ' + e.message; } }", parse(options));
  }

  /** The options as a map for Playwright (null: none). */
  private static Object parse(String json) {
    return json == null ? null : new ObjectMapper().convertValue(E2eStack.parse(json), Map.class);
  }

  private int scripts() {
    return ((Number) page.evaluate("() => document.querySelectorAll('script[src$=\"/embed.js\"]').length")).intValue();
  }

  @Test
  void inserts_the_versioned_script_once_with_its_integrity_and_the_api_mounts_the_inbox() {
    page.navigate(host.origin + "/");
    String options = "{\"cdnUrl\":\"" + stack.cdnOrigin + "\",\"integrity\":\"" + integrity + "\"}";

    Object both = page.evaluate("async options => { const { loadPilotStatus } = await import('/loader.mjs');"
        + " const [a, b] = await Promise.all([loadPilotStatus(options), loadPilotStatus(options)]);"
        + " const c = await loadPilotStatus(options); return a === b && b === c && a === window.PilotStatus; }",
        parse(options));
    assertThat(both).isEqualTo(true);
    assertThat(scripts()).isEqualTo(1);
    assertThat(page.locator("script[src$='/embed.js']").getAttribute("src"))
        .isEqualTo(stack.cdnOrigin + "/v" + SdkVersion.VERSION + "/embed.js");
    assertThat(page.locator("script[src$='/embed.js']").getAttribute("integrity")).isEqualTo(integrity);
    // The versioned loader inserts the versioned core beside it, pinned by the integrity value it carries.
    assertThat(page.locator("script[src$='/embed-core.js']").getAttribute("src"))
        .isEqualTo(stack.cdnOrigin + "/v" + SdkVersion.VERSION + "/embed-core.js");
    assertThat(page.locator("script[src$='/embed-core.js']").getAttribute("integrity")).startsWith("sha384-");

    page.evaluate("async () => { const { token } = await fetch('/token/chat').then(r => r.json());"
        + " window.PilotStatus.chat.mount('#inbox', { token, locale: 'en' }); }");
    assertThat(page.frameLocator("#inbox iframe").locator(".conv-row").first()).isVisible();
  }

  @Test
  void a_changed_embed_js_never_runs_the_promise_rejects_and_a_later_call_loads_the_real_one() {
    // The attacker's copy: same URL, other bytes, with the CDN's real headers (CORS included).
    page.route(stack.cdnOrigin + "/v*/embed.js", route -> route.fulfill(new Route.FulfillOptions()
        .setStatus(200).setHeaders(Map.of("Content-Type", "text/javascript", "Access-Control-Allow-Origin", "*"))
        .setBody("window.PilotStatus = { stolen: true }; window.ranTampered = true;")));
    page.navigate(host.origin + "/");
    String options = "{\"cdnUrl\":\"" + stack.cdnOrigin + "\",\"integrity\":\"" + integrity + "\"}";

    assertThat(load(options)).asString().startsWith("Error: Pilot Status: could not load").contains("integrity");
    assertThat(page.evaluate("() => window.ranTampered === true || window.PilotStatus !== undefined")).isEqualTo(false);
    assertThat(scripts()).isZero(); // the failed script is removed, so a retry inserts a fresh one

    page.unrouteAll();
    assertThat(load(options)).isEqualTo("api");
    assertThat(scripts()).isEqualTo(1);
  }

  @Test
  void a_cdn_of_ones_own_needs_its_integrity_value_or_an_explicit_false() {
    page.navigate(host.origin + "/");

    assertThat(load("{\"cdnUrl\":\"" + stack.cdnOrigin + "\"}")).asString()
        .startsWith("TypeError: Pilot Status: loadPilotStatus({ cdnUrl:").contains("/embed.js.sri");
    assertThat(load("{\"cdnUrl\":\"" + stack.cdnOrigin + "\",\"integrity\":\"md5-abc\"}")).asString()
        .startsWith("TypeError: Pilot Status: integrity must be");
    assertThat(scripts()).isZero();

    assertThat(load("{\"cdnUrl\":\"" + stack.cdnOrigin + "\",\"integrity\":false}")).isEqualTo("api");
    assertThat(page.locator("script[src$='/embed.js']").getAttribute("integrity")).isNull();
  }

  @Test
  void a_page_that_already_has_the_script_tag_gets_that_api_and_no_second_script() {
    page.navigate(host.origin + "/");
    page.addScriptTag(new Page.AddScriptTagOptions().setUrl(stack.cdnOrigin + "/embed.js"));

    assertThat(load(null)).isEqualTo("api"); // not even the production CDN's default is asked for
    assertThat(page.evaluate("() => document.querySelectorAll('script[src*=\"embed.js\"]').length")).isEqualTo(1);
  }
}
