package com.pilotstatus.embed.browser;

import static com.pilotstatus.embed.browser.FixtureServer.CHAT;
import static com.pilotstatus.embed.browser.FixtureServer.CONNECT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.WaitUntilState;
import com.pilotstatus.embed.browser.sdk.SdkVersion;
import com.pilotstatus.embed.protocol.EmbedErrorCode;
import com.pilotstatus.embed.testing.Bundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The {@code embed.js} loader in front of the SDK's core ({@code embed-core.js}), in real Chromium with the host and
 * the iframes on different origins: the test holds the core's request, makes calls while it is held, then lets it
 * through as served or tampered.
 */
class SdkLoaderIT extends SdkHostTest {

  private final AtomicReference<Route> heldCore = new AtomicReference<>();
  private final List<String> chatRequests = new ArrayList<>();

  /** A host page whose core request is held until the test resolves {@link #heldCore}. */
  private void openWithCoreHeld() {
    host.close();
    host = new SdkPage(chromium, server, "/host.html", context -> {
      context.route("**/" + Bundles.CORE, heldCore::set);
      context.onRequest(request -> {
        if (request.url().startsWith(server.origin(CHAT))) {
          chatRequests.add(request.url());
        }
      });
    }, WaitUntilState.DOMCONTENTLOADED);
    host.page.waitForCondition(() -> heldCore.get() != null);
  }

  @Test
  void calls_made_before_the_core_loads_are_replayed_in_order_and_their_errors_reach_onLoadError() {
    openWithCoreHeld();
    host.page.evaluate("([chat, connect]) => {"
        + " PilotStatus.init({ chatBaseUrl: chat, connectBaseUrl: connect });"
        + " window.chat = PilotStatus.chat.mount('#inbox', { token: 'tok-q', onLoaderStart: log('start'),"
        + "   onReady: log('ready'), onError: log('error') });"
        + " window.chat.openConversation('c_7');"
        + " window.lost = PilotStatus.chat.mount('#nowhere', { token: 'tok-x', onLoadError: log('loadError') });"
        + " window.lost.update({ theme: 'dark' });"
        + " PilotStatus.chat.mount('#inbox2', { token: 'tok-gone', onLoaderStart: log('goneStart') }).destroy(); }",
        List.of(server.origin(CHAT), server.origin(CONNECT)));

    assertThat(host.page.evaluate("() => [PilotStatus.version, typeof chat.update, typeof chat.openConversation,"
        + " document.querySelectorAll('iframe').length, events.length]"))
        .isEqualTo(List.of(SdkVersion.VERSION, "function", "function", 0, 0));
    assertThat(host.page.evaluate("() => document.querySelector('script[src$=\"/embed-core.js\"]').integrity"))
        .asString().startsWith("sha384-");

    heldCore.get().resume();
    Frame chat = host.frame(CHAT);
    chat.waitForFunction("() => received.some(m => m.data && m.data.type === 'chat:open-conversation')");
    host.awaitCount("ready", 1);

    assertThat(chat.evaluate("() => received.map(m => m.data.type)"))
        .isEqualTo(List.of("init", "chat:open-conversation"));
    assertThat(chat.evaluate("() => inits()[0].token")).isEqualTo("tok-q");
    assertThat(host.page.evaluate("() => events.map(e => e.n)")).isEqualTo(List.of("start", "loadError", "ready"));
    assertThat(host.page.evaluate("() => document.querySelectorAll('iframe').length")).as("the destroyed one: none")
        .isEqualTo(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> lost = (Map<String, Object>) host.arguments("loadError").get(0);
    assertThat(lost.get("code")).isEqualTo(EmbedErrorCode.MOUNT_TARGET_NOT_FOUND);
    // Once the core runs, the same mistake throws at once, as it always did.
    assertThat(host.page.evaluate("() => { try { PilotStatus.chat.mount('#nowhere', { token: 't' }); return 'no throw'; }"
        + " catch (e) { return e.name + ' ' + e.code; } }"))
        .isEqualTo("PilotStatusError " + EmbedErrorCode.MOUNT_TARGET_NOT_FOUND);
    assertThat(host.pageErrors).isEmpty();
  }

  @Test
  void a_tampered_core_never_runs_and_every_mount_gets_SDK_LOAD_FAILED_without_an_iframe_or_a_token_request() {
    openWithCoreHeld();
    host.page.evaluate("([chat, connect]) => {"
        + " PilotStatus.init({ chatBaseUrl: chat, connectBaseUrl: connect });"
        + " window.asked = 0;"
        + " PilotStatus.chat.mount('#inbox', { fetchToken: () => { asked++; return Promise.resolve('tok-t'); },"
        + "   onLoaderStart: log('start'), onLoadError: log('loadError'), onError: log('error') });"
        + " PilotStatus.connect.open({ token: 'tok-c', onError: log('connectError') }); }",
        List.of(server.origin(CHAT), server.origin(CONNECT)));

    String tampered = "window.tampered = true;" + Bundles.read(Bundles.CORE);
    heldCore.get().fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/javascript").setBody(tampered));
    host.awaitCount("connectError", 1);
    host.page.evaluate("() => PilotStatus.chat.mount('#inbox', { token: 'tok-late', onLoadError: log('loadError') })");

    assertThat(host.page.evaluate("() => events.map(e => e.n + ':' + (e.x && e.x.code))"))
        .isEqualTo(List.of("loadError:SDK_LOAD_FAILED", "connectError:SDK_LOAD_FAILED", "loadError:SDK_LOAD_FAILED"));
    assertThat(host.page.evaluate("() => [window.tampered === undefined, asked, document.querySelectorAll('iframe').length]"))
        .isEqualTo(List.of(true, 0, 0));
    assertThat(chatRequests).isEmpty();
    assertThat(host.errors).anySatisfy(message -> assertThat(message)
        .contains("SDK_LOAD_FAILED", server.origin(FixtureServer.HOST) + "/v" + SdkVersion.VERSION + "/embed-core.js", "integrity"));
  }
}
