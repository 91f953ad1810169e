package com.pilotstatus.embed.platform.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.platform.tenant.Tenant;
import com.pilotstatus.embed.platform.tenant.TenantRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers webhook events at least once. Requirements: every event has a unique id ({@code evt_…}, also in
 * {@code X-PilotStatus-Event-Id}, so receivers can deduplicate), a timestamp and an HMAC-SHA256 signature; a non-2xx
 * answer, a timeout or a refused connection is retried with exponential backoff up to {@code maxAttempts}.
 */
public final class WebhookDispatcher implements WebhookPublisher {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

  private final TenantRepository tenants;
  private final ObjectMapper json;
  private final Clock clock;
  private final ScheduledExecutorService timers;
  private final Duration retryBase;
  private final int maxAttempts;
  private final WebhookTarget targets;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public WebhookDispatcher(TenantRepository tenants, ObjectMapper json, Clock clock, ScheduledExecutorService timers,
                           Duration retryBase, int maxAttempts, WebhookTarget targets) {
    this.targets = targets;
    this.tenants = tenants;
    this.json = json;
    this.clock = clock;
    this.timers = timers;
    this.retryBase = retryBase;
    this.maxAttempts = maxAttempts;
  }

  @Override
  public void publish(String tenantId, String type, Object data) {
    Tenant tenant = tenants.find(tenantId).orElse(null);
    if (tenant == null || tenant.webhookUrl() == null || tenant.webhookUrl().isEmpty()) {
      return;
    }
    Map<String, Object> event = new LinkedHashMap<>();
    String id = "evt_" + UUID.randomUUID().toString().replace("-", "");
    event.put("id", id);
    event.put("type", type);
    event.put("createdAt", clock.instant().toString());
    event.put("data", data);
    String body;
    try {
      body = json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise webhook " + type, e);
    }
    deliver(tenant.webhookUrl(), tenant.webhookSecret() == null ? "" : tenant.webhookSecret(), id, body, 1);
  }

  private void deliver(String url, String secret, String eventId, String body, int attempt) {
    // Checked again before every attempt: the name may point somewhere else now (DNS rebinding).
    if (targets.refusal(url) != null) {
      LOG.warn("webhook {} not sent: its URL (host {}) does not reach a public address", eventId, hostOf(url));
      return;
    }
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json")
          .header("User-Agent", "PilotStatus-Webhooks/1 (sandbox)")
          .header("X-PilotStatus-Event-Id", eventId)
          .header("X-PilotStatus-Timestamp", Long.toString(timestamp))
          .header("X-PilotStatus-Signature", WebhookSignature.sign(secret, timestamp, body))
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
    } catch (IllegalArgumentException e) {
      LOG.warn("webhook {} not sent: bad URL (host {})", eventId, hostOf(url));
      return;
    }
    http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
      boolean ok = error == null && response.statusCode() / 100 == 2;
      if (ok) {
        return;
      }
      if (attempt >= maxAttempts) {
        LOG.warn("webhook {} to host {} dropped after {} attempts", eventId, hostOf(url), attempt);
        return;
      }
      long delay = retryBase.toMillis() << Math.min(attempt - 1, 20);
      timers.schedule(() -> deliver(url, secret, eventId, body, attempt + 1), delay, TimeUnit.MILLISECONDS);
    });
  }

  /** Only the host goes into logs: a URL's path or query may hold the receiver's own secret. */
  private static String hostOf(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? "?" : host;
    } catch (IllegalArgumentException e) {
      return "?";
    }
  }
}
