package com.pilotstatus.embed.browser;

import static com.pilotstatus.embed.browser.FixtureServer.CHAT;
import static com.pilotstatus.embed.browser.FixtureServer.CONNECT;
import static com.pilotstatus.embed.browser.FixtureServer.SILENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.protocol.ProtocolVersion;
import com.pilotstatus.embed.testing.FreePorts;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lifecycle of every surface ({@code chat.mount}, {@code connect.open}, {@code connect.mount}) in real Chromium,
 * the host page on another origin than the iframe: {@code onLoaderStart} first, then {@code onReady} — or, when the
 * iframe cannot load, {@code onLoadError} with the code that says why, within {@code handshakeTimeout}, a
 * {@code console.error} naming the fix, and never {@code onReady}. A table of cases: the server stopped (a port
 * nothing listens on), the host page's CSP {@code frame-src} refusing the frame, a base URL that answers but is not a
 * surface, an iframe of another major protocol version.
 */
class LoadErrorsIT extends SdkHostTest {

  private static final int TIMEOUT_MS = 1500;

  /** Mounts {@code surface} ({@code chat}, {@code open}, {@code mount}) against {@code base}, recording callbacks. */
  private void mount(String surface, String base) {
    host.page.evaluate("a => { const o = { token: 'tok-1', handshakeTimeout: a.timeout, onLoaderStart: log('loaderStart'),"
        + " onReady: log('ready'), onError: log('error'),"
        + " onLoadError: e => { window.loadErrorAfter = performance.now() - window.t0; log('loadError')(e); } };"
        + " window.t0 = performance.now();"
        + " if (a.surface === 'chat') { PilotStatus.init({ chatBaseUrl: a.base }); PilotStatus.chat.mount('#inbox', o); }"
        + " else { o.baseUrl = a.base; if (a.surface === 'open') PilotStatus.connect.open(o);"
        + " else PilotStatus.connect.mount('#connect-widget', o); } }",
        Map.of("surface", surface, "base", base, "timeout", TIMEOUT_MS));
  }

  @SuppressWarnings("unchecked")
  private List<String> order() {
    return (List<String>) host.page.evaluate("() => events.map(e => e.n)");
  }

  @ParameterizedTest(name = "{0}: {1} gives {2}")
  @CsvSource({
      "chat, server stopped, FRAME_UNREACHABLE",
      "open, server stopped, FRAME_UNREACHABLE",
      "mount, server stopped, FRAME_UNREACHABLE",
      "chat, host CSP frame-src, FRAME_BLOCKED",
      "open, host CSP frame-src, FRAME_BLOCKED",
      "mount, host CSP frame-src, FRAME_BLOCKED",
      "chat, wrong base URL, HANDSHAKE_TIMEOUT",
      "open, wrong base URL, HANDSHAKE_TIMEOUT",
      "mount, wrong base URL, HANDSHAKE_TIMEOUT"})
  void iframe_that_cannot_load_gets_onLoadError_with_its_code_within_the_timeout(String surface, String failure,
      String code) {
    String base = server.origin(surface.equals("chat") ? CHAT : CONNECT);
    if (failure.equals("server stopped")) {
      base = "http://" + (surface.equals("chat") ? CHAT : CONNECT) + ":" + FreePorts.pick(); // nothing listens there
    } else if (failure.equals("wrong base URL")) {
      base = server.origin(SILENT); // a server that answers, but no Pilot Status surface
    } else {
      host.close();
      host = new SdkPage(chromium, server, "/host-frame-csp.html");
    }
    List<String> consoleErrors = new CopyOnWriteArrayList<>();
    host.page.onConsoleMessage(m -> {
      if ("error".equals(m.type())) {
        consoleErrors.add(m.text());
      }
    });

    mount(surface, base);
    host.awaitCount("loadError", 1);
    host.page.waitForTimeout(TIMEOUT_MS); // anything late (a second report, an onReady) would arrive now

    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) host.arguments("loadError").get(0);
    assertThat(error.get("code")).isEqualTo(code);
    assertThat(((Number) host.page.evaluate("() => loadErrorAfter")).doubleValue()).isLessThanOrEqualTo(TIMEOUT_MS + 250);
    assertThat(order()).containsExactly("loaderStart", "loadError");
    String fix = code.equals("FRAME_BLOCKED") ? "frame-src" : surface.equals("chat") ? "chatBaseUrl" : "baseUrl";
    assertThat(consoleErrors).anyMatch(m -> m.contains("[PilotStatus] " + code) && m.contains(fix));
    assertThat(host.pageErrors).isEmpty();
  }

  /**
   * Protocol skew (issue 17 §4): an iframe whose {@code ready} announces another major version is a load error at
   * once, not a handshake timeout; the chat token never goes to it. Another minor version works.
   */
  @ParameterizedTest(name = "{0}: an iframe announcing {1}.{2}")
  @CsvSource({"chat, 2, 0", "open, 2, 0", "mount, 0, 9"})
  void iframe_of_another_major_protocol_version_gets_PROTOCOL_MISMATCH_at_once(String surface, int major, int minor) {
    String stub = FixtureServer.announcing(surface.equals("chat") ? CHAT : CONNECT, major, minor);
    List<String> consoleErrors = new CopyOnWriteArrayList<>();
    host.page.onConsoleMessage(m -> {
      if ("error".equals(m.type())) {
        consoleErrors.add(m.text());
      }
    });

    mount(surface, server.origin(stub));
    host.awaitCount("loadError", 1);
    host.page.waitForTimeout(TIMEOUT_MS); // past the handshake timeout: no second report, no onReady

    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) host.arguments("loadError").get(0);
    assertThat(error.get("code")).isEqualTo("PROTOCOL_MISMATCH");
    assertThat((String) error.get("message")).contains("protocol " + major + "." + minor, "this embed.js " + ProtocolVersion.CURRENT,
        "load the embed.js the server serves");
    // Within the timeout; the code itself says it came from ready, not from the timer (that would be HANDSHAKE_TIMEOUT).
    assertThat(((Number) host.page.evaluate("() => loadErrorAfter")).doubleValue()).isLessThanOrEqualTo(TIMEOUT_MS + 250);
    assertThat(order()).containsExactly("loaderStart", "loadError");
    assertThat(consoleErrors).anyMatch(m -> m.contains("[PilotStatus] PROTOCOL_MISMATCH") && m.contains("embed.js"));
    if (surface.equals("chat")) {
      assertThat(host.frame(stub).evaluate("() => inits().length")).as("init (the token) sent").isEqualTo(0);
    }
    assertThat(host.pageErrors).isEmpty();
  }

  @ParameterizedTest(name = "{0}: an iframe announcing 1.9")
  @ValueSource(strings = {"chat", "mount"})
  void iframe_of_the_next_minor_protocol_version_loads(String surface) {
    mount(surface, server.origin(FixtureServer.announcing(surface.equals("chat") ? CHAT : CONNECT, 1, 9)));
    host.awaitCount("ready", 1); // for chat: after init went out and the stub checked its token
    host.page.waitForTimeout(TIMEOUT_MS + 300); // past the handshake timeout

    assertThat(order()).containsExactly("loaderStart", "ready");
  }

  @ParameterizedTest
  @ValueSource(strings = {"chat", "open", "mount"})
  void iframe_that_loads_gets_onLoaderStart_then_onReady_and_no_load_error(String surface) {
    mount(surface, server.origin(surface.equals("chat") ? CHAT : CONNECT));
    host.awaitCount("ready", 1);
    host.page.waitForTimeout(TIMEOUT_MS + 300); // past the handshake timeout

    assertThat(order()).containsExactly("loaderStart", "ready");
  }
}
