package com.pilotstatus.embed.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.browser.sdk.SdkVersion;
import com.microsoft.playwright.FrameLocator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A host page with the strictest policy an integrator would write (issue 17 §3, the CSP that {@code docs/host-csp.md}
 * documents): scripts from itself and the CDN only, frames from the chat and connect origins only, styles from itself
 * only, no {@code unsafe-inline} anywhere and no inline script at all. The chat inbox and both connect forms work in
 * it, and the browser reports no violation: every {@code securitypolicyviolation} event, of the page or of the SDK's
 * doing, is recorded from before the first script runs.
 */
class StrictCspHostIT extends E2eTest {

  private static TestHost host;
  private static String policy;

  private static final String PAGE = """
      <!doctype html>
      <html lang="en"><head><meta charset="utf-8"><title>Strict host</title>
      <link rel="stylesheet" href="/host.css">
      <script src="%s/embed.js"></script></head>
      <body><main><h1>Strict host</h1><div id="inbox"></div>
      <button id="open-modal" type="button">Connect (modal)</button><div id="connect-inline"></div></main>
      <script src="/host.js"></script></body></html>
      """;

  // The host's own script, as a customer would write it: tokens from its backend, the SDK's documented calls.
  private static final String SCRIPT = """
      window.events = [];
      var log = function (name) { return function (x) { window.events.push(name); }; };
      PilotStatus.init();
      fetch('/token/chat').then(function (r) { return r.json(); }).then(function (b) {
        PilotStatus.chat.mount('#inbox', { token: b.token, locale: 'en', onReady: log('chat:ready'),
          onError: log('chat:error'), onLoadError: log('chat:loadError') });
      });
      document.getElementById('open-modal').addEventListener('click', function () {
        fetch('/token/connect').then(function (r) { return r.json(); }).then(function (b) {
          PilotStatus.connect.open({ token: b.token, onError: log('modal:error'), onLoadError: log('modal:loadError') });
        });
      });
      window.mountInline = function () {
        fetch('/token/connect').then(function (r) { return r.json(); }).then(function (b) {
          PilotStatus.connect.mount('#connect-inline', { token: b.token, onError: log('inline:error'),
            onLoadError: log('inline:loadError') });
        });
      };
      """;

  @BeforeAll
  static void startHost() {
    policy = "default-src 'none'"
        + "; script-src 'self' " + stack.cdnOrigin
        + "; frame-src " + stack.chatOrigin + " " + stack.connectOrigin
        + "; style-src 'self'"
        + "; connect-src 'self'"
        + "; img-src 'self'"
        + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    host = TestHost.start(stack, "strict", config -> {
      config.routes.before(ctx -> ctx.header("Content-Security-Policy", policy));
      config.routes.get("/", ctx -> ctx.html(PAGE.formatted(stack.cdnOrigin)));
      config.routes.get("/host.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(SCRIPT));
      config.routes.get("/host.css", ctx -> ctx.contentType("text/css; charset=utf-8")
          .result("body{font-family:sans-serif;margin:0}#inbox iframe{border:0}"));
    });
  }

  @AfterAll
  static void stopHost() {
    if (host != null) {
      host.close();
    }
  }

  @Test
  void chat_and_both_connect_forms_work_under_the_strict_policy_with_no_violation() {
    // Before any script of the page: what the browser reports, in the page and in its frames' documents.
    page.addInitScript("window.violations = []; document.addEventListener('securitypolicyviolation', e =>"
        + " window.violations.push(e.violatedDirective + ' ' + e.blockedURI));");
    page.navigate(host.origin + "/");

    FrameLocator chat = page.frameLocator("#inbox iframe");
    assertThat(chat.locator(".conv-row").first()).isVisible();
    page.waitForFunction("() => window.events.includes('chat:ready')");

    page.locator("#open-modal").click();
    assertThat(page.frameLocator("[role=dialog] iframe").locator("[data-state=qr]")).isVisible();
    page.keyboard().press("Escape");

    page.evaluate("() => window.mountInline()");
    assertThat(page.frameLocator("#connect-inline iframe").locator("[data-state=qr]")).isVisible();

    page.waitForTimeout(300); // a report is dispatched as a task: let any late one arrive
    @SuppressWarnings("unchecked")
    List<String> violations = (List<String>) page.evaluate("() => window.violations");
    assertThat(violations).as("CSP violations on the strict host page").isEmpty();
    assertThat(page.evaluate("() => window.events.filter(e => e.includes('rror'))")).asList().isEmpty();
    // The latest loader (/embed.js) brought its own version's core (so a cached older loader after a deploy still gets
    // the core its integrity pins), allowed by the same script-src.
    assertThat(page.locator("script[src$='/embed-core.js']").getAttribute("src"))
        .isEqualTo(stack.cdnOrigin + "/v" + SdkVersion.VERSION + "/embed-core.js");
  }

  @Test
  void the_policy_is_really_enforced_an_inline_script_is_refused_and_reported() {
    // The control: the same page and listener see a violation when there is one, so "none" above means none.
    page.addInitScript("window.violations = []; document.addEventListener('securitypolicyviolation', e =>"
        + " window.violations.push(e.violatedDirective));");
    page.navigate(host.origin + "/");
    page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.ran = true';"
        + " document.body.append(s); }");
    page.waitForFunction("() => window.violations.length > 0");

    assertThat(page.evaluate("() => window.ran === true")).isEqualTo(false);
    assertThat(page.evaluate("() => window.violations[0]")).asString().startsWith("script-src");
  }
}
