package com.pilotstatus.embed.browser;

import static com.pilotstatus.embed.browser.FixtureServer.CONNECT;
import static com.pilotstatus.embed.browser.FixtureServer.EVIL;
import static com.pilotstatus.embed.browser.FixtureServer.HOST;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code PilotStatus.connect} of the compiled {@code embed.js} in real Chromium: the iframe contract of seed 001, the
 * messages it listens to, and the modal (ARIA, focus trap, Esc on the page or inside the iframe, focus return, scroll
 * lock). The connect page itself is
 * tested in connect-app and e2e-tests.
 */
class ConnectEmbedIT extends SdkHostTest {

  private static final String CALLBACKS = "onPaired: log('paired'), onError: log('error'), onExpired: log('expired'),"
      + " onClose: log('close')";

  @Test
  void inline_mount_builds_the_documented_iframe() {
    host.page.evaluate("() => { window.h = PilotStatus.connect.mount('#connect-widget', { token: 'tok 1', locale: 'pt',"
        + " theme: 'dark', " + CALLBACKS + " }); }");
    host.frame(CONNECT);
    @SuppressWarnings("unchecked")
    Map<String, Object> attributes = (Map<String, Object>) host.page.evaluate("() => { const f = document.querySelector('#connect-widget iframe');"
        + " return { src: f.getAttribute('src'), sandbox: f.getAttribute('sandbox'), title: f.getAttribute('title') }; }");
    assertThat(attributes).containsEntry("src", server.origin(CONNECT) + "/connect/tok%201?parentOrigin="
            + server.origin(HOST).replace(":", "%3A").replace("/", "%2F") + "&locale=pt&theme=dark")
        .containsEntry("sandbox", "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox")
        .containsEntry("title", "Pilot Status connect");
  }

  @Test
  void paired_error_expired_and_resize_reach_the_host() {
    host.page.evaluate("() => { window.h = PilotStatus.connect.mount('#connect-widget', { token: 'tok-1', " + CALLBACKS + " }); }");
    Frame connect = host.frame(CONNECT);
    connect.waitForFunction("() => document.readyState === 'complete'");
    connect.evaluate("() => { send('resize', { height: 377 }); send('connect:paired', { numberId: 'wn_1' });"
        + " send('connect:error', { message: 'QR failed' }); send('connect:expired'); }");
    host.awaitCount("expired", 1);
    assertThat(host.arguments("paired")).containsExactly(Map.of("numberId", "wn_1"));
    assertThat(host.arguments("error")).containsExactly(Map.of("code", "PAIRING_FAILED", "message", "QR failed"));
    assertThat(host.page.evaluate("() => document.querySelector('#connect-widget iframe').style.height")).isEqualTo("377px");
  }

  @Test
  void messages_from_another_origin_or_window_are_ignored() {
    host.page.evaluate("() => { window.h = PilotStatus.connect.mount('#connect-widget', { token: 'tok-1', " + CALLBACKS + " }); }");
    Frame connect = host.frame(CONNECT);
    host.page.evaluate("src => { const f = document.createElement('iframe'); f.src = src; document.body.appendChild(f); }",
        server.origin(EVIL) + "/evil.html");
    Frame evil = host.frame(EVIL);
    evil.waitForFunction("() => document.readyState === 'complete'");
    evil.evaluate("() => send('connect:paired', { numberId: 'wn_evil' })");
    host.page.evaluate("src => { const f = document.createElement('iframe'); f.src = src; document.body.appendChild(f); }",
        server.origin(CONNECT) + "/connect/other?parentOrigin=" + server.origin(HOST));
    Frame other = host.frame(CONNECT, "/connect/other");
    other.waitForFunction("() => document.readyState === 'complete'");
    other.evaluate("() => send('connect:paired', { numberId: 'wn_other' })");
    host.page.waitForTimeout(300);

    connect.evaluate("() => send('connect:paired', { numberId: 'wn_real' })");
    host.awaitCount("paired", 1);
    assertThat(host.arguments("paired")).containsExactly(Map.of("numberId", "wn_real"));
  }

  /**
   * {@code update} (issue 17 §3): settings changed before the page said {@code ready} go to it then, later ones at
   * once, each to the connect origin only; {@code setTheme}/{@code setLocale} are aliases. The page's next
   * {@code ready} (after it reloaded with them) repeats nothing, and {@code onReady} stays once.
   */
  @Test
  void update_sends_the_settings_once_the_page_is_ready_and_onReady_fires_once() {
    host.page.evaluate("() => { window.h = PilotStatus.connect.open({ token: 'tok-1', theme: 'light',"
        + " onReady: log('ready'), " + CALLBACKS + " }); h.update({ theme: 'dark' }); }");
    Frame connect = host.frame(CONNECT);
    host.awaitCount("ready", 1);
    host.page.evaluate("() => { h.update({ locale: 'es', appearance: { variables: { colorPrimary: '#ff0000' } } });"
        + " h.setLocale('pt'); }");
    connect.waitForFunction("() => received.length === 5");
    connect.evaluate("() => send('ready')"); // as after the page reloaded with the settings
    host.page.waitForTimeout(300);

    assertThat(connect.evaluate("() => received.map(m => m.origin + ' ' + m.data.type + ' '"
        + " + JSON.stringify(m.data.payload))")).isEqualTo(java.util.stream.Stream.of(
            "set-theme {\"theme\":\"dark\"}", "set-appearance {}",
            "set-appearance {\"appearance\":\"&colorPrimary=%23ff0000\"}", "set-locale {\"locale\":\"es\"}",
            "set-locale {\"locale\":\"pt\"}").map(m -> server.origin(HOST) + " " + m).toList());
    assertThat(host.count("ready")).isEqualTo(1);
    assertThat(host.pageErrors).isEmpty();
  }

  @Test
  void baseUrl_overrides_the_connect_origin() {
    host.page.evaluate("evil => PilotStatus.init({ connectBaseUrl: evil })", server.origin(EVIL));
    host.page.evaluate("base => { window.h = PilotStatus.connect.mount('#connect-widget', { token: 'tok-1', baseUrl: base + '/' }); }",
        server.origin(CONNECT));
    assertThat(host.frame(CONNECT).url()).startsWith(server.origin(CONNECT) + "/connect/tok-1?");
  }

  @Test
  void modal_is_an_aria_dialog_that_locks_scroll() {
    host.page.evaluate("() => { window.h = PilotStatus.connect.open({ token: 'tok-1', " + CALLBACKS + " }); }");
    host.frame(CONNECT);
    @SuppressWarnings("unchecked")
    Map<String, Object> modal = (Map<String, Object>) host.page.evaluate("() => { const d = document.querySelector('[role=dialog]');"
        + " return { modal: d.getAttribute('aria-modal'), label: d.getAttribute('aria-label'),"
        + " hasFrame: !!d.querySelector('iframe'), overflow: document.documentElement.style.overflow,"
        + " focused: document.activeElement.getAttribute('aria-label') }; }");
    assertThat(modal).containsEntry("modal", "true").containsEntry("label", "Connect WhatsApp")
        .containsEntry("hasFrame", true).containsEntry("overflow", "hidden").containsEntry("focused", "Close");
  }

  @Test
  void modal_traps_focus_and_esc_closes_it_returning_focus() {
    host.page.focus("#opener");
    host.page.evaluate("() => { window.h = PilotStatus.connect.open({ token: 'tok-1', " + CALLBACKS + " }); }");
    host.frame(CONNECT).waitForFunction("() => document.readyState === 'complete'");
    // Opening moves focus into the dialog; the trap is about what Tab does from there.
    host.page.waitForFunction("() => !!document.activeElement.closest('[data-pilot-status=modal]')");
    for (int i = 0; i < 7; i++) {
      host.page.keyboard().press(i % 3 == 2 ? "Shift+Tab" : "Tab");
      assertThat(focusSettlesInModal()).as("focus after key %d stays in the modal", i).isTrue();
    }
    host.page.focus("[aria-label=Close]");
    host.page.keyboard().press("Escape");

    assertThat(host.page.evaluate("() => document.querySelector('[data-pilot-status=modal]')")).isNull();
    assertThat(host.page.evaluate("() => document.activeElement.id")).isEqualTo("opener");
    assertThat(host.page.evaluate("() => document.documentElement.style.overflow")).isEqualTo("");
    assertThat(host.count("close")).isEqualTo(1);
  }

  @Test
  void esc_pressed_inside_the_iframe_closes_the_modal_returning_focus() {
    host.page.focus("#opener");
    host.page.evaluate("() => { window.h = PilotStatus.connect.open({ token: 'tok-1', " + CALLBACKS + " }); }");
    Frame connect = host.frame(CONNECT);
    connect.waitForFunction("() => document.readyState === 'complete'");

    connect.evaluate("() => send('connect:escape')"); // what the connect runtime posts on Esc (connect-app tests it)
    host.awaitCount("close", 1);

    assertThat(host.page.evaluate("() => document.querySelectorAll('[data-pilot-status=modal], iframe').length")).isEqualTo(0);
    assertThat(host.page.evaluate("() => document.activeElement.id")).isEqualTo("opener");
    assertThat(host.page.evaluate("() => document.documentElement.style.overflow")).isEqualTo("");
    assertThat(host.pageErrors).isEmpty();
  }

  @Test
  void escape_from_another_origin_or_to_an_inline_mount_closes_nothing() {
    host.page.evaluate("() => { window.h = PilotStatus.connect.open({ token: 'tok-1', " + CALLBACKS + " }); }");
    host.frame(CONNECT).waitForFunction("() => document.readyState === 'complete'");
    host.page.evaluate("src => { const f = document.createElement('iframe'); f.src = src; document.body.appendChild(f); }",
        server.origin(EVIL) + "/evil.html");
    Frame evil = host.frame(EVIL);
    evil.waitForFunction("() => document.readyState === 'complete'");
    evil.evaluate("() => send('connect:escape')");
    host.page.evaluate("() => { window.inline = PilotStatus.connect.mount('#connect-widget', { token: 'tok-2', " + CALLBACKS + " }); }");
    Frame inline = host.frame(CONNECT, "/connect/tok-2");
    inline.waitForFunction("() => document.readyState === 'complete'");
    // Then a message the host does act on, from the same frame: it arrives after the Esc, so the Esc was handled.
    inline.evaluate("() => { send('connect:escape'); send('connect:expired'); }");
    host.awaitCount("expired", 1);

    assertThat(host.page.evaluate("() => document.querySelectorAll('[data-pilot-status=modal]').length")).isEqualTo(1);
    assertThat(host.page.evaluate("() => document.querySelectorAll('#connect-widget iframe').length")).isEqualTo(1);
    assertThat(host.count("close")).isZero();

    host.frame(CONNECT, "/connect/tok-1").evaluate("() => send('connect:escape')"); // the modal's own frame: it closes
    host.awaitCount("close", 1);
    assertThat(host.page.evaluate("() => document.querySelectorAll('[data-pilot-status=modal]').length")).isEqualTo(0);
  }

  @Test
  void close_button_and_destroy_remove_the_modal() {
    host.page.evaluate("() => { window.h = PilotStatus.connect.open({ token: 'tok-1', " + CALLBACKS + " }); }");
    host.frame(CONNECT);
    host.page.click("[aria-label=Close]");
    assertThat(host.page.evaluate("() => document.querySelectorAll('[data-pilot-status=modal], iframe').length")).isEqualTo(0);

    host.page.evaluate("() => { window.h2 = PilotStatus.connect.open({ token: 'tok-2' }); h2.destroy(); h2.destroy(); }");
    assertThat(host.page.evaluate("() => document.querySelectorAll('[data-pilot-status=modal], iframe').length")).isEqualTo(0);
    assertThat(host.page.evaluate("() => document.documentElement.style.overflow")).isEqualTo("");
    assertThat(host.count("close")).isEqualTo(1);
    assertThat(host.pageErrors).isEmpty();
  }

  /**
   * Whether focus ends up inside the modal within five seconds. Focus moving into the cross-origin iframe (its own
   * process) is asynchronous: for a moment the host's {@code activeElement} is the body. A broken trap leaves it
   * outside for good.
   */
  private boolean focusSettlesInModal() {
    try {
      host.page.waitForFunction("() => !!document.activeElement.closest('[data-pilot-status=modal]')", null,
          new Page.WaitForFunctionOptions().setTimeout(5_000));
      return true;
    } catch (TimeoutError stillOutside) {
      return false;
    }
  }

  @Test
  void open_without_a_token_throws_INVALID_OPTIONS() {
    assertThat(host.page.evaluate("() => { try { PilotStatus.connect.open({}); return null; } catch (e) { return e.code; } }"))
        .isEqualTo("INVALID_OPTIONS");
    assertThat(host.page.evaluate("() => document.querySelectorAll('[data-pilot-status=modal]').length")).isEqualTo(0);
  }
}
