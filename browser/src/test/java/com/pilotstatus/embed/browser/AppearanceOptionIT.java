package com.pilotstatus.embed.browser;

import static com.pilotstatus.embed.browser.FixtureServer.CHAT;
import static com.pilotstatus.embed.browser.FixtureServer.CONNECT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import com.pilotstatus.embed.appearance.Appearance;
import com.pilotstatus.embed.protocol.ProtocolVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code appearance: { variables }} in the compiled {@code embed.js} (issue 17): what {@code chat.mount},
 * {@code update} and {@code connect} send, and that the SDK's JavaScript checker refuses what shared-protocol's
 * {@link Appearance} refuses (except a well-formed length out of its bounds, which the iframe refuses), above all every
 * CSS-injection attempt, at the call, with a {@code PilotStatusError} that names the variable.
 */
class AppearanceOptionIT extends SdkHostTest {

  private static final String VARIABLES = "{ colorPrimary: '#635BFF', fontFamily: 'Inter, sans-serif',"
      + " borderRadius: '4px', colorText: undefined }";

  @Test
  void mount_sends_the_variables_in_init_and_update_replaces_them_with_set_appearance() {
    host.mountChat("appearance: { variables: " + VARIABLES + " }");
    Frame chat = host.frame(CHAT);
    chat.waitForFunction("() => inits().length === 1");
    host.page.evaluate("() => { chat.update({ appearance: { variables: { colorPrimary: '#0a7' } } });"
        + " chat.update({ appearance: null }); }");
    chat.waitForFunction("() => received.length === 3");

    assertThat(chat.evaluate("() => received.map(m => m.data.type + ' ' + JSON.stringify(m.data.payload))"))
        .isEqualTo(List.of(
            "init {\"token\":\"tok-1\",\"locale\":\"en\",\"theme\":\"light\",\"appearance\":"
                + "\"&colorPrimary=%23635BFF&fontFamily=Inter%2C%20sans-serif&borderRadius=4px\",\"protocol\":\""
                + ProtocolVersion.CURRENT + "\"}",
            "set-appearance {\"appearance\":\"&colorPrimary=%230a7\"}",
            "set-appearance {}"));
  }

  @Test
  void a_reloaded_iframe_gets_the_current_appearance_in_its_new_init() {
    host.mountChat("appearance: { variables: { colorPrimary: '#111' } }");
    Frame chat = host.frame(CHAT);
    chat.waitForFunction("() => inits().length === 1");
    host.page.evaluate("() => chat.update({ appearance: { variables: { borderRadius: '3px' } } })");
    chat.waitForFunction("() => received.some(m => m.data.type === 'set-appearance')");

    String firstLoad = (String) chat.evaluate("() => loadId");
    host.reloadFrame(CHAT);
    Object init = host.awaitInFrame(CHAT,
        "() => window.loadId !== '" + firstLoad + "' && inits().length === 1 ? inits()[0] : null");
    assertThat(init).isEqualTo(Map.of("token", "tok-1", "locale", "en", "theme", "light",
        "appearance", "&borderRadius=3px", "protocol", ProtocolVersion.CURRENT));
  }

  @Test
  void update_with_a_bad_variable_throws_and_sends_nothing() {
    host.mountChat("");
    Frame chat = host.frame(CHAT);
    chat.waitForFunction("() => inits().length === 1");

    Object error = host.page.evaluate("() => { try { chat.update({ theme: 'dark',"
        + " appearance: { variables: { borderRadius: '4px;}' } } }); return null; }"
        + " catch (e) { return e.name + ' ' + e.code + ' ' + e.message; } }");
    host.page.waitForTimeout(200);

    assertThat(error).isEqualTo("PilotStatusError INVALID_OPTIONS update: appearance.variables.borderRadius must be"
        + " a length in px or rem, was 4px;}");
    assertThat(chat.evaluate("() => received.length")).as("not even the theme").isEqualTo(1);
  }

  @Test
  void mount_with_an_unknown_variable_throws_naming_it_and_creates_no_iframe() {
    Object error = host.page.evaluate("() => { try { PilotStatus.chat.mount('#inbox', { token: 't',"
        + " appearance: { variables: { colorPrimry: '#fff' } } }); return null; }"
        + " catch (e) { return e.name + ' ' + e.code + ' ' + e.message; } }");

    assertThat(error).isEqualTo("PilotStatusError INVALID_OPTIONS chat.mount: appearance.variables.colorPrimry is not"
        + " one of colorPrimary,colorBackground,colorText,colorDanger,fontFamily,fontSizeBase,borderRadius,spacingUnit");
    assertThat(host.page.evaluate("() => document.querySelectorAll('iframe').length")).isEqualTo(0);
  }

  @Test
  void connect_carries_the_variables_in_its_url_and_refuses_bad_ones() {
    host.page.evaluate("() => { window.h = PilotStatus.connect.mount('#connect-widget', { token: 'tok-1',"
        + " appearance: { variables: { colorPrimary: '#635bff', spacingUnit: '0.25rem' } } }); }");
    assertThat(host.frame(CONNECT).url()).endsWith("&colorPrimary=%23635bff&spacingUnit=0.25rem");

    Object error = host.page.evaluate("() => { try { PilotStatus.connect.open({ token: 't',"
        + " appearance: { variables: { colorPrimary: 'red' } } }); return null; } catch (e) { return e.message; } }");
    assertThat(error).isEqualTo("connect: appearance.variables.colorPrimary must be #rgb or #rrggbb, was red");
    assertThat(host.page.evaluate("() => document.querySelectorAll('[data-pilot-status=modal]').length")).isEqualTo(0);
  }

  // ---- the same rules as shared-protocol -----------------------------------------------------------------------

  /** Values shared-protocol's AppearanceTest accepts or refuses; the SDK must agree (bounds aside). */
  private static final String[][] CASES = {
      {"colorPrimary", "#0A7"}, {"colorPrimary", "#635BFF"}, {"colorPrimary", "red"}, {"colorPrimary", "#12345"},
      {"colorPrimary", "#ggg"}, {"colorPrimary", "rgb(0,0,0)"}, {"colorPrimary", "#fff "}, {"colorBackground", "#ffffff"},
      {"fontFamily", "Inter"}, {"fontFamily", "Inter, system-ui, sans-serif"}, {"fontFamily", "Segoe UI,Roboto_Flex,Noto Sans 2"},
      {"fontFamily", "2Inter"}, {"fontFamily", "-apple-system"}, {"fontFamily", "Inter,,Arial"}, {"fontFamily", "Inter,"},
      {"fontFamily", ",Inter"}, {"fontFamily", " "}, {"fontFamily", "a".repeat(200)}, {"fontFamily", "a".repeat(201)},
      {"fontSizeBase", "10px"}, {"fontSizeBase", "0.875rem"}, {"fontSizeBase", "14"}, {"fontSizeBase", "14PX"},
      {"fontSizeBase", "14em"}, {"fontSizeBase", ".5rem"}, {"fontSizeBase", "14.px"}, {"fontSizeBase", "1.0001rem"},
      {"fontSizeBase", "-14px"}, {"fontSizeBase", "1e1px"}, {"borderRadius", "12.5px"}, {"spacingUnit", "0000px"}};

  /** Well formed, but out of bounds: the SDK lets them through, the iframe and connect-app ignore them. */
  private static final List<String> OUT_OF_BOUNDS = List.of("fontSizeBase=9px", "fontSizeBase=25px",
      "fontSizeBase=1.6rem", "borderRadius=33px", "spacingUnit=1px", "spacingUnit=17px");

  @Test
  void sdk_accepts_exactly_what_shared_protocol_accepts_apart_from_bounds() {
    List<String> disagreements = new ArrayList<>();
    for (String[] c : CASES) {
      boolean java = Appearance.normalize(c[0], c[1]) != null;
      if (sdkAccepts(c[0], c[1]) != java) {
        disagreements.add(c[0] + "=" + c[1] + " (Java " + (java ? "accepts" : "refuses") + ")");
      }
    }
    for (String c : OUT_OF_BOUNDS) {
      String[] nv = c.split("=");
      assertThat(Appearance.normalize(nv[0], nv[1])).as(c).isNull();
      if (!sdkAccepts(nv[0], nv[1])) {
        disagreements.add(c + " (out of bounds only: for the iframe to refuse)");
      }
    }
    assertThat(disagreements).isEmpty();
  }

  /** The attacker's values of shared-protocol's AppearanceTest: refused for every variable, at the call. */
  @Test
  void every_css_injection_attempt_is_refused_for_every_variable() {
    List<String> hostile = List.of("red;}body{display:none", "#fff;}body{display:none", "#fff}", "#fff;",
        "url(javascript:alert(1))", "Inter;}body{display:none", "Inter}", "Inter\"; x", "'Inter'", "\"Inter\"",
        "Inter\\3b", "Inter/**/", "expression(alert(1))", "Inter)", "Inter:", "var(--x)", "calc(1px)",
        "12px;}*{color:red", "12px!important", "Inter</style><script>alert(1)</script>", "Inter\n}", "Inter\u0000",
        "1px\t", "@import url(x)", "Inter<", "Inter>", "Inter & Co", "ｉnter");
    List<String> accepted = new ArrayList<>();
    for (String value : hostile) {
      for (int i = 0; i < Appearance.COUNT; i++) {
        if (sdkAccepts(Appearance.name(i), value)) {
          accepted.add(Appearance.name(i) + "=" + value);
        }
      }
    }
    assertThat(accepted).isEmpty();
  }

  @Test
  void a_variables_object_with_a_throwing_getter_is_refused_not_thrown_through() {
    Object error = host.page.evaluate("() => { try { PilotStatus.chat.mount('#inbox', { token: 't', appearance:"
        + " { variables: { get colorPrimary() { throw new Error('boom'); } } } }); return null; }"
        + " catch (e) { return e.name + ' ' + e.message; } }");
    assertThat(error).isEqualTo("PilotStatusError chat.mount: appearance could not be read");
  }

  private boolean sdkAccepts(String name, String value) {
    Object outcome = host.page.evaluate("([n, v]) => { try { PilotStatus.chat.mount('#inbox', { token: 't',"
        + " appearance: { variables: { [n]: v } } }).destroy(); return 'ok'; }"
        + " catch (e) { return e.code === 'INVALID_OPTIONS' && e.message.includes('appearance.variables.' + n)"
        + " ? 'refused' : 'other: ' + e.message; } }", List.of(name, value));
    assertThat(outcome).as(name + "=" + value).isIn("ok", "refused");
    return "ok".equals(outcome);
  }
}
