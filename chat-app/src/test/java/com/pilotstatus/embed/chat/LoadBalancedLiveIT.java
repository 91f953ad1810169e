package com.pilotstatus.embed.chat;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.HostSite;
import com.pilotstatus.embed.chat.testing.LiveClient;
import com.pilotstatus.embed.testing.Chromium;
import com.pilotstatus.embed.testing.Nginx;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live inbox in real Chromium through a real nginx in front of two chat-app instances (round robin, no
 * stickiness), against one platform sandbox: a stream whose instance stops resumes on the other one without losing
 * what was sent meanwhile, and a stream refused at a limit backs off and recovers.
 */
class LoadBalancedLiveIT {

  private static ChatStack stack;
  private static final ChatApp[] instances = new ChatApp[2]; // the stack's own chat-app is not behind nginx
  private static final int[] ports = new int[2];
  private static Nginx nginx;
  private static HostSite host;
  private static Chromium chromium;

  private BrowserContext context;
  private Page page;
  private final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void startAll() {
    stack = ChatStack.start();
    for (int i = 0; i < 2; i++) {
      instances[i] = startInstance(0);
      ports[i] = instances[i].port();
    }
    nginx = Nginx.balancing(List.of(ports[0], ports[1]));
    host = HostSite.start();
    chromium = Chromium.launch();
  }

  @AfterAll
  static void stopAll() {
    chromium.close();
    host.close();
    nginx.close();
    for (ChatApp instance : instances) {
      instance.close();
    }
    stack.close();
  }

  @BeforeEach
  void openHost() {
    context = chromium.newContext();
    page = context.newPage();
    page.onPageError(pageErrors::add);
    page.navigate(host.hostPage());
  }

  @AfterEach
  void closeContext() {
    context.close();
    assertThat(pageErrors).as("uncaught errors in the host page or the iframe").isEmpty();
  }

  /**
   * Issue 15: a stream that never received an event carried no position, so after its instance stopped the runtime
   * reconnected "from now" and a message sent in that gap never appeared. Every stream now starts with its position.
   */
  @Test
  void a_message_sent_while_the_stream_moves_to_the_other_instance_appears() throws Exception {
    String token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900);
    FrameLocator chat = mount(token);
    assertThat(chat.locator(".conv-row").first()).isVisible();
    await(() -> instances[0].openStreams() + instances[1].openStreams() == 1, 10_000);

    int holder = instances[0].openStreams() == 1 ? 0 : 1;
    instances[holder].close(); // its stream ends; the runtime reconnects through nginx, to the instance still running
    stack.inbound(ChatStack.DEMO_NUMBER, "+5511933331111", "Gap Across Instances", "sent while moving over");

    assertThat(chat.locator(".conv-row").first()).containsText("sent while moving over",
        new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
    await(() -> instances[1 - holder].openStreams() == 1, 10_000);
    instances[holder] = startInstance(ports[holder]); // both behind nginx again for the next test
  }

  /**
   * A stream refused at the session limit (429, Retry-After) is retried by the runtime after at least that long, with
   * jitter, and recovers once a place is free. (Playwright reports a streaming response only when it ends, so the
   * refusals and the recovered stream are read from the instances.)
   */
  @Test
  void a_stream_refused_at_the_session_limit_backs_off_and_recovers() throws Exception {
    String token = stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900);
    List<LiveClient> taken = new ArrayList<>();
    for (int port : ports) { // the limit is per instance: the session's 5 streams on each, held by another client
      await(() -> isLive(port), 10_000);
      for (int i = 0; i < 5; i++) {
        taken.add(LiveClient.open(port, token, host.origin(), null, 0, true));
      }
    }
    double refusedBefore = refused();
    try {
      FrameLocator chat = mount(token);
      assertThat(chat.locator(".conv-row").first()).isVisible();
      await(() -> refused() >= refusedBefore + 1, 20_000);
      long first = System.nanoTime();
      await(() -> refused() >= refusedBefore + 2, 20_000); // it waited, tried again, and was refused again
      long waitedMs = (System.nanoTime() - first) / 1_000_000;
      assertThat(waitedMs).as("the runtime honours Retry-After: 5").isGreaterThanOrEqualTo(4_900);
    } finally {
      for (LiveClient c : taken) {
        c.close();
      }
    }
    // The taken streams are released one by one (within ~3 s), so a single count of 1 may still be one of them: the
    // iframe's stream is the one left when the count stays at 1 for 4 s.
    awaitSteady(() -> instances[0].openStreams() + instances[1].openStreams() == 1, 4_000, 30_000);
    FrameLocator chat = page.frameLocator("#mount iframe");
    stack.inbound(ChatStack.DEMO_NUMBER, "+5511933332222", "After Backoff", "live again after the 429");
    assertThat(chat.locator(".conv-row").first()).containsText("live again after the 429",
        new LocatorAssertions.ContainsTextOptions().setTimeout(5_000));
  }

  private static double refused() {
    double sum = 0;
    for (ChatApp instance : instances) {
      io.micrometer.core.instrument.Counter c = instance.meters().find("chat.live.refused").tag("status", "429").counter();
      sum += c == null ? 0 : c.count();
    }
    return sum;
  }

  private String chatOrigin() {
    return "http://chat.pilot.test:" + nginx.port();
  }

  private FrameLocator mount(String token) {
    page.evaluate("a => startChat(a[0], a[1], a[2], a[3], a[4], a[5])",
        Arrays.asList(chatOrigin(), token, "en", "light", 900, 600));
    return page.frameLocator("#mount iframe");
  }

  private static ChatApp startInstance(int port) {
    return ChatApp.start(ChatConfig.defaults().withPort(port).withPlatformUrl(stack.platformUrl())
        .withServiceCredential(stack.serviceCredential()).withAllowHttpOrigins(true));
  }

  private static boolean isLive(int port) {
    for (int i = 0; i < 2; i++) {
      if (ports[i] == port) {
        return instances[i].isFeedConnected();
      }
    }
    return false;
  }

  private static void awaitSteady(BooleanSupplier condition, long steadyMillis, long millis)
      throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    long since = -1;
    while (System.nanoTime() < end) {
      if (!condition.getAsBoolean()) {
        since = -1;
      } else if (since < 0) {
        since = System.nanoTime();
      } else if (System.nanoTime() - since >= steadyMillis * 1_000_000) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("condition not steady for " + steadyMillis + " ms within " + millis + " ms");
  }

  private static void await(BooleanSupplier condition, long millis) throws InterruptedException {
    await(condition, millis, () -> "");
  }

  private static void await(BooleanSupplier condition, long millis, java.util.function.Supplier<String> state)
      throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("condition not met within " + millis + " ms " + state.get());
      }
      Thread.sleep(50);
    }
  }
}
