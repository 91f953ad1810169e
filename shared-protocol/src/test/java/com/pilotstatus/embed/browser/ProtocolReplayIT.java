package com.pilotstatus.embed.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.pilotstatus.embed.browser.probe.ProtocolProbe;
import com.pilotstatus.embed.testing.Chromium;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The decoder and the origin rules replayed in Chromium against the TeaVM-compiled probe: for every case, the
 * JavaScript must decide exactly what the JVM decides ({@link ProtocolProbe#verdict}, {@link ProtocolProbe#originVerdict}).
 * The cases are the foundation's tricky table plus seeded random mutations of valid envelopes; the JVM-only tests of
 * the same rules live with the pure packages.
 */
class ProtocolReplayIT {

  private static final String[][] ROUTES = {{"parent", "chat"}, {"parent", "connect"}, {"frame", "chat"}, {"frame", "connect"}};

  private static final List<String> ENVELOPES = List.of(
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"ready\",\"payload\":{}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"ready\"}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"init\",\"payload\":{\"token\":\"eyJ.a.b\",\"locale\":\"pt\",\"theme\":\"dark\"}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"init\",\"payload\":{\"token\":\"\"}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"resize\",\"payload\":{\"height\":640}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"resize\",\"payload\":{\"height\":640.5}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"resize\",\"payload\":{\"height\":6.4e2}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"resize\",\"payload\":{\"height\":-1}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"resize\",\"payload\":{\"height\":99999999999999999999999}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"chat:unread-count\",\"payload\":{\"count\":3,\"extra\":true}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"chat:unread-count\",\"payload\":{\"count\":\"3\"}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"chat:conversation-opened\",\"payload\":{\"conversationId\":\"c_\\u00e9\\ud83d\\ude00\"}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"session-expired\",\"payload\":null}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"set-theme\",\"payload\":{\"theme\":\"dark\"}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"set-locale\",\"payload\":{\"locale\":\"es\"}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"error\",\"payload\":{\"code\":\"TOKEN_INVALID\",\"message\":\"expired\"}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"connect:paired\",\"payload\":{\"numberId\":\"wn_1\",\"redirectUrl\":\"https://a.com/x\"}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"connect:paired\",\"payload\":{}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"connect:error\",\"payload\":{\"message\":\"boom\"}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"connect:expired\",\"payload\":[]}",
      "{\"source\":\"pilot-status-embed\",\"v\":2,\"type\":\"ready\",\"payload\":{}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1.0,\"type\":\"ready\",\"payload\":{}}",
      "{\"source\":\"pilot-status-embed\",\"v\":\"1\",\"type\":\"ready\",\"payload\":{}}",
      "{\"source\":\"other\",\"v\":1,\"type\":\"ready\",\"payload\":{}}",
      "{\"source\":\"pilot-status-embed\",\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"ready\"}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"READY\",\"payload\":{}}",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":null,\"payload\":{}}",
      "[\"pilot-status-embed\",1,\"ready\"]", "\"ready\"", "null", "", " ", "{", "{}", "{\"a\":}", "1e999",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"ready\",\"payload\":{}} trailing",
      "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"ready\",\"payload\":{\"x\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}");

  private static final List<String> ORIGINS = List.of(
      "https://good.com", "https://good.com.evil.com", "https://good.com@evil.com", "HTTPS://GOOD.COM:443",
      "https://good.com/", "https://good.com.", "null", "http://[::1]:8080", "https://bücher.de", "https://xn--bcher-kva.de",
      " https://good.com", "https://good.com ", "javascript:alert(1)", "http://localhost:8081", "http://127.0.0.1",
      "http://app.acme.test:1234", "https://good.com:8443", "https://good.com:0", "https://good.com:65536",
      "https://good.com:443/path", "https://good.com?q", "https://good.com#f", "https://*.good.com", "ftp://good.com",
      "https://", "https://[::ffff:127.0.0.1]", "https://[0:0:0:0:0:0:0:1]:443", "http://[::1", "data:text/html,x",
      "https://good.com\\evil.com", "https://good..com", "https://-good.com", "https://GOOD.com:", "//good.com", "");

  private static Chromium chromium;
  private static FixtureServer server;
  private static BrowserContext context;
  private static Page page;

  @BeforeAll
  static void loadProbe() {
    server = FixtureServer.start();
    chromium = Chromium.launch();
    context = chromium.newContext();
    page = context.newPage();
    page.navigate(server.origin(FixtureServer.HOST) + "/probe.html");
    page.waitForFunction("() => !!window.__probe");
  }

  @AfterAll
  static void stop() {
    context.close();
    chromium.close();
    server.close();
  }

  @Test
  void compiled_decoder_decides_the_tricky_envelopes_like_the_jvm() {
    assertSameVerdicts(ENVELOPES);
  }

  @Test
  void compiled_decoder_decides_random_mutations_like_the_jvm() {
    Random random = new Random(20261123L);
    String alphabet = "{}[]\",:0123456789-.eE tfnul\\/abcxyz\u00e9\u4e2d\u0000\u001f";
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      StringBuilder s = new StringBuilder(ENVELOPES.get(random.nextInt(ENVELOPES.size())));
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits && s.length() > 0; e++) {
        int at = random.nextInt(s.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> s.insert(at, c);
          case 1 -> s.deleteCharAt(at);
          default -> s.setCharAt(at, c);
        }
      }
      inputs.add(s.toString());
    }
    assertSameVerdicts(inputs);
  }

  @Test
  void compiled_origin_rules_decide_the_tricky_origins_like_the_jvm() {
    for (boolean allowHttp : new boolean[] {false, true}) {
      @SuppressWarnings("unchecked")
      List<String> js = (List<String>) page.evaluate(
          "([origins, allowHttp]) => origins.map(o => __probe.origin(o, allowHttp))", List.of(ORIGINS, allowHttp));
      List<String> jvm = ORIGINS.stream().map(o -> o + " -> " + ProtocolProbe.originVerdict(o, allowHttp)).toList();
      List<String> browser = new ArrayList<>();
      for (int i = 0; i < ORIGINS.size(); i++) {
        browser.add(ORIGINS.get(i) + " -> " + js.get(i));
      }
      assertThat(browser).isEqualTo(jvm);
    }
  }

  private static void assertSameVerdicts(List<String> inputs) {
    for (String[] route : ROUTES) {
      @SuppressWarnings("unchecked")
      List<String> js = (List<String>) page.evaluate(
          "([inputs, direction, surface]) => inputs.map(i => __probe.decode(i, direction, surface))",
          List.of(inputs, route[0], route[1]));
      List<String> browser = new ArrayList<>();
      List<String> jvm = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        browser.add(route[0] + "/" + route[1] + " " + inputs.get(i) + " -> " + js.get(i));
        jvm.add(route[0] + "/" + route[1] + " " + inputs.get(i) + " -> " + ProtocolProbe.verdict(inputs.get(i), route[0], route[1]));
      }
      assertThat(browser).isEqualTo(jvm);
    }
  }
}
