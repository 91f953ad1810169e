package com.pilotstatus.embed.browser;

import static com.pilotstatus.embed.browser.FixtureServer.CHAT;
import static com.pilotstatus.embed.browser.FixtureServer.EVIL;
import static com.pilotstatus.embed.browser.FixtureServer.HOST;
import static com.pilotstatus.embed.browser.FixtureServer.SILENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import com.pilotstatus.embed.browser.sdk.SdkVersion;
import com.pilotstatus.embed.protocol.ProtocolVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code PilotStatus.chat} of the compiled {@code embed.js}, in real Chromium, on a host page of one origin with a
 * chat iframe stub on another (see {@link FixtureServer}). Covers the handshake, the checks on every incoming message,
 * the token's destination, timeouts, reloads, tokens from {@code fetchToken}, double includes and {@code destroy}.
 * The chat app itself is tested in chat-app and e2e-tests.
 */
class ChatEmbedIT extends SdkHostTest {

  // ---- handshake -------------------------------------------------------------------------------------------

  @Test
  void handshake_between_two_origins_delivers_init_from_the_host_origin() {
    host.mountChat("");
    Frame chat = host.frame(CHAT);
    chat.waitForFunction("() => inits().length === 1");
    host.awaitCount("ready", 1);

    @SuppressWarnings("unchecked")
    Map<String, Object> init = (Map<String, Object>) chat.evaluate("() => received[0]");
    assertThat(init.get("origin")).isEqualTo(server.origin(HOST));
    assertThat(init.get("fromParent")).isEqualTo(true);
    assertThat(init.get("data")).isEqualTo(Map.of("source", "pilot-status-embed", "v", 1, "type", "init",
        "payload", Map.of("token", "tok-1", "locale", "en", "theme", "light", "protocol", ProtocolVersion.CURRENT)));
    assertThat(host.pageErrors).isEmpty();
  }

  @Test
  void iframe_that_reloads_speaking_another_major_protocol_version_is_reported_and_gets_no_init() {
    host.mountChat("");
    Frame chat = host.frame(CHAT);
    host.awaitCount("ready", 1);
    chat.evaluate("() => send('ready', { protocol: '2.0' })"); // as the iframe would after its server was upgraded
    host.awaitCount("error", 1);
    chat.evaluate("() => send('ready')");
    host.page.waitForTimeout(300);

    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) host.arguments("error").get(0);
    assertThat(error.get("code")).isEqualTo("PROTOCOL_MISMATCH");
    assertThat(chat.evaluate("() => inits().length")).as("init after the mismatch").isEqualTo(1);
    assertThat(host.arguments("error")).hasSize(1);
  }

  @Test
  void onReady_waits_for_the_iframes_session_check_and_fires_once() {
    host.mountChat("token: 'hold-1'"); // the stub holds its session-started for tokens starting with "hold"
    Frame chat = host.frame(CHAT);
    chat.waitForFunction("() => inits().length === 1");
    host.page.waitForTimeout(300);
    assertThat(host.count("ready")).as("onReady before the session check").isZero();

    chat.evaluate("() => { send('session-started'); send('session-started'); }");
    host.awaitCount("ready", 1);
    host.page.waitForTimeout(200);
    assertThat(host.count("ready")).isEqualTo(1);
  }

  @Test
  void iframe_follows_the_documented_contract() {
    host.mountChat("");
    host.frame(CHAT);
    @SuppressWarnings("unchecked")
    Map<String, Object> attributes = (Map<String, Object>) host.page.evaluate("() => { const f = document.querySelector('#inbox iframe');"
        + " return { src: f.getAttribute('src'), sandbox: f.getAttribute('sandbox'), title: f.getAttribute('title'),"
        + " width: f.style.width, border: getComputedStyle(f).borderTopWidth }; }");
    assertThat(attributes).containsEntry("src",
        server.origin(CHAT) + "/?parentOrigin=" + java.net.URLEncoder.encode(server.origin(HOST),
            java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
        .containsEntry("sandbox", "allow-scripts allow-same-origin allow-forms allow-popups allow-downloads")
        .containsEntry("title", "Pilot Status chat")
        .containsEntry("width", "100%")
        .containsEntry("border", "0px");
  }

  @Test
  void host_page_with_a_strict_style_csp_still_gets_a_borderless_full_width_iframe_and_modal() {
    host.close();
    host = new SdkPage(chromium, server, "/host-strict-style.html");
    host.initSdk();
    host.mountChat("");
    host.frame(CHAT);
    host.page.evaluate("() => { window.modal = PilotStatus.connect.open({ token: 'tok_csp' }); }");

    @SuppressWarnings("unchecked")
    Map<String, Object> styles = (Map<String, Object>) host.page.evaluate("() => {"
        + " const f = document.querySelector('#inbox iframe'), m = document.querySelector('[data-pilot-status=modal]');"
        + " return { border: getComputedStyle(f).borderTopWidth, fullWidth: f.offsetWidth === f.parentElement.clientWidth,"
        + " modal: getComputedStyle(m).position }; }");
    assertThat(styles).containsEntry("border", "0px").containsEntry("fullWidth", true).containsEntry("modal", "fixed");
  }

  @Test
  void resize_sets_the_iframe_height() {
    host.mountChat("");
    Frame chat = host.frame(CHAT);
    chat.waitForFunction("() => inits().length === 1");
    chat.evaluate("() => send('resize', { height: 432 })");
    host.page.waitForFunction("() => document.querySelector('#inbox iframe').style.height === '432px'");
  }

  @Test
  void chat_events_reach_their_callbacks() {
    host.mountChat("");
    Frame chat = host.frame(CHAT);
    chat.waitForFunction("() => inits().length === 1");
    chat.evaluate("() => { send('chat:unread-count', { count: 3 }); send('chat:conversation-opened', { conversationId: 'c_42' });"
        + " send('session-expired'); }");
    host.awaitCount("expired", 1);
    assertThat(host.arguments("unread")).containsExactly(3);
    assertThat(host.arguments("opened")).containsExactly("c_42");
  }

  @Test
  void token_over_8192_characters_is_never_posted_and_reports_TOKEN_INVALID() {
    host.page.evaluate("() => { window.chat = PilotStatus.chat.mount('#inbox', { token: 'x'.repeat(8193),"
        + " onReady: log('ready'), onError: log('error') }); }");
    Frame chat = host.frame(CHAT);
    host.awaitCount("error", 1);

    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) host.arguments("error").get(0);
    assertThat(error).containsEntry("code", "TOKEN_INVALID");
    // An init the SDK posted before reporting would reach the frame before a message the page posts now.
    host.page.evaluate("() => document.querySelector('#inbox iframe').contentWindow.postMessage('after-error', '*')");
    chat.waitForFunction("() => received.some(m => m.data === 'after-error')");
    assertThat(chat.evaluate("() => inits().length")).isEqualTo(0);
    assertThat(host.count("ready")).isZero();
  }

  @Test
  void error_from_the_iframe_reaches_onError_with_its_code() {
    host.mountChat("");
    Frame chat = host.frame(CHAT);
    chat.evaluate("() => { send('error', { code: 'NOT_A_CODE', message: 'ignored' });"
        + " send('error', { code: 'ORIGIN_NOT_ALLOWED', message: 'this page is not allowed' }); }");
    host.awaitCount("error", 1);
    assertThat(host.arguments("error")).containsExactly(
        Map.of("code", "ORIGIN_NOT_ALLOWED", "message", "this page is not allowed"));
  }

  // ---- update, openConversation ----------------------------------------------------------------------------

  @Test
  void update_sends_theme_and_locale_and_openConversation_waits_for_init() {
    host.page.evaluate("() => { window.tokenResolvers = []; window.nextToken = () => new Promise(r => tokenResolvers.push(r)); }");
    host.mountChat("fetchToken: () => nextToken()");
    Frame chat = host.frame(CHAT);
    chat.waitForFunction("() => document.readyState === 'complete'");
    host.page.evaluate("() => { chat.openConversation('cv_7'); tokenResolvers[0]('tok-1'); }");
    chat.waitForFunction("() => received.length === 2");
    host.page.evaluate("() => { chat.update({ theme: 'dark', locale: 'pt' }); chat.update({ locale: 'es' }); }");
    chat.waitForFunction("() => received.length === 5");

    assertThat(chat.evaluate("() => received.map(m => m.data.type + ' ' + JSON.stringify(m.data.payload))"))
        .isEqualTo(List.of("init {\"token\":\"tok-1\",\"locale\":\"en\",\"theme\":\"light\",\"protocol\":\""
            + ProtocolVersion.CURRENT + "\"}",
            "chat:open-conversation {\"conversationId\":\"cv_7\"}", "set-theme {\"theme\":\"dark\"}",
            "set-locale {\"locale\":\"pt\"}", "set-locale {\"locale\":\"es\"}"));
  }

  @Test
  void openConversation_with_an_unusable_id_reports_CONVERSATION_NOT_FOUND() {
    host.mountChat("");
    host.frame(CHAT).waitForFunction("() => inits().length === 1");
    host.page.evaluate("() => chat.openConversation('x'.repeat(129))");
    host.awaitCount("error", 1);

    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) host.arguments("error").get(0);
    assertThat(error).containsEntry("code", "CONVERSATION_NOT_FOUND");
  }

  // ---- what is ignored ------------------------------------------------------------------------------------

  @Test
  void spoofed_messages_from_another_window_of_the_chat_origin_are_ignored() {
    host.mountChat("");
    host.frame(CHAT).waitForFunction("() => inits().length === 1");
    host.page.evaluate("src => { const f = document.createElement('iframe'); f.src = src; document.body.appendChild(f); }",
        server.origin(CHAT) + "/?spoof=1&parentOrigin=" + server.origin(HOST));
    Frame spoof = host.frame(CHAT, "spoof=1");
    spoof.waitForFunction("() => document.readyState === 'complete'");
    spoof.evaluate("() => { send('ready'); send('chat:unread-count', { count: 666 }); }");
    host.page.waitForTimeout(300);

    host.frame(CHAT, "/?parentOrigin").evaluate("() => send('chat:unread-count', { count: 1 })");
    host.awaitCount("unread", 1);
    assertThat(host.arguments("unread")).containsExactly(1);
    assertThat((Number) spoof.evaluate("() => received.length")).isEqualTo(0);
  }

  @Test
  void messages_from_another_origin_are_ignored() {
    host.mountChat("");
    Frame chat = host.frame(CHAT);
    chat.waitForFunction("() => inits().length === 1");
    host.page.evaluate("src => { const f = document.createElement('iframe'); f.src = src; document.body.appendChild(f); }",
        server.origin(EVIL) + "/evil.html");
    Frame evil = host.frame(EVIL);
    evil.waitForFunction("() => document.readyState === 'complete'");
    evil.evaluate("() => { send('ready'); send('chat:unread-count', { count: 666 }); send('session-expired'); }");
    host.page.waitForTimeout(300);

    chat.evaluate("() => send('chat:unread-count', { count: 2 })");
    host.awaitCount("unread", 1);
    assertThat(host.arguments("unread")).containsExactly(2);
    assertThat(host.count("expired")).isZero();
    assertThat((Number) evil.evaluate("() => received.length")).isEqualTo(0);
  }

  @Test
  void wrong_envelopes_are_ignored() {
    host.mountChat("");
    Frame chat = host.frame(CHAT);
    chat.waitForFunction("() => inits().length === 1");
    chat.evaluate("() => {"
        + " sendRaw({ source: 'someone-else', v: 1, type: 'chat:unread-count', payload: { count: 10 } });"
        + " sendRaw({ source: 'pilot-status-embed', v: 2, type: 'chat:unread-count', payload: { count: 11 } });"
        + " sendRaw({ source: 'pilot-status-embed', v: 1, type: 'chat:unread', payload: { count: 12 } });"
        + " sendRaw({ source: 'pilot-status-embed', v: 1, type: 'set-theme', payload: { theme: 'dark' } });"
        + " sendRaw({ source: 'pilot-status-embed', v: 1, type: 'connect:expired', payload: {} });"
        + " sendRaw(JSON.stringify({ source: 'pilot-status-embed', v: 1, type: 'chat:unread-count', payload: { count: 13 } }));"
        + " send('chat:unread-count', { count: 5 }); }");
    host.awaitCount("unread", 1);
    assertThat(host.arguments("unread")).containsExactly(5);
  }

  @Test
  void malformed_payloads_are_ignored_without_exceptions() {
    host.mountChat("");
    Frame chat = host.frame(CHAT);
    chat.waitForFunction("() => inits().length === 1");
    chat.evaluate("() => { let deep = {}; let d = deep; for (let i = 0; i < 5000; i++) { d.a = {}; d = d.a; }"
        + " const bad = [null, undefined, 42, 'text', [], [1, 2], true, new Date(0), new Uint8Array(4), deep,"
        + " 'x'.repeat(2000000), { source: 'pilot-status-embed' },"
        + " { source: 'pilot-status-embed', v: 1, type: 'chat:unread-count' },"
        + " { source: 'pilot-status-embed', v: 1, type: 'chat:unread-count', payload: 'count=3' },"
        + " { source: 'pilot-status-embed', v: 1, type: 'chat:unread-count', payload: { count: -1 } },"
        + " { source: 'pilot-status-embed', v: 1, type: 'chat:unread-count', payload: { count: '3' } },"
        + " { source: 'pilot-status-embed', v: 1, type: 'chat:unread-count', payload: { count: 1.5 } },"
        + " { source: 'pilot-status-embed', v: 1, type: 'chat:unread-count', payload: { count: 1e300 } },"
        + " { source: 'pilot-status-embed', v: 1, type: 'chat:unread-count', payload: { count: NaN } },"
        + " { source: 'pilot-status-embed', v: 1, type: 'resize', payload: { height: -5 } },"
        + " { source: 'pilot-status-embed', v: 1, type: 'chat:conversation-opened', payload: { conversationId: 'x'.repeat(500) } },"
        + " { source: 'pilot-status-embed', v: 1, type: 'chat:conversation-opened', payload: { conversationId: 7 } },"
        + " { source: 'pilot-status-embed', v: '1', type: 'chat:unread-count', payload: { count: 4 } },"
        + " { source: 'pilot-status-embed', v: 1, type: { toString: null }, payload: {} } ];"
        + " bad.forEach(b => { try { sendRaw(b); } catch (e) {} });"
        + " send('chat:unread-count', { count: 8 }); }");
    host.awaitCount("unread", 1);
    assertThat(host.arguments("unread")).containsExactly(8);
    assertThat(host.count("opened")).isZero();
    assertThat(host.pageErrors).isEmpty();
  }

  // ---- where the token goes ------------------------------------------------------------------------------

  @Test
  void init_is_addressed_only_to_the_chat_origin() {
    host.page.evaluate("() => { window.fetches = 0; window.tokenResolvers = [];"
        + " window.nextToken = () => new Promise(r => { window.fetches++; window.tokenResolvers.push(r); }); }");
    host.mountChat("fetchToken: () => nextToken()");
    Frame chat = host.frame(CHAT);
    host.page.evaluate("() => tokenResolvers[0]('tok-first')");
    chat.waitForFunction("() => inits().length === 1");

    // The iframe asks for a new token, then its document is replaced by a foreign origin before the token comes.
    chat.evaluate("() => send('session-expired')");
    host.page.waitForFunction("() => fetches === 2");
    chat.evaluate("evil => { location.href = evil; }", server.origin(EVIL) + "/evil.html");
    Frame evil = host.frame(EVIL);
    evil.waitForFunction("() => document.readyState === 'complete'");
    evil.evaluate("() => send('ready')");
    host.page.evaluate("() => { tokenResolvers[1]('tok-secret'); window.chat.setTheme('dark'); }");
    host.page.waitForTimeout(500);

    assertThat((Number) evil.evaluate("() => received.length")).isEqualTo(0);
  }

  // ---- timeouts, reloads, queued calls ---------------------------------------------------------------------

  @Test
  void handshake_timeout_fires_onError() {
    host.page.evaluate("silent => PilotStatus.init({ chatBaseUrl: silent })", server.origin(SILENT));
    host.mountChat("handshakeTimeout: 300");
    host.awaitCount("error", 1);
    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) host.arguments("error").get(0);
    assertThat(error.get("code")).isEqualTo("HANDSHAKE_TIMEOUT");
    assertThat(host.count("ready")).isZero();
  }

  @Test
  void iframe_reload_rehandshakes_with_the_current_theme() {
    host.mountChat("");
    Frame chat = host.frame(CHAT);
    chat.waitForFunction("() => inits().length === 1");
    host.page.evaluate("() => chat.setTheme('dark')");
    chat.waitForFunction("() => received.some(m => m.data.type === 'set-theme' && m.data.payload.theme === 'dark')");

    String firstLoad = (String) chat.evaluate("() => loadId");
    host.reloadFrame(CHAT);
    Object init = host.awaitInFrame(CHAT,
        "() => window.loadId !== '" + firstLoad + "' && inits().length === 1 ? inits()[0] : null");
    assertThat(init).isEqualTo(Map.of("token", "tok-1", "locale", "en", "theme", "dark", "protocol",
        ProtocolVersion.CURRENT));
    assertThat(host.count("ready")).isEqualTo(1);
  }

  @Test
  void theme_and_locale_set_before_ready_are_sent_in_init() {
    host.page.evaluate("() => { window.tokenResolvers = []; window.nextToken = () => new Promise(r => tokenResolvers.push(r)); }");
    host.mountChat("fetchToken: () => nextToken()");
    Frame chat = host.frame(CHAT);
    chat.waitForFunction("() => document.readyState === 'complete'");
    host.page.evaluate("() => { chat.setTheme('dark'); chat.setLocale('pt'); tokenResolvers[0]('tok-late'); }");
    chat.waitForFunction("() => inits().length === 1");
    host.page.waitForTimeout(200);

    assertThat(chat.evaluate("() => received.map(m => m.data.type)")).isEqualTo(List.of("init"));
    assertThat(chat.evaluate("() => inits()[0]")).isEqualTo(Map.of("token", "tok-late", "locale", "pt", "theme", "dark",
        "protocol", ProtocolVersion.CURRENT));
  }

  // ---- tokens --------------------------------------------------------------------------------------------

  @Test
  void fetchToken_refresh_shares_one_fetch_and_reinits_the_same_iframe() {
    host.page.evaluate("() => { window.fetches = 0; window.tokenResolvers = [];"
        + " window.nextToken = () => new Promise(r => { fetches++; tokenResolvers.push(r); }); }");
    host.mountChat("fetchToken: () => nextToken()");
    Frame chat = host.frame(CHAT);
    host.page.evaluate("() => tokenResolvers[0]('tok-1')");
    chat.waitForFunction("() => inits().length === 1");
    String load = (String) chat.evaluate("() => loadId");

    chat.evaluate("() => { send('session-expired'); send('session-expired'); }");
    host.page.waitForFunction("() => fetches === 2");
    host.page.waitForTimeout(200);
    host.page.evaluate("() => tokenResolvers.slice(1).forEach(r => r('tok-2'))");
    chat.waitForFunction("() => inits().length === 2");

    assertThat(host.page.evaluate("() => fetches")).isEqualTo(2);
    assertThat(chat.evaluate("() => inits().map(p => p.token)")).isEqualTo(List.of("tok-1", "tok-2"));
    assertThat(chat.evaluate("() => loadId")).isEqualTo(load);
    assertThat(host.count("expired")).isZero();
  }

  @Test
  void failing_fetchToken_reports_TOKEN_FETCH_FAILED() {
    host.mountChat("fetchToken: () => Promise.reject(new Error('backend down'))");
    host.awaitCount("error", 1);
    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) host.arguments("error").get(0);
    assertThat(error.get("code")).isEqualTo("TOKEN_FETCH_FAILED");
    assertThat((String) error.get("message")).contains("backend down");
  }

  @Test
  void a_reloaded_iframe_retries_a_failed_fetchToken() {
    host.page.evaluate("() => { window.fetches = 0;"
        + " window.nextToken = () => ++fetches === 1 ? Promise.reject(new Error('flaky')) : Promise.resolve('tok-retry'); }");
    host.mountChat("fetchToken: () => nextToken()");
    host.awaitCount("error", 1);
    host.reloadFrame(CHAT);
    Object token = host.awaitInFrame(CHAT, "() => inits().length === 1 ? inits()[0].token : null");
    assertThat(token).isEqualTo("tok-retry");
    assertThat(host.page.evaluate("() => fetches")).isEqualTo(2);
  }

  // ---- lifecycle -----------------------------------------------------------------------------------------

  @Test
  void destroy_removes_the_iframe_and_every_listener() {
    host.mountChat("");
    host.frame(CHAT).waitForFunction("() => inits().length === 1");
    // A message event that passes every check (origin, source, envelope): the control before destroy.
    host.page.evaluate("origin => { window.chatWindow = document.querySelector('#inbox iframe').contentWindow;"
        + " window.fake = (n) => window.dispatchEvent(new MessageEvent('message', { origin: origin, source: chatWindow,"
        + " data: { source: 'pilot-status-embed', v: 1, type: 'chat:unread-count', payload: { count: n } } })); }",
        server.origin(CHAT));
    host.page.evaluate("() => fake(1)");
    assertThat(host.arguments("unread")).containsExactly(1);

    host.page.evaluate("() => { chat.destroy(); chat.destroy(); fake(2); }");
    host.page.waitForTimeout(100);
    assertThat(host.arguments("unread")).containsExactly(1);
    assertThat(host.page.evaluate("() => document.querySelectorAll('iframe').length")).isEqualTo(0);
    assertThat(host.pageErrors).isEmpty();
  }

  @Test
  void two_embeds_on_one_page_are_independent() {
    host.page.evaluate("() => { window.a = PilotStatus.chat.mount('#inbox', { token: 'tok-a', onUnreadCount: log('a') });"
        + " window.b = PilotStatus.chat.mount('#inbox2', { token: 'tok-b', onUnreadCount: log('b') }); }");
    host.page.waitForCondition(() -> host.page.frames().stream().filter(f -> f.url().startsWith(server.origin(CHAT))).count() == 2);
    Frame first = host.page.frames().stream().filter(f -> f.url().startsWith(server.origin(CHAT))).findFirst().orElseThrow();
    first.waitForFunction("() => inits().length === 1");
    String token = (String) first.evaluate("() => inits()[0].token");
    first.evaluate("() => send('chat:unread-count', { count: 4 })");
    host.awaitCount(token.equals("tok-a") ? "a" : "b", 1);
    host.page.waitForTimeout(100);
    assertThat(host.count(token.equals("tok-a") ? "b" : "a")).isZero();
  }

  @Test
  void mount_into_a_missing_element_throws_a_PilotStatusError_with_a_code() {
    Object error = host.page.evaluate("() => { try { PilotStatus.chat.mount('#nope', { token: 't' }); return null; }"
        + " catch (e) { return e.name + ' ' + e.code; } }");
    Object noToken = host.page.evaluate("() => { try { PilotStatus.chat.mount('#inbox', {}); return null; }"
        + " catch (e) { return e.name + ' ' + e.code; } }");
    assertThat(error).isEqualTo("PilotStatusError MOUNT_TARGET_NOT_FOUND");
    assertThat(noToken).isEqualTo("PilotStatusError INVALID_OPTIONS");
  }

  @Test
  void loading_the_script_defines_only_PilotStatus_and_listens_to_nothing() {
    assertThat(host.page.evaluate("() => Object.getOwnPropertyNames(window)"
        + ".filter(k => !globalsBefore.includes(k) && k !== 'globalsBefore')")).isEqualTo(List.of("PilotStatus"));
    assertThat(host.page.evaluate("() => Object.keys(PilotStatus).sort().join(' ') + ' | '"
        + " + Object.keys(PilotStatus.chat).join(' ') + ' | ' + Object.keys(PilotStatus.connect).sort().join(' ')"))
        .isEqualTo("chat connect init version | mount | mount open");
  }

  @Test
  void including_the_script_twice_gives_one_PilotStatus_and_one_listener() {
    host.close();
    host = new SdkPage(chromium, server, "/host-twice.html");
    host.initSdk();
    assertThat(host.page.evaluate("() => window.PilotStatus === window.firstPilotStatus")).isEqualTo(true);
    host.mountChat("");
    Frame chat = host.frame(CHAT);
    chat.waitForFunction("() => inits().length === 1");
    chat.evaluate("() => send('chat:unread-count', { count: 9 })");
    host.awaitCount("unread", 1);
    host.page.waitForTimeout(200);
    assertThat(host.arguments("unread")).containsExactly(9);
    assertThat(chat.evaluate("() => inits().length")).isEqualTo(1);
    assertThat(host.count("ready")).isEqualTo(1);
  }

  @Test
  void including_the_script_again_warns_once_and_keeps_the_first_version() {
    host.close();
    host = new SdkPage(chromium, server, "/host-twice.html");

    assertThat(host.page.evaluate("() => PilotStatus.version")).isEqualTo(SdkVersion.VERSION);
    assertThat(host.warnings).hasSize(1);
    assertThat(host.warnings.get(0)).contains("included more than once").contains(SdkVersion.VERSION);
  }
}
