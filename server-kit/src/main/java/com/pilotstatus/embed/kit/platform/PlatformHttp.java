package com.pilotstatus.embed.kit.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one way every server talks to the platform (java.net.http). A server's own client (connect-app's, the
 * demo's, chat-app's) holds one and adds only its calls. What it does once for all of them:
 * <ul>
 *   <li>one {@link HttpClient} per client, HTTP/1.1 with keep-alive: connections are reused across calls;</li>
 *   <li>a connect timeout and a per-call timeout ({@code PS_PLATFORM_TIMEOUT_MS} where the app reads it);</li>
 *   <li>one retry, 150 ms later, on a connection failure or a 502/503/504 — only for a call that is safe to repeat
 *       ({@link PlatformRequest#isRetryable()}: GET/PUT/DELETE, or a POST with an {@code Idempotency-Key});
 *       a timeout is never retried (the platform may still be working on it);</li>
 *   <li>one exception family: no answer, a 5xx or a body that is not the API's JSON → {@link PlatformUnavailable};
 *       a 4xx → {@link PlatformRejected} with the platform's code (or, with {@link #exchange}, the raw reply);</li>
 *   <li>a {@code platform.calls} timer by client, method, route template and outcome ({@code ok}, {@code rejected},
 *       {@code unavailable}): latency and failures of every call, never a token from a path.</li>
 * </ul>
 */
public class PlatformHttp {

  private static final Duration RETRY_DELAY = Duration.ofMillis(150);
  private static final Duration REACHABILITY_TTL = Duration.ofSeconds(5);

  private final URI baseUrl;
  private final Duration timeout;
  private final MeterRegistry meters;
  private final String client;
  private final HttpClient http;
  private final ObjectMapper json = platformJson();
  private final AtomicReference<Reachability> lastReachability = new AtomicReference<>();

  /**
   * @param baseUrl  the platform, without {@code /v1} ({@code PS_PLATFORM_URL})
   * @param timeout  each call's timeout, and the connect timeout
   * @param meters   where {@code platform.calls} is recorded (the server kit's registry)
   * @param client   names this client in the metrics ({@code connect-app}, {@code demo}, …)
   */
  public PlatformHttp(URI baseUrl, Duration timeout, MeterRegistry meters, String client) {
    this.baseUrl = baseUrl;
    this.timeout = timeout;
    this.meters = meters == null ? new SimpleMeterRegistry() : meters;
    this.client = client;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
  }

  public URI baseUrl() {
    return baseUrl;
  }

  public ObjectMapper json() {
    return json;
  }

  /**
   * How every server reads the platform's JSON: unknown fields ignored (the platform may add some), and ISO-8601
   * times as {@link java.time.Instant}s, so a time is parsed once where it enters, not at each use.
   */
  public static ObjectMapper platformJson() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
  }

  /** Sends {@code request}; a 2xx body as {@code type}; a 4xx as {@link PlatformRejected}. */
  public <T> T call(PlatformRequest request, Class<T> type) {
    PlatformReply reply = exchange(request);
    if (!reply.isOk()) {
      throw reply.rejected();
    }
    if (type == Void.class) {
      return null;
    }
    try {
      return json.readValue(reply.body(), type);
    } catch (IOException e) {
      throw new PlatformUnavailable("the platform's answer to " + request + " is not the documented JSON", e);
    }
  }

  /** Sends {@code request}; a 2xx body as a tree (an empty object when there is none); a 4xx as {@link PlatformRejected}. */
  public JsonNode call(PlatformRequest request) {
    PlatformReply reply = exchange(request);
    if (!reply.isOk()) {
      throw reply.rejected();
    }
    return reply.json().isMissingNode() ? json.createObjectNode() : reply.json();
  }

  /** Sends {@code request} and returns any answer below 500 as received (to relay it); 5xx or none → unavailable. */
  public PlatformReply exchange(PlatformRequest request) {
    long started = System.nanoTime();
    String outcome = "unavailable";
    try {
      HttpResponse<byte[]> response = sendWithRetry(request);
      byte[] body = response.body();
      PlatformReply reply = new PlatformReply(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse("application/json"), body, parse(body),
          response.headers().firstValue("Retry-After").orElse(null));
      outcome = reply.isOk() ? "ok" : "rejected";
      return reply;
    } finally {
      record(request, outcome, started);
    }
  }

  /**
   * Sends {@code request} for a file: 2xx gives its bytes with their {@code Content-Type} and
   * {@code Content-Disposition} (to relay them unchanged); 4xx is {@link PlatformRejected}.
   */
  public PlatformFile file(PlatformRequest request) {
    long started = System.nanoTime();
    String outcome = "unavailable";
    try {
      HttpResponse<byte[]> response = sendWithRetry(request);
      if (response.statusCode() >= 300) {
        outcome = "rejected";
        byte[] body = response.body();
        throw new PlatformReply(response.statusCode(), "application/json", body, parse(body), null).rejected();
      }
      outcome = "ok";
      return new PlatformFile(response.headers().firstValue("Content-Type").orElse("application/octet-stream"),
          response.headers().firstValue("Content-Disposition").orElse("attachment"), response.body());
    } finally {
      record(request, outcome, started);
    }
  }

  /**
   * Opens a {@code text/event-stream} GET and returns the open response: the caller reads and closes its body. No
   * per-call timeout (a stream lives long); a non-200 answer is mapped like any other call.
   */
  public HttpResponse<InputStream> stream(PlatformRequest request) {
    long started = System.nanoTime();
    String outcome = "unavailable";
    try {
      HttpRequest.Builder builder = builder(request).setHeader("Accept", "text/event-stream").GET();
      HttpResponse<InputStream> response;
      try {
        response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (IOException e) {
        throw unreachable(request, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PlatformUnavailable("interrupted: " + request, e);
      }
      if (response.statusCode() == 200) {
        outcome = "ok";
        return response;
      }
      byte[] body = drain(response.body());
      if (response.statusCode() >= 500) {
        throw new PlatformUnavailable("the platform answered " + response.statusCode() + " to " + request);
      }
      outcome = "rejected";
      throw new PlatformReply(response.statusCode(), "application/json", body, parse(body),
          response.headers().firstValue("Retry-After").orElse(null)).rejected();
    } finally {
      record(request, outcome, started);
    }
  }

  /**
   * A readiness check: the platform answers its public JWKS ({@code /v1/.well-known/jwks.json}). The result is
   * kept 5 s, so a load balancer polling {@code /readyz} does not turn into load on the platform.
   */
  public void verifyReachable() {
    Reachability last = lastReachability.get();
    if (last == null || last.isStale()) {
      String problem;
      try {
        PlatformReply reply = exchange(PlatformRequest.get("/v1/.well-known/jwks.json"));
        problem = reply.isOk() ? null : "the platform answered " + reply.status() + " to its JWKS";
      } catch (PlatformUnavailable e) {
        problem = e.getMessage();
      }
      last = new Reachability(System.nanoTime(), problem);
      lastReachability.set(last);
    }
    if (last.problem() != null) {
      throw new PlatformUnavailable(last.problem());
    }
  }

  /** Serialises {@code value} as a JSON request body. */
  public String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not serialisable: " + value.getClass().getSimpleName(), e);
    }
  }

  private HttpResponse<byte[]> sendWithRetry(PlatformRequest request) {
    int attempts = request.isRetryable() ? 2 : 1;
    for (int attempt = 1; ; attempt++) {
      HttpResponse<byte[]> response;
      try {
        response = http.send(builder(request).timeout(timeout).build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (HttpTimeoutException e) {
        throw new PlatformUnavailable("the platform did not answer " + request + " within " + timeout.toMillis()
            + " ms", e);
      } catch (IOException e) {
        if (attempt < attempts) {
          pause();
          continue;
        }
        throw unreachable(request, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PlatformUnavailable("interrupted: " + request, e);
      }
      int status = response.statusCode();
      if (status >= 500) {
        if (attempt < attempts && (status == 502 || status == 503 || status == 504)) {
          pause();
          continue;
        }
        throw new PlatformUnavailable("the platform answered " + status + " to " + request);
      }
      return response;
    }
  }

  private HttpRequest.Builder builder(PlatformRequest request) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.target()))
        .header("Accept", "application/json");
    request.credential().applyTo(builder);
    request.headers().forEach(builder::header);
    if (request.bytes() != null) {
      builder.header("Content-Type", request.bytesType())
          .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.bytes()));
    } else if (request.jsonBody() == null) {
      builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      builder.header("Content-Type", "application/json")
          .method(request.method(), HttpRequest.BodyPublishers.ofString(request.jsonBody()));
    }
    return builder;
  }

  private PlatformUnavailable unreachable(PlatformRequest request, IOException e) {
    return new PlatformUnavailable("the platform at " + baseUrl + " is unreachable (" + request + "): "
        + e.getClass().getSimpleName(), e);
  }

  private void record(PlatformRequest request, String outcome, long started) {
    Timer.builder("platform.calls")
        .description("Calls to the platform by route template and outcome")
        .tag("client", client)
        .tag("method", request.method())
        .tag("route", request.route())
        .tag("outcome", outcome)
        .publishPercentileHistogram()
        .register(meters)
        .record(Duration.ofNanos(System.nanoTime() - started));
  }

  private JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      return MissingNode.getInstance();
    }
    try {
      return json.readTree(body);
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  private static byte[] drain(InputStream in) {
    try (in) {
      return in.readNBytes(4096);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static void pause() {
    try {
      Thread.sleep(RETRY_DELAY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Reachability(long checkedAt, String problem) {
    boolean isStale() {
      return System.nanoTime() - checkedAt > REACHABILITY_TTL.toNanos();
    }
  }
}
