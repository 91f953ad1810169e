package com.pilotstatus.embed.kit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client base against a stub platform on port 0: retries, error family, credentials, streams, metrics. */
class PlatformHttpTest {

  Javalin stub;
  PlatformHttp platform;
  SimpleMeterRegistry meters = new SimpleMeterRegistry();
  AtomicInteger flakyCalls = new AtomicInteger();
  List<String> seen = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    stub = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.routes.get("/v1/flaky", ctx -> ctx.status(flakyCalls.incrementAndGet() == 1 ? 503 : 200).result("{\"n\":1}"));
      cfg.routes.post("/v1/flaky", ctx -> ctx.status(flakyCalls.incrementAndGet() == 1 ? 503 : 201).result("{}"));
      cfg.routes.get("/v1/numbers/{id}", ctx -> {
        seen.add(ctx.path() + " key=" + ctx.header("x-api-key") + " auth=" + ctx.header("Authorization"));
        ctx.status(404).result("{\"error\":{\"code\":\"not_found\",\"message\":\"Number not found\"}}");
      });
      cfg.routes.get("/v1/limited", ctx -> ctx.status(429).header("Retry-After", "7")
          .result("{\"error\":{\"code\":\"rate_limited\",\"message\":\"slow down\"}}"));
      cfg.routes.get("/v1/slow", ctx -> {
        Thread.sleep(1_500);
        ctx.result("{}");
      });
      cfg.routes.get("/v1/events", ctx -> {
        seen.add("last-event-id=" + ctx.header("Last-Event-ID") + " accept=" + ctx.header("Accept"));
        ctx.contentType("text/event-stream").result("id: 1\nevent: message\ndata: {}\n\n");
      });
      cfg.routes.get("/v1/.well-known/jwks.json", ctx -> ctx.result("{\"keys\":[]}"));
    }).start(0);
    platform = new PlatformHttp(URI.create("http://localhost:" + stub.port()), Duration.ofMillis(800), meters, "test");
  }

  @AfterEach
  void stop() {
    stub.stop();
  }

  record Stamped(String id, java.time.Instant at) {
  }

  @Test
  void platformJson_readsIsoTimesAsInstants_andIgnoresFieldsItDoesNotKnow() throws Exception {
    Stamped read = PlatformHttp.platformJson()
        .readValue("{\"id\":\"cv_1\",\"at\":\"2026-12-06T13:59:19.202Z\",\"added\":true}", Stamped.class);

    assertThat(read.at()).isEqualTo(java.time.Instant.parse("2026-12-06T13:59:19.202Z"));
    assertThat(PlatformHttp.platformJson().writeValueAsString(read)).contains("\"at\":\"2026-12-06T13:59:19.202Z\"");
  }

  @Test
  void call_get_503_isRetriedOnce() {
    JsonNode body = platform.call(PlatformRequest.get("/v1/flaky"));
    assertThat(body.path("n").asInt()).isEqualTo(1);
    assertThat(flakyCalls).hasValue(2);
  }

  @Test
  void call_postWithoutIdempotencyKey_isNotRetried() {
    assertThatThrownBy(() -> platform.call(PlatformRequest.post("/v1/flaky").json("{}")))
        .isInstanceOf(PlatformUnavailable.class).hasMessage("the platform answered 503 to POST /v1/flaky");
    assertThat(flakyCalls).hasValue(1);
  }

  @Test
  void call_postWithIdempotencyKey_isRetried() {
    platform.call(PlatformRequest.post("/v1/flaky").json("{}").idempotencyKey("k-1"));
    assertThat(flakyCalls).hasValue(2);
  }

  @Test
  void call_4xx_isRejectedWithThePlatformsCode_andPathValuesAreEncoded() {
    assertThatThrownBy(() -> platform.call(PlatformRequest.get("/v1/numbers/{id}", "a/../b")
        .as(Credential.apiKey("ps_k")), JsonNode.class))
        .isInstanceOfSatisfying(PlatformRejected.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.code()).isEqualTo("not_found");
          assertThat(e.getMessage()).isEqualTo("Number not found");
        });
    assertThat(seen).containsExactly("/v1/numbers/a%2F..%2Fb key=ps_k auth=null");
  }

  @Test
  void call_429_carriesRetryAfter() {
    assertThatThrownBy(() -> platform.call(PlatformRequest.get("/v1/limited")))
        .isInstanceOfSatisfying(PlatformRejected.class, e -> assertThat(e.retryAfter()).isEqualTo("7"));
  }

  @Test
  void exchange_relaysA4xxAsItCame() {
    PlatformReply reply = platform.exchange(PlatformRequest.get("/v1/limited"));
    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.errorCode()).isEqualTo("rate_limited");
    assertThat(reply.retryAfter()).isEqualTo("7");
  }

  @Test
  void call_timeout_isUnavailable_andNotRetried() {
    assertThatThrownBy(() -> platform.call(PlatformRequest.get("/v1/slow")))
        .isInstanceOf(PlatformUnavailable.class).hasMessageContaining("within 800 ms");
  }

  @Test
  void call_nobodyListening_isUnavailable() {
    stub.stop();
    assertThatThrownBy(() -> platform.call(PlatformRequest.get("/v1/flaky")))
        .isInstanceOf(PlatformUnavailable.class).hasMessageContaining("is unreachable (GET /v1/flaky)");
    assertThatThrownBy(platform::verifyReachable).isInstanceOf(PlatformUnavailable.class);
  }

  @Test
  void stream_opensAnEventStreamWithTheBearerToken() throws Exception {
    HttpResponse<InputStream> response = platform.stream(PlatformRequest.get("/v1/events")
        .as(Credential.bearer("jwt")).header("Last-Event-ID", "41"));
    try (InputStream body = response.body()) {
      assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).startsWith("id: 1\n");
    }
    assertThat(seen).containsExactly("last-event-id=41 accept=text/event-stream");
  }

  @Test
  void every_call_is_timed_by_route_template_and_outcome() {
    platform.exchange(PlatformRequest.get("/v1/limited"));
    platform.verifyReachable();
    assertThat(meters.get("platform.calls").tag("route", "/v1/limited").tag("outcome", "rejected").timer().count())
        .isEqualTo(1);
    assertThat(meters.get("platform.calls").tag("route", "/v1/.well-known/jwks.json").tag("outcome", "ok")
        .tag("client", "test").timer().count()).isEqualTo(1);
  }

  @Test
  void credentials_neverPrintTheirSecret() {
    assertThat(Credential.apiKey("ps_secret").toString()).doesNotContain("ps_secret");
    assertThat(Credential.bearer("eyJ.secret").toString()).doesNotContain("eyJ");
  }
}
