package com.pilotstatus.embed.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.pilotstatus.embed.e2e.Browsing.hostEvents;
import static com.pilotstatus.embed.e2e.Browsing.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.pilotstatus.embed.e2e.ScaleOutStack.Instance;
import com.pilotstatus.embed.testing.Chromium;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proof of scale-out (issue 14 §3): two chat-app and two connect-app processes behind a real nginx (round robin, no
 * stickiness) behave as one, even when one of them gets a real SIGTERM in the middle of a journey. The visitor of the
 * demo host at {@code app.acme.test} goes through the chat journey (handshake, list, open, live inbound, reply,
 * refresh) and the connect journey (QR, scan, paired) with no error shown, no {@code onError}, no page or console
 * error; the stream resumes on the other instance by {@code Last-Event-ID}; nothing is lost or sent twice; and the
 * stopped process exits 0 within 10 s.
 *
 * <p>Determinism: nginx here alternates strictly between the instances of a group ({@code max_fails=0}) and names the
 * one that answered ({@code X-PS-Upstream}), so the test knows where the next request goes; an upload held half-sent
 * keeps the SIGTERM'd chat instance draining for as long as the test needs it. Every wait is on a condition.
 */
class ScaleOutIT {

  private static final String IN_FLIGHT = "http_server_requests_in_flight";
  private static final String STREAMS = "chat_live_streams";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ScaleOutStack stack;
  private static Chromium chromium;
  private Page page;
  private Watch watch;

  @BeforeAll
  static void startStack() {
    long started = System.nanoTime();
    stack = ScaleOutStack.start();
    chromium = Chromium.launch();
    E2eStack.record("scale-out stack (2 chat + 2 connect JVMs, nginx) started in "
        + (System.nanoTime() - started) / 1_000_000 + " ms");
  }

  @AfterAll
  static void stopStack() {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      if (stack != null) {
        stack.close();
      }
    }
  }

  @BeforeEach
  void openBrowser() {
    page = Browsing.newPage(chromium);
  }

  @AfterEach
  void closeBrowser() {
    if (watch != null) { // for the report of a failed run
      System.out.println("[scale-out] console errors " + watch.consoleErrors + ", page errors " + watch.pageErrors
          + ", failed answers " + watch.failedAnswers());
    }
    page.context().close();
  }

  // ---- chat ---------------------------------------------------------------------------------------------------

  /**
   * Also the regression test of a reply lost to a stopping instance: nginx sent the reply's POST to an instance that
   * had just received SIGTERM; it answered 503 + Retry-After (the drain refuses new requests), nginx does not retry a
   * POST, and the runtime showed the reply as failed. The runtime now sends such a request again, with its key.
   */
  @Test
  void chat_journey_goes_on_when_the_instance_holding_its_stream_gets_sigterm() throws Exception {
    watch = Watch.on(page, stack.chatOrigin);
    page.navigate(stack.host("/"));
    FrameLocator chat = page.frameLocator("#inbox iframe");
    Locator emily = chat.locator(".conv-row").filter(new Locator.FilterOptions().setHasText("Emily Carter"));
    assertThat(emily).isVisible(); // handshake and list
    page.waitForCondition(() -> !hostEvents(page, "onReady").isEmpty());
    emily.locator("button").click();
    assertThat(chat.locator(".thread h2")).hasText("Emily Carter");
    String conversationId = chat.locator(".thread").getAttribute("data-conversation-id");

    Instance holder = awaitStreamHolder();
    Instance other = stack.chat.get(1 - stack.chat.indexOf(holder));
    page.waitForCondition(watch::isQuiet);
    double busy = holder.gauge(IN_FLIGHT); // its stream
    String heldText = "Held upload " + System.nanoTime();
    try (HeldUpload upload = HeldUpload.start(holder.port(), "POST", "/fragments/conversations/"
            + anotherConversation(conversationId) + "/messages", "chat.pilot.test",
        new String[] {"Authorization: Bearer " + stack.chatToken(), "X-PS-Parent-Origin: " + stack.hostOrigin,
            "Idempotency-Key: held-" + System.nanoTime()}, "{\"text\":\"" + heldText + "\"}")) {
      await("the upload in flight on " + holder, () -> holder.gauge(IN_FLIGHT) >= busy + 1);
      int liveBefore = watch.liveRequests.size();

      long signalled = System.nanoTime();
      holder.process().terminate(); // SIGTERM: not ready, the stream told to retry and closed, the upload goes on
      holder.process().awaitLine(Pattern.compile("draining"), Duration.ofSeconds(10));

      // A message while the instance stops: the stream comes back on the other one and resumes where it was.
      int readsBefore = watch.count("POST", "/read");
      String inbound = "Is Friday still on? " + System.nanoTime();
      watch.texts.add(inbound);
      stack.platform("POST", "/v1/sandbox/numbers/" + ScaleOutStack.DEMO_NUMBER + "/inbound",
          JSON.writeValueAsString(Map.of("from", contactNumber(conversationId), "name", "Emily Carter",
              "text", inbound)));
      Locator inboundBubble = chat.locator("#log .bubble.in").filter(new Locator.FilterOptions().setHasText(inbound));
      assertThat(inboundBubble).isVisible();
      await("the stream on " + other, () -> other.gauge(STREAMS) == 1);
      // The thread marks the message read; that POST may meet the stopping instance too, and is then sent again.
      page.waitForCondition(() -> watch.answers("POST", "/read").stream().skip(readsBefore)
          .anyMatch(a -> a.status() == 200) && watch.isQuiet());

      // The reply goes to the instance that is stopping (nginx alternates): refused with 503, sent again elsewhere.
      steerNextRequestTo(holder, other);
      String reply = "See you Friday " + System.nanoTime();
      watch.texts.add(reply);
      chat.locator("#draft").fill(reply);
      chat.locator("button[data-action=send]").click();
      Locator replyBubble = chat.locator("#log .bubble.out").filter(new Locator.FilterOptions().setHasText(reply));
      assertThat(replyBubble).hasAttribute("data-status", Pattern.compile("sent|delivered|read"));
      assertThat(watch.answers("POST", "/messages")).as("the reply's answers").containsExactly(
          new Answer("POST", 503, holder.upstream()), new Answer("POST", 201, other.upstream()));

      assertThat(upload.finish()).as("the upload in flight at SIGTERM finishes").isEqualTo(201);
      assertThat(holder.process().awaitExit(Duration.ofSeconds(10))).as("exit code").isZero();
      assertThat(Duration.ofNanos(System.nanoTime() - signalled)).isLessThanOrEqualTo(Duration.ofSeconds(10));

      assertThat(inboundBubble).hasCount(1);
      assertThat(replyBubble).hasCount(1);
      assertThat(countOnPlatform(conversationId, inbound)).as("the inbound message on the platform").isEqualTo(1);
      assertThat(countOnPlatform(conversationId, reply)).as("the reply on the platform").isEqualTo(1);
      List<String> resumed = watch.liveRequests.subList(liveBefore, watch.liveRequests.size());
      assertThat(resumed).as("Last-Event-ID of the streams opened after the SIGTERM").isNotEmpty()
          .allSatisfy(id -> assertThat(id).isNotBlank());
      assertThat(watch.count("GET", "/fragments/inbox")).as("inbox loads: resumed, not reset").isEqualTo(1);
      screenshot(page, "scale-out-chat-after-sigterm");
    }

    page.reload(); // the refresh: everything from the instance left
    assertThat(emily).isVisible();
    emily.locator("button").click();
    assertThat(chat.locator(".thread h2")).hasText("Emily Carter");
    assertThat(chat.locator("#log .bubble")).not().hasCount(0);
    page.waitForCondition(watch::isQuiet);
    for (String text : watch.texts) {
      assertThat(chat.locator("#log .bubble").filter(new Locator.FilterOptions().setHasText(text))).hasCount(1);
    }
    expectNoUserVisibleError(watch, chat, holder);
  }

  private static Instance awaitStreamHolder() {
    Instance[] holder = new Instance[1];
    await("one chat instance holding the iframe's stream", () -> {
      double first = stack.chat.get(0).gauge(STREAMS);
      double second = stack.chat.get(1).gauge(STREAMS);
      holder[0] = first == 1 && second == 0 ? stack.chat.get(0) : first == 0 && second == 1 ? stack.chat.get(1) : null;
      return holder[0] != null;
    });
    return holder[0];
  }

  /** Probes through nginx until {@code other} answered: nginx alternates, so the browser's next request goes to {@code next}. */
  private static void steerNextRequestTo(Instance next, Instance other) {
    await("nginx's turn to come to " + next, () -> other.upstream().equals(stack.probe(0)));
  }

  private static String anotherConversation(String conversationId) {
    for (JsonNode c : stack.chatApi("/v1/embed/chat/conversations").path("data")) {
      if (!conversationId.equals(c.path("id").asText())) {
        return c.path("id").asText();
      }
    }
    throw new AssertionError("the demo number has one conversation only");
  }

  private static String contactNumber(String conversationId) {
    return stack.chatApi("/v1/embed/chat/conversations/" + conversationId).path("contact").path("number").asText();
  }

  private static long countOnPlatform(String conversationId, String text) {
    JsonNode messages = stack.chatApi("/v1/embed/chat/conversations/" + conversationId + "/messages").path("data");
    return StreamSupport.stream(messages.spliterator(), false)
        .filter(m -> text.equals(m.path("text").asText())).count();
  }

  // ---- connect ------------------------------------------------------------------------------------------------

  @Test
  void connect_journey_pairs_when_a_connect_instance_gets_sigterm_while_the_qr_is_shown() throws Exception {
    watch = Watch.on(page, stack.connectOrigin);
    page.navigate(stack.host("/connect"));
    Response minted = page.waitForResponse(r -> r.url().contains("/api/my-saas/pairing-token"),
        () -> page.locator("#mount-inline").click());
    String token = JSON.readTree(minted.text()).path("token").asText();
    FrameLocator connect = page.frameLocator("#connect-widget iframe");
    assertThat(connect.locator("[data-state=qr]")).isVisible();
    page.waitForCondition(() -> watch.upstreams("GET", "/state").containsAll(
        List.of(stack.connect.get(0).upstream(), stack.connect.get(1).upstream()))); // no stickiness

    Instance stopping = stack.connect.get(0);
    Instance other = stack.connect.get(1);
    long signalled = System.nanoTime();
    stopping.process().terminate();
    stopping.process().awaitLine(Pattern.compile("draining"), Duration.ofSeconds(10));
    int pollsBefore = watch.answers("GET", "/state").size();
    page.waitForCondition(() -> watch.answers("GET", "/state").size() > pollsBefore + 2); // the page polls on
    screenshot(page, "scale-out-connect-qr-after-sigterm");

    page.locator("#scan").click(); // the sandbox phone scans the QR

    assertThat(connect.locator("[data-state=connected]")).isVisible();
    page.waitForCondition(() -> !hostEvents(page, "onPaired").isEmpty());
    Object paired = ((Map<?, ?>) hostEvents(page, "onPaired").get(0)).get("numberId");
    JsonNode status = stack.platform("GET", "/v1/remote-pairing/" + token + "/status", null);
    assertThat(paired).isEqualTo(status.path("numberId").asText());
    assertThat(hostEvents(page, "onPaired")).hasSize(1);
    assertThat(stopping.process().awaitExit(Duration.ofSeconds(10))).as("exit code").isZero();
    assertThat(Duration.ofNanos(System.nanoTime() - signalled)).isLessThanOrEqualTo(Duration.ofSeconds(10));
    assertThat(watch.upstreams("GET", "/state")).as("polls answered after the exit").contains(other.upstream());
    screenshot(page, "scale-out-connect-paired");
    expectNoUserVisibleError(watch, connect, stopping);
  }

  // ---- what the visitor must not see --------------------------------------------------------------------------

  /**
   * No error state in the iframe, no {@code onError}, no uncaught error, no console error but the browser's own note
   * of a 503 that the runtime then sent again; every failed answer the browser got is such a 503 from the instance
   * that was stopping.
   */
  private void expectNoUserVisibleError(Watch watch, FrameLocator frame, Instance stopped) {
    assertThat(frame.locator("[data-state=error]")).hasCount(0);
    assertThat(frame.locator(".failed")).hasCount(0);
    assertThat(hostEvents(page, "onError")).isEmpty();
    assertThat(watch.pageErrors).isEmpty();
    assertThat(watch.failedAnswers()).allSatisfy(a -> assertThat(a).isEqualTo(new Answer(a.method(), 503,
        stopped.upstream())));
    assertThat(watch.consoleErrors).as("console errors").allSatisfy(e -> assertThat(e)
        .contains("the server responded with a status of 503"));
    assertThat(watch.consoleErrors).hasSizeLessThanOrEqualTo(watch.failedAnswers().size());
  }

  private static void await(String what, BooleanSupplier condition) {
    Browsing.await(what, 20_000, condition);
  }

  /** One answer the browser got from nginx: method, status and the instance(s) nginx asked. */
  record Answer(String method, int status, String upstream) {
  }

  /** What the browser did and saw at one origin (behind nginx) while the test ran. */
  private static final class Watch {
    final String origin;
    final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());
    final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
    final List<String[]> answers = Collections.synchronizedList(new ArrayList<>()); // method, url, status, upstream
    final List<String> liveRequests = Collections.synchronizedList(new ArrayList<>()); // their Last-Event-ID
    final Set<Request> pending = ConcurrentHashMap.newKeySet();
    final List<String> texts = Collections.synchronizedList(new ArrayList<>()); // bubbles checked after reload

    private Watch(String origin) {
      this.origin = origin;
    }

    static Watch on(Page page, String origin) {
      Watch watch = new Watch(origin);
      page.onPageError(watch.pageErrors::add);
      page.onConsoleMessage(m -> {
        if ("error".equals(m.type())) {
          watch.consoleErrors.add(m.text() + " (" + m.location() + ")");
        }
      });
      page.onRequest(r -> {
        if (!r.url().startsWith(origin)) {
          return;
        }
        if (r.url().startsWith(origin + "/live")) {
          watch.liveRequests.add(r.headers().getOrDefault("last-event-id", ""));
        } else {
          watch.pending.add(r);
        }
      });
      page.onRequestFinished(watch.pending::remove);
      page.onRequestFailed(watch.pending::remove);
      page.onResponse(r -> {
        if (r.url().startsWith(origin) && !r.url().startsWith(origin + "/live")) {
          watch.answers.add(new String[] {r.request().method(), r.url(), Integer.toString(r.status()),
              r.headers().getOrDefault("x-ps-upstream", "")});
        }
      });
      return watch;
    }

    /** No request to the origin in flight but streams. */
    boolean isQuiet() {
      return pending.isEmpty();
    }

    int count(String method, String urlPart) {
      return answers(method, urlPart).size();
    }

    List<Answer> answers(String method, String urlPart) {
      synchronized (answers) {
        return answers.stream().filter(a -> a[0].equals(method) && a[1].contains(urlPart))
            .map(a -> new Answer(a[0], Integer.parseInt(a[2]), a[3])).toList();
      }
    }

    Set<String> upstreams(String method, String urlPart) {
      return Set.copyOf(answers(method, urlPart).stream().map(Answer::upstream).toList());
    }

    List<Answer> failedAnswers() {
      synchronized (answers) {
        return answers.stream().filter(a -> Integer.parseInt(a[2]) >= 400)
            .map(a -> new Answer(a[0], Integer.parseInt(a[2]), a[3])).toList();
      }
    }
  }
}
