package com.pilotstatus.embed.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.pilotstatus.embed.browser.probe.ProtocolProbe;
import com.pilotstatus.embed.protocol.EnvelopeText;
import com.pilotstatus.embed.testing.Chromium;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The decoder and the origin rules replayed in Chromium against the TeaVM-compiled probe: for every case, the
 * JavaScript must decide exactly what the JVM decides ({@link EnvelopeText#verdict}, {@link ProtocolProbe#originVerdict}).
 * The cases are the foundation's tricky table plus seeded random mutations of valid envelopes; the JVM-only tests of
 * the same rules live with the pure packages.
 *
 * <p>In the browser an envelope is an object (what {@code postMessage} delivers), on the JVM JSON text. So each case
 * is handed to the browser as {@code JSON.parse(text)}, the object a sender of that text would have posted, and the
 * browser must reach the JVM's verdict on the text (the accepted envelope's JSON compared as values:
 * {@code JSON.stringify} and Jackson escape a few characters differently). Text the JVM refuses (duplicate keys, nesting
 * deeper than 17, malformed) never becomes an object anywhere, so it is not replayed; the rest must all agree.
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
    for (int i = 0; i < 1500; i++) {
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

  @Test
  void compiled_decoder_reads_structured_clones_that_json_cannot_express() {
    // Each case: an expression for what arrives as event.data, the receiver, and the verdict.
    String[][] cases = {
        {"{source: 'pilot-status-embed', v: 1, type: 'ready', payload: new Date()}", "parent", "chat", "dropped BAD_PAYLOAD"},
        {"{source: 'pilot-status-embed', v: 1, type: 'ready', payload: new Map()}", "parent", "chat", "dropped BAD_PAYLOAD"},
        {"{source: 'pilot-status-embed', v: 1n, type: 'ready'}", "parent", "chat", "dropped WRONG_VERSION"},
        {"{source: 'pilot-status-embed', v: NaN, type: 'ready'}", "parent", "chat", "dropped WRONG_VERSION"},
        {"{source: 'pilot-status-embed', v: Infinity, type: 'ready'}", "parent", "chat", "dropped WRONG_VERSION"},
        {"{source: new String('pilot-status-embed'), v: 1, type: 'ready'}", "parent", "chat", "dropped WRONG_SOURCE"},
        // Inherited members do not survive a structured clone (and are never read).
        {"Object.create({source: 'pilot-status-embed', v: 1, type: 'ready'})", "parent", "chat", "dropped WRONG_SOURCE"},
        {"Object.assign(Object.create(null), {source: 'pilot-status-embed', v: 1, type: 'ready'})", "parent", "chat",
            "accepted {\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"ready\",\"payload\":{}}"},
        {"Object.assign(['x'], {source: 'pilot-status-embed', v: 1, type: 'ready'})", "parent", "chat", "dropped NOT_AN_OBJECT"},
        {"new Map([['source', 'pilot-status-embed']])", "parent", "chat", "dropped NOT_AN_OBJECT"},
        {"{source: 'pilot-status-embed', v: 1, type: 'resize', payload: {height: 2 ** 53}}", "parent", "chat", "dropped BAD_PAYLOAD"},
        {"{source: 'pilot-status-embed', v: 1, type: 'resize', payload: {height: -0}}", "parent", "connect",
            "accepted {\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"resize\",\"payload\":{\"height\":0}}"},
        {"{source: 'pilot-status-embed', v: 1, type: 'resize', payload: {height: undefined}}", "parent", "chat", "dropped BAD_PAYLOAD"},
        {"{source: 'pilot-status-embed', v: 1, type: 'init', payload: {token: 't', locale: undefined}}", "frame", "chat",
            "accepted {\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"init\",\"payload\":{\"token\":\"t\"}}"},
        {"{source: 'pilot-status-embed', v: 1, type: 'init', payload: {token: new String('t')}}", "frame", "chat", "dropped BAD_PAYLOAD"},
        {"new Blob(['x'])", "parent", "chat", "dropped NOT_AN_OBJECT"},
        {"undefined", "parent", "chat", "dropped NOT_AN_OBJECT"},
    };
    for (String[] c : cases) {
      // The value goes through a real structured clone first, as every postMessage does.
      Object verdict = page.evaluate("([expr, direction, surface]) => __probe.decode(structuredClone((0, eval)('(' + expr + ')')),"
          + " direction, surface)", List.of(c[0], c[1], c[2]));
      assertThat(verdict).as(c[0]).isEqualTo(c[3]);
    }
  }

  /** The inputs the JVM parses (the rest never become an object) and their verdicts, in both worlds. */
  private static void assertSameVerdicts(List<String> allInputs) {
    List<String> inputs = allInputs.stream()
        .filter(i -> !EnvelopeText.verdict(i, "parent", "chat").equals("dropped NOT_JSON")).toList();
    assertThat(inputs.size()).as("inputs left to compare").isGreaterThan(allInputs.size() / 5);
    for (String[] route : ROUTES) {
      @SuppressWarnings("unchecked")
      List<String> js = (List<String>) page.evaluate(
          "([inputs, direction, surface]) => inputs.map(i => {"
              + " let o; try { o = JSON.parse(i); } catch (e) { return 'dropped NOT_JSON'; }"
              + " return __probe.decode(o, direction, surface); })",
          List.of(inputs, route[0], route[1]));
      List<String> browser = new ArrayList<>();
      List<String> jvm = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        browser.add(route[0] + "/" + route[1] + " " + inputs.get(i) + " -> " + EnvelopeText.normalised(js.get(i)));
        jvm.add(route[0] + "/" + route[1] + " " + inputs.get(i) + " -> "
            + EnvelopeText.normalised(EnvelopeText.verdict(inputs.get(i), route[0], route[1])));
      }
      assertThat(browser).isEqualTo(jvm);
    }
  }
}
