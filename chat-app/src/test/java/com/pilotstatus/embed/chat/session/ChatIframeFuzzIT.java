package com.pilotstatus.embed.chat.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.HostSite;
import com.pilotstatus.embed.testing.Chromium;
import com.pilotstatus.embed.testing.HostileEnvelopes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, "Fuzzing", the chat iframe's side in real Chromium against a real chat-app: over 10,000 hostile
 * envelopes aimed at a chat iframe ({@link HostileEnvelopes}, seeded) posted by its own parent (right origin, right
 * window), then one valid {@code init}. Nothing before the valid one may be accepted — an accepted {@code init} would
 * make the iframe load its fragments — and nothing may throw in the iframe. Prints the counts.
 */
class ChatIframeFuzzIT {

  @Test
  void chat_iframe_accepts_no_hostile_envelope_from_its_parent_and_never_throws() {
    try (ChatStack stack = ChatStack.start(); HostSite host = HostSite.start(); Chromium chromium = Chromium.launch()) {
      BrowserContext context = chromium.newContext();
      Page page = context.newPage();
      List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());
      List<String> fragmentLoads = Collections.synchronizedList(new ArrayList<>());
      page.onPageError(pageErrors::add);
      page.onRequest(r -> {
        if (r.url().startsWith(stack.chatOrigin() + "/fragments")) {
          fragmentLoads.add(r.url());
        }
      });
      page.navigate(host.hostPage());
      page.evaluate("a => startChat(a[0], a[1], a[2], a[3], a[4], a[5])",
          Arrays.asList(stack.chatOrigin(), null, "en", "light", 900, 600));
      page.waitForFunction("() => window.typesReceived().includes('ready')");
      Frame chat = page.frames().stream().filter(f -> f.url().startsWith(stack.chatOrigin())).findFirst().orElseThrow();
      chat.evaluate("() => { window.__errors = 0; addEventListener('error', () => window.__errors++);"
          + " addEventListener('unhandledrejection', () => window.__errors++); }");

      List<String> toFrame = new HostileEnvelopes(20261208L).generate(48_000).stream()
          .filter(c -> c.receiver().equals("frame") && c.surface().equals("chat"))
          .map(HostileEnvelopes.Case::json).toList();
      int posted = 0;
      for (int from = 0; from < toFrame.size(); from += 500) {
        posted += ((Number) page.evaluate("batch => { let n = 0; for (const json of batch) {"
            + " let o; try { o = JSON.parse(json); } catch (e) { o = json; }"
            + " window.chat.frame.contentWindow.postMessage(o, window.chat.origin); n++; } return n; }",
            toFrame.subList(from, Math.min(toFrame.size(), from + 500)))).intValue();
      }
      int loadsBeforeValid = fragmentLoads.size();
      String token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900);
      page.evaluate("t => sendToChat('init', { token: t, locale: 'en', theme: 'light' })", token);
      page.frameLocator("#mount iframe").locator(".conv-row").first().waitFor();

      int thrown = ((Number) chat.evaluate("() => window.__errors")).intValue() + pageErrors.size();
      System.out.println("[fuzz] chat iframe in Chromium: posted " + posted + " hostile envelopes from its parent;"
          + " accepted " + loadsBeforeValid + ", thrown " + thrown + " (then the valid init loaded "
          + fragmentLoads.size() + " fragments)");
      assertThat(posted).isGreaterThanOrEqualTo(10_000);
      assertThat(loadsBeforeValid).as("fragment loads before the valid init").isZero();
      assertThat(thrown).isZero();
      assertThat(fragmentLoads).as("the iframe still works").isNotEmpty();
      context.close();
    }
  }
}
