package com.pilotstatus.embed.chat.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.HostSite;
import com.pilotstatus.embed.testing.Chromium;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's first-paint figure, measured, not asserted: {@code PilotStatus.chat.mount} on a host page → the inbox
 * painted in the iframe (its {@code pilot-status:inbox-painted} mark), against the floor: a blank cross-origin iframe's
 * first message to the same page. Both in the same run, each sample in a cold browser context (no cache, no
 * connection), in alternating order; two warm-up rounds first (the servers' JIT), then {@value #RUNS} measured ones.
 * Times are compared on one clock: {@code performance.timeOrigin + now} in the host and in the iframe.
 * Results: stdout and {@code target/artifacts/first-paint.txt}. A benchmark, not part of {@code mvn verify}: run it with
 * {@code mvn -o -pl chat-app -am verify -Dit.excludedGroups=none -Dit.test=FirstPaintBenchmarkIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
class FirstPaintBenchmarkIT {

  private static final int WARM_UP = 2;
  private static final int RUNS = 15;

  @Test
  void chat_mount_to_painted_inbox_against_a_blank_cross_origin_iframe() throws Exception {
    try (ChatStack stack = ChatStack.start(Duration.ofMillis(300), Duration.ofSeconds(60));
         HostSite host = HostSite.start();
         Chromium chromium = Chromium.launch()) {
      List<Double> blank = new ArrayList<>();
      List<Double> chat = new ArrayList<>();
      Map<String, List<Double>> phases = new LinkedHashMap<>();
      for (int run = 0; run < WARM_UP + RUNS; run++) {
        String token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900);
        double b;
        double c;
        if (run % 2 == 0) {
          b = blankIframe(chromium, host);
          c = mountToPaint(chromium, host, stack, token, run >= WARM_UP ? phases : null);
        } else {
          c = mountToPaint(chromium, host, stack, token, run >= WARM_UP ? phases : null);
          b = blankIframe(chromium, host);
        }
        if (run >= WARM_UP) {
          blank.add(b);
          chat.add(c);
        }
      }
      String report = "first paint, " + RUNS + " cold runs each, same run (ms)\n"
          + "blank cross-origin iframe -> first message: " + summary(blank) + "\n"
          + "chat.mount -> inbox painted:                  " + summary(chat) + "\n"
          + String.format("ratio of medians: %.2fx (target <= 2.0x)%n", median(chat) / median(blank))
          + "where the time goes (ms after chat.mount, medians):\n" + breakdown(phases);
      System.out.print(report);
      Files.writeString(Chromium.artifact("first-paint.txt"), report);
      assertThat(chat).hasSize(RUNS).allSatisfy(t -> assertThat(t).isPositive());
      assertThat(blank).hasSize(RUNS).allSatisfy(t -> assertThat(t).isPositive());
    }
  }

  /** From creating the iframe to its first message, in a fresh context. */
  private static double blankIframe(Chromium chromium, HostSite host) {
    try (BrowserContext context = chromium.newContext()) {
      Page page = context.newPage();
      page.navigate(host.sdkPage());
      return ((Number) page.evaluate("src => new Promise(resolve => { const f = document.createElement('iframe');"
          + " const t0 = performance.now(); addEventListener('message', e => { if (e.source === f.contentWindow)"
          + " resolve(performance.now() - t0); }); f.src = src; document.body.append(f); })", host.blankPage()))
          .doubleValue();
    }
  }

  /**
   * From {@code chat.mount} to the iframe's inbox-painted mark, in a fresh context; the iframe's navigation and
   * resource timings and its marks go into {@code phases} (when not null), on the same clock as the result.
   */
  private static double mountToPaint(Chromium chromium, HostSite host, ChatStack stack, String token,
                                     Map<String, List<Double>> phases) {
    try (BrowserContext context = chromium.newContext()) {
      Page page = context.newPage();
      page.navigate(host.sdkPage());
      double started = ((Number) page.evaluate("a => { PilotStatus.init({ chatBaseUrl: a[0] });"
          + " const t0 = performance.timeOrigin + performance.now();"
          + " PilotStatus.chat.mount('#inbox', { token: a[1], locale: 'en' }); return t0; }",
          Arrays.asList(stack.chatOrigin(), token))).doubleValue();
      page.frameLocator("#inbox iframe").locator(".conv-row").first().waitFor();
      Frame frame = page.frames().stream().filter(f -> f.url().startsWith(stack.chatOrigin())).findFirst().orElseThrow();
      frame.waitForFunction("() => performance.getEntriesByName('pilot-status:inbox-painted').length > 0");
      double painted = ((Number) frame.evaluate("() => performance.timeOrigin"
          + " + performance.getEntriesByName('pilot-status:inbox-painted')[0].startTime")).doubleValue();
      if (phases != null) {
        @SuppressWarnings("unchecked")
        Map<String, Object> points = (Map<String, Object>) frame.evaluate(PHASES);
        points.forEach((name, at) -> phases.computeIfAbsent(name, k -> new ArrayList<>())
            .add(((Number) at).doubleValue() - started));
      }
      return painted - started;
    }
  }

  /** The iframe's milestones as absolute times (timeOrigin + startTime), named for the breakdown. */
  private static final String PHASES = "() => { const o = performance.timeOrigin, p = {};"
      + " const n = performance.getEntriesByType('navigation')[0];"
      + " p['iframe navigation start'] = o; p['shell HTML: first byte'] = o + n.responseStart;"
      + " p['shell HTML: last byte'] = o + n.responseEnd;"
      + " for (const r of performance.getEntriesByType('resource')) { const u = new URL(r.name).pathname;"
      + " p[u + ': start'] = o + r.startTime; p[u + ': last byte'] = o + r.responseEnd; }"
      + " for (const m of performance.getEntriesByType('mark')) p['mark ' + m.name] = o + m.startTime;"
      + " p['DOMContentLoaded'] = o + n.domContentLoadedEventStart; return p; }";

  private static String breakdown(Map<String, List<Double>> phases) {
    StringBuilder out = new StringBuilder();
    phases.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> Double.compare(median(a), median(b))))
        .forEach(e -> out.append(String.format("  %7.1f  %s%n", median(e.getValue()), e.getKey())));
    return out.toString();
  }

  private static String summary(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return String.format("median %.0f, p90 %.0f, min %.0f, max %.0f", median(times),
        sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.get(0), sorted.get(sorted.size() - 1));
  }

  private static double median(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
