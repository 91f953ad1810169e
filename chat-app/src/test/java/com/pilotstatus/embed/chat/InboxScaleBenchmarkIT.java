package com.pilotstatus.embed.chat;

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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's scale figures, measured, not asserted: a number with 5,000 conversations, one of them 10,000 messages
 * long, beside a number with 50 conversations and a 50-message thread, in the same run. For each, in cold browser
 * contexts: the iframe's navigation start → inbox painted (its {@code pilot-status:inbox-painted} mark), a click on the
 * conversation → its thread shown, and the DOM the list and the thread hold. A benchmark, not part of {@code mvn
 * verify}: {@code mvn -o -pl chat-app -am verify -Dit.excludedGroups=none -Dit.test=InboxScaleBenchmarkIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. Results: stdout and {@code target/artifacts/inbox-scale.txt}.
 */
@Tag("bench")
class InboxScaleBenchmarkIT {

  private static final int RUNS = 5;

  @Test
  void small_and_large_inbox_and_thread_in_one_run() throws Exception {
    try (ChatStack stack = ChatStack.start(Duration.ofMillis(300), Duration.ofSeconds(60));
         HostSite host = HostSite.start();
         Chromium chromium = Chromium.launch()) {
      String small = stack.createNumber("Small line", "+5511970000001");
      String large = stack.createNumber("Large line", "+5511970000002");
      long seeding = System.nanoTime();
      seed(stack, small, "+552190", 50, 50);
      seed(stack, large, "+553190", 5_000, 10_000);
      String seeded = String.format("seeded in %.1f s", (System.nanoTime() - seeding) / 1e9);

      List<String> lines = new ArrayList<>();
      lines.add("inbox scale, " + RUNS + " cold runs each, same run (" + seeded + ")");
      for (String[] number : List.of(new String[] {small, "50 conversations, thread of 50"},
          new String[] {large, "5,000 conversations, thread of 10,000"})) {
        List<Double> paint = new ArrayList<>();
        List<Double> thread = new ArrayList<>();
        String dom = "";
        for (int run = 0; run < RUNS + 1; run++) { // the first run warms the cache and the JIT: not counted
          String token = stack.mint(List.of(number[0]), List.of(host.origin()), 900);
          try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(host.hostPage());
            page.evaluate("a => startChat(a[0], a[1], 'en', 'light', 900, 700)", Arrays.asList(stack.chatOrigin(), token));
            page.frameLocator("#mount iframe").locator(".conv-row").first().waitFor();
            Frame chat = page.frames().stream().filter(f -> f.url().startsWith(stack.chatOrigin())).findFirst()
                .orElseThrow();
            chat.waitForFunction("() => performance.getEntriesByName('pilot-status:inbox-painted').length > 0");
            double painted = ((Number) chat.evaluate(
                "() => performance.getEntriesByName('pilot-status:inbox-painted')[0].startTime")).doubleValue();
            // The long conversation is the newest (seeded last): the first row.
            double opened = ((Number) chat.evaluate("() => new Promise(resolve => { const t0 = performance.now();"
                + " const done = () => document.querySelectorAll('#thread .bubble, #thread [data-message-id]').length > 0;"
                + " new MutationObserver((m, o) => { if (done()) { o.disconnect(); resolve(performance.now() - t0); } })"
                + ".observe(document.getElementById('thread'), { childList: true, subtree: true });"
                + " document.querySelector('.conv-row .conv').click(); })")).doubleValue();
            if (run > 0) {
              paint.add(painted);
              thread.add(opened);
            }
            dom = (String) chat.evaluate("() => 'list rows ' + document.querySelectorAll('.conv-row').length"
                + " + ', thread messages ' + document.querySelectorAll('#thread .bubble').length"
                + " + ', DOM elements ' + document.getElementsByTagName('*').length");
          }
        }
        lines.add(number[1] + ": inbox painted " + summary(paint) + " ms after navigation start; thread shown "
            + summary(thread) + " ms after the click; " + dom);
        assertThat(paint).hasSize(RUNS).allSatisfy(t -> assertThat(t).isPositive());
      }
      String report = String.join("\n", lines) + "\n";
      System.out.print(report);
      Files.writeString(Chromium.artifact("inbox-scale.txt"), report);
    }
  }

  /**
   * {@code conversations} contacts (numbers {@code prefix} + 7 digits) write to {@code numberId}; the last of them
   * writes {@code messages} messages.
   */
  private static void seed(ChatStack stack, String numberId, String prefix, int conversations, int messages)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < conversations - 1; i++) {
        String from = prefix + (1_000_000 + i);
        int n = i;
        calls.add(pool.submit(() -> stack.inbound(numberId, from, "Contact " + n, "Hello number " + n)));
      }
      for (Future<?> call : calls) {
        call.get();
      }
    } finally {
      pool.shutdown();
    }
    String longFrom = prefix + "9999999";
    ExecutorService one = Executors.newSingleThreadExecutor(); // one contact's messages, in order
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < messages; i++) {
        int n = i;
        calls.add(one.submit(() -> stack.inbound(numberId, longFrom, "Long Thread", "Message " + n + " of the long thread")));
      }
      for (Future<?> call : calls) {
        call.get();
      }
    } finally {
      one.shutdown();
    }
  }

  private static String summary(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return String.format("median %.0f (min %.0f, max %.0f)", sorted.get(sorted.size() / 2), sorted.get(0),
        sorted.get(sorted.size() - 1));
  }
}
