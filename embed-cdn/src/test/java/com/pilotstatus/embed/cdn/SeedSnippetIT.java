package com.pilotstatus.embed.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.pilotstatus.embed.protocol.ProtocolVersion;
import com.pilotstatus.embed.testing.Chromium;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The documented snippets of seeds 000 and 001, unchanged, against an embed-cdn that stamped this test's chat and
 * connect origins: {@code PilotStatus.init()} with no arguments must reach them. The chat and connect iframes are the
 * protocol stubs from shared-protocol's test-jar (browser/chat-stub.html, connect-stub.html) (fixtures, not product); the real apps are covered by e2e-tests.
 */
class SeedSnippetIT {

  private static Chromium chromium;
  private static Javalin site;
  private static EmbedCdn cdn;
  private static final AtomicInteger tokens = new AtomicInteger();
  private BrowserContext context;
  private Page page;
  private final List<String> pageErrors = new ArrayList<>();

  @BeforeAll
  static void start() {
    site = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get("/seed-000.html", ctx -> hostPage(ctx, "seed-000.html"));
      config.routes.get("/seed-001.html", ctx -> hostPage(ctx, "seed-001.html"));
      config.routes.get("/api/my-saas/embed-token", ctx -> json(ctx, "tok-" + tokens.incrementAndGet()));
      config.routes.get("/api/my-saas/pairing-token", ctx -> json(ctx, "pair-1"));
      config.routes.get("/", ctx -> stub(ctx, "chat.pilot.test", "browser/chat-stub.html"));
      config.routes.get("/connect/{token}", ctx -> stub(ctx, "connect.pilot.test", "browser/connect-stub.html"));
    }).start(0);
    cdn = EmbedCdn.start(new CdnConfig(0, origin("chat.pilot.test", site.port()), origin("connect.pilot.test", site.port())));
    chromium = Chromium.launch();
  }

  @AfterAll
  static void stop() {
    chromium.close();
    cdn.close();
    site.stop();
  }

  @BeforeEach
  void newContext() {
    context = chromium.newContext();
    page = context.newPage();
    page.onPageError(pageErrors::add);
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  @Test
  void seed_000_snippet_mounts_the_chat_of_the_stamped_origin_and_remounts_on_expiry() {
    page.navigate(origin("app.acme.test", site.port()) + "/seed-000.html");
    Frame chat = frame("chat.pilot.test");
    chat.waitForFunction("() => inits().length === 1");
    String first = (String) chat.evaluate("() => inits()[0].token");
    assertThat(chat.evaluate("() => inits()[0]")).isEqualTo(Map.of("token", first, "locale", "en", "theme", "light",
        ProtocolVersion.FIELD, ProtocolVersion.CURRENT));

    chat.evaluate("() => send('session-expired')");
    page.waitForCondition(() -> {
      try {
        Frame next = frame("chat.pilot.test");
        return next != chat && ((Number) next.evaluate("() => inits().length")).intValue() == 1;
      } catch (RuntimeException navigating) {
        return false;
      }
    });
    assertThat(frame("chat.pilot.test").evaluate("() => inits()[0]"))
        .isEqualTo(Map.of("token", "tok-" + (Integer.parseInt(first.substring(4)) + 1), "locale", "en",
            ProtocolVersion.FIELD, ProtocolVersion.CURRENT));
    assertThat(page.evaluate("() => document.querySelectorAll('#inbox iframe').length")).isEqualTo(1);
    assertThat(pageErrors).isEmpty();
  }

  @Test
  void seed_001_snippet_opens_the_connect_modal_of_the_stamped_origin_and_closes_on_paired() {
    page.navigate(origin("app.acme.test", site.port()) + "/seed-001.html");
    Frame connect = frame("connect.pilot.test");
    assertThat(connect.url()).startsWith(origin("connect.pilot.test", site.port()) + "/connect/pair-1?parentOrigin=");
    assertThat(page.evaluate("() => document.querySelector('[role=dialog]').getAttribute('aria-modal')")).isEqualTo("true");

    connect.waitForFunction("() => document.readyState === 'complete'");
    connect.evaluate("() => send('connect:paired', { numberId: 'wn_1' })");
    page.waitForFunction("() => !document.querySelector('[data-pilot-status=modal]')");
    assertThat(pageErrors).isEmpty();
  }

  private Frame frame(String host) {
    String prefix = origin(host, site.port());
    Frame[] found = new Frame[1];
    page.waitForCondition(() -> {
      for (Frame f : page.frames()) {
        if (f.url().startsWith(prefix)) {
          found[0] = f;
          return true;
        }
      }
      return false;
    });
    return found[0];
  }

  private static String origin(String host, int port) {
    return "http://" + host + ":" + port;
  }

  private static void hostPage(Context ctx, String name) throws IOException {
    requireHost(ctx, "app.acme.test");
    String html = resource("seeds/" + name).replace("{{CDN}}", origin("cdn.pilot.test", cdn.port()));
    ctx.contentType("text/html; charset=utf-8").result(html);
  }

  /** What the host's backend answers in the seeds: {@code {"token": "..."}}. */
  private static void json(Context ctx, String token) {
    ctx.contentType("application/json").result("{\"token\":\"" + token + "\"}");
  }

  private static void stub(Context ctx, String host, String name) throws IOException {
    requireHost(ctx, host);
    ctx.contentType("text/html; charset=utf-8").result(resource(name));
  }

  private static void requireHost(Context ctx, String host) {
    String header = ctx.host() == null ? "" : ctx.host();
    if (!header.startsWith(host + ":")) {
      throw new NotFoundResponse();
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SeedSnippetIT.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
