package com.pilotstatus.embed.kit;

import com.pilotstatus.embed.kit.lifecycle.DrainingPlugin;
import com.pilotstatus.embed.kit.logging.RequestLogPlugin;
import com.pilotstatus.embed.kit.metrics.MetricsPlugin;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.MDC;

/**
 * {@code GET}/{@code HEAD} answers made once at startup (a script and its precompressed encodings), sent by a Jetty
 * handler in front of Javalin: a hot static file then costs a map lookup and a write, not Javalin's servlet,
 * context and handler chain (issue 17: embed-cdn beside nginx). The kit's behaviour holds for them as for any route:
 * the {@code X-Request-Id} is kept or made and echoed, the request is counted in flight (a graceful stop waits for
 * it), timed in {@code http_server_requests_seconds} under its path and logged by the request-log rules. While the
 * server drains, and for every other method or path, the request goes on to Javalin (which answers 503 or routes it).
 */
public final class PrecomputedRoutes extends Handler.Wrapper {

  /** One ready answer: status, every header, and the body ({@code null}: none, as for a 304). */
  public record Answer(int status, HttpFields headers, ByteBuffer body) {
  }

  /** Picks the answer for a request from its headers (content negotiation, conditional requests); never null. */
  @FunctionalInterface
  public interface Responder {
    Answer answer(HttpFields requestHeaders);
  }

  private final Map<String, Responder> routes = new ConcurrentHashMap<>();
  private final DrainingPlugin drainGate;
  private final RequestLogPlugin requestLog;
  private final MetricsPlugin metrics;

  PrecomputedRoutes(DrainingPlugin drainGate, RequestLogPlugin requestLog, MetricsPlugin metrics) {
    this.drainGate = drainGate;
    this.requestLog = requestLog;
    this.metrics = metrics;
  }

  void add(String path, Responder responder) {
    routes.put(path, responder);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String method = request.getMethod();
    boolean head = HttpMethod.HEAD.is(method);
    Responder responder = head || HttpMethod.GET.is(method) ? routes.get(Request.getPathInContext(request)) : null;
    if (responder == null || drainGate.isDraining()) {
      return super.handle(request, response, callback);
    }
    long started = System.nanoTime();
    drainGate.enter();
    String requestId = RequestLogPlugin.requestIdFor(request.getHeaders().get(RequestLogPlugin.REQUEST_ID_HEADER));
    Answer answer = responder.answer(request.getHeaders());
    response.setStatus(answer.status());
    HttpFields.Mutable headers = response.getHeaders();
    headers.add(answer.headers());
    headers.put(RequestLogPlugin.REQUEST_ID_HEADER, requestId);
    String route = Request.getPathInContext(request);
    ByteBuffer body = head || answer.body() == null ? null : answer.body().slice();
    response.write(true, body, new Callback() {
      @Override
      public void succeeded() {
        finished();
        callback.succeeded();
      }

      @Override
      public void failed(Throwable x) {
        finished();
        callback.failed(x);
      }

      private void finished() {
        long nanos = System.nanoTime() - started;
        drainGate.exit();
        metrics.record(method, route, answer.status(), nanos);
        MDC.put("requestId", requestId);
        try {
          requestLog.log(method, route, answer.status(), nanos / 1_000_000f, requestId, null,
              () -> Request.getRemoteAddr(request));
        } finally {
          MDC.clear();
        }
      }
    });
    return true;
  }
}
