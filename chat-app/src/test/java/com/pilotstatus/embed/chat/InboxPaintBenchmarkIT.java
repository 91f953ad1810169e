package com.pilotstatus.embed.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.pilotstatus.embed.chat.testing.ChatClient;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.HostSite;
import com.pilotstatus.embed.testing.Chromium;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The figures for the closing note, measured, not asserted: the shell page's bytes, the runtime's bytes (raw and
 * gzip), and the time from the iframe's navigation start to the first painted inbox of 50 conversations (median of
 * several cold runs, each in a fresh browser context). The time is the runtime's {@code pilot-status:inbox-painted}
 * Performance mark, whose {@code startTime} is relative to the iframe's own navigation start. Results go to
 * {@code target/artifacts/chat-figures.txt} and stdout.
 */
@Tag("bench") // prints figures; run on demand (-Dit.excludedGroups=none), not in every verify
class InboxPaintBenchmarkIT {

  private static final int RUNS = 7;
  private static final int CONVERSATIONS = 50;

  @Test
  void measure_shell_runtime_and_first_painted_inbox() throws Exception {
    try (ChatStack stack = ChatStack.start(Duration.ofMillis(300), Duration.ofSeconds(60));
         HostSite host = HostSite.start();
         Chromium chromium = Chromium.launch()) {
      int seeded = stack.platformConversations(stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900))
          .get("data").size();
      for (int i = seeded; i < CONVERSATIONS; i++) {
        stack.inbound(ChatStack.DEMO_NUMBER, "+55119" + (10000000 + i), "Contact " + i, "Message number " + i);
      }

      ChatClient http = new ChatClient(stack.chatUrl());
      String shell = http.get("/?parentOrigin=" + host.origin()).body();
      byte[] runtime = http.get("/assets/chat-runtime.js").body().getBytes(StandardCharsets.UTF_8);
      int shellBytes = shell.getBytes(StandardCharsets.UTF_8).length;

      List<Double> times = new ArrayList<>();
      String breakdown = "";
      for (int run = 0; run < RUNS; run++) {
        String token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900);
        try (BrowserContext context = chromium.newContext()) {
          Page page = context.newPage();
          page.navigate(host.hostPage());
          page.evaluate("a => startChat(a[0], a[1], 'en', 'light', 900, 600)", Arrays.asList(stack.chatOrigin(), token));
          page.frameLocator("#mount iframe").locator(".conv-row").first().waitFor();
          Frame chat = page.frames().stream().filter(f -> f.url().startsWith(stack.chatOrigin())).findFirst().orElseThrow();
          chat.waitForFunction("() => performance.getEntriesByName('pilot-status:inbox-painted').length > 0");
          times.add(((Number) chat.evaluate(
              "() => performance.getEntriesByName('pilot-status:inbox-painted')[0].startTime")).doubleValue());
          assertThat(chat.locator(".conv-row").count()).isEqualTo(CONVERSATIONS);
          breakdown = (String) chat.evaluate("() => 'shell ' + Math.round(performance.getEntriesByType('navigation')[0]"
              + ".responseEnd) + ' ms; ' + performance.getEntriesByType('mark').map(e => e.name + ' ' + Math.round(e.startTime))"
              + ".join('; ') + '; ' + performance.getEntriesByType('resource').filter(e => !e.name.includes('/live'))"
              + ".map(e => e.name.replace(location.origin, '').split('?')[0] + ' ' + Math.round(e.startTime) + '-'"
              + " + Math.round(e.responseEnd)).join('; ')");
        }
      }

      List<Double> sorted = new ArrayList<>(times);
      Collections.sort(sorted);
      double median = sorted.get(sorted.size() / 2);
      String report = "chat-app figures\n"
          + "shell page: " + shellBytes + " bytes\n"
          + "chat-runtime.js: " + runtime.length + " bytes raw, " + gzip(runtime) + " bytes gzip\n"
          + "navigationStart -> first painted inbox (" + CONVERSATIONS + " conversations), " + RUNS + " runs: median "
          + Math.round(median) + " ms; all " + times.stream().map(t -> String.valueOf(Math.round(t))).toList() + " ms\n"
          + "last run, ms after navigation start: " + breakdown + "\n";
      System.out.print(report);
      Files.writeString(Chromium.artifact("chat-figures.txt"), report);
      assertThat(times).hasSize(RUNS).allSatisfy(t -> assertThat(t).isPositive());
    }
  }

  private static int gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.size();
  }
}
