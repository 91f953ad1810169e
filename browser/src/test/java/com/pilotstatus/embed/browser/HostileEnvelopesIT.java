package com.pilotstatus.embed.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import com.pilotstatus.embed.testing.HostileEnvelopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, "Fuzzing", in real Chromium against the compiled code: the 12,000 hostile envelopes of
 * {@code EnvelopeFuzzTest} (same seed) through the compiled decoder the iframes and the SDK share (the probe
 * bundle), each to the receiver it is aimed at; then over 10,000 more, those aimed at a chat SDK, posted for real to
 * the SDK from the chat iframe it mounted (right origin, right window), and 2,000 well-formed ones from a foreign
 * origin. Counts accepted and thrown: both
 * must be 0. A callback fired, a height changed or an uncaught page error counts as accepted or thrown.
 */
class HostileEnvelopesIT extends SdkHostTest {

  private static final int CASES = 12_000;

  @Test
  void compiled_decoder_accepts_no_hostile_envelope_and_never_throws() {
    List<HostileEnvelopes.Case> cases = new HostileEnvelopes(20261206L).generate(CASES);
    host.page.navigate(server.origin(FixtureServer.HOST) + "/probe.html");
    host.page.waitForFunction("() => !!window.__probe");
    int accepted = 0;
    int thrown = 0;
    for (int from = 0; from < cases.size(); from += 1000) {
      List<List<String>> batch = new ArrayList<>();
      for (HostileEnvelopes.Case c : cases.subList(from, Math.min(cases.size(), from + 1000))) {
        batch.add(List.of(c.json(), c.receiver(), c.surface()));
      }
      @SuppressWarnings("unchecked")
      Map<String, Number> counts = (Map<String, Number>) host.page.evaluate("batch => { let accepted = 0, thrown = 0;"
          + " for (const [json, receiver, surface] of batch) {"
          + "  let o; try { o = JSON.parse(json); } catch (e) { continue; }"
          + "  try { if (String(__probe.decode(o, receiver, surface)).startsWith('accepted')) accepted++; }"
          + "  catch (e) { thrown++; } }"
          + " return { accepted, thrown }; }", batch);
      accepted += counts.get("accepted").intValue();
      thrown += counts.get("thrown").intValue();
    }
    System.out.println("[fuzz] compiled decoder in Chromium: tried " + cases.size() + ", accepted " + accepted
        + ", thrown " + thrown);
    assertThat(accepted).isZero();
    assertThat(thrown).isZero();
  }

  @Test
  void sdk_accepts_no_hostile_envelope_from_its_chat_iframe_or_another_origin() {
    host.mountChat("");
    Frame chat = host.frame(FixtureServer.CHAT);
    chat.waitForFunction("() => inits().length === 1");
    host.awaitCount("ready", 1);
    int callbacksBefore = ((Number) host.page.evaluate("() => events.length")).intValue();
    Object heightBefore = host.page.evaluate("() => document.querySelector('#inbox iframe').style.height");

    // Twice as many cases, so that those aimed at a chat SDK (the parent of a chat iframe) alone pass 10,000.
    List<HostileEnvelopes.Case> cases = new HostileEnvelopes(20261207L).generate(2 * CASES + 10_000);
    List<String> toParent = cases.stream().filter(c -> c.receiver().equals("parent") && c.surface().equals("chat"))
        .map(HostileEnvelopes.Case::json).toList();
    int posted = 0;
    for (int from = 0; from < toParent.size(); from += 500) {
      posted += ((Number) chat.evaluate("batch => { let n = 0; for (const json of batch) {"
          + " let o; try { o = JSON.parse(json); } catch (e) { o = json; }"
          + " parent.postMessage(o, '*'); n++; } return n; }",
          toParent.subList(from, Math.min(toParent.size(), from + 500)))).intValue();
    }
    // Well-formed envelopes from a foreign origin (wrong origin, wrong window).
    host.page.evaluate("src => { const f = document.createElement('iframe'); f.src = src; document.body.appendChild(f); }",
        server.origin(FixtureServer.EVIL) + "/evil.html");
    Frame evil = host.frame(FixtureServer.EVIL);
    int foreign = ((Number) evil.evaluate("() => { let n = 0; for (let i = 0; i < 1000; i++) {"
        + " parent.postMessage({ source: 'pilot-status-embed', v: 1, type: 'chat:unread-count', payload: { count: i } }, '*');"
        + " parent.postMessage({ source: 'pilot-status-embed', v: 1, type: 'resize', payload: { height: 10 + i } }, '*');"
        + " n += 2; } return n; }")).intValue();
    // A marker through the same channel, so that everything posted before it has been handled.
    chat.evaluate("() => send('chat:unread-count', { count: 424242 })");
    host.page.waitForFunction("() => named('unread').some(e => e.x === 424242)");

    int callbacks = ((Number) host.page.evaluate("() => events.length")).intValue() - callbacksBefore - 1;
    Object heightAfter = host.page.evaluate("() => document.querySelector('#inbox iframe').style.height");
    int accepted = callbacks + (heightAfter.equals(heightBefore) ? 0 : 1);
    Object fired = host.page.evaluate("n => JSON.stringify(events.slice(n).slice(0, 5))", callbacksBefore);
    System.out.println("[fuzz] SDK in Chromium: posted " + posted + " hostile envelopes from its chat iframe and "
        + foreign + " from another origin; accepted " + accepted + ", thrown " + host.pageErrors.size());
    assertThat(posted).isGreaterThanOrEqualTo(10_000);
    assertThat(accepted).as("callbacks fired: %s", fired).isZero();
    assertThat(host.pageErrors).isEmpty();
  }
}
