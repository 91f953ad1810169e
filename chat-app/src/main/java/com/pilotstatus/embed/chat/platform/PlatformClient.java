package com.pilotstatus.embed.chat.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.chat.ChatConfig;
import com.pilotstatus.embed.chat.conversation.ChatMessage;
import com.pilotstatus.embed.chat.conversation.Conversation;
import com.pilotstatus.embed.chat.conversation.ConversationPage;
import com.pilotstatus.embed.chat.conversation.MessagePage;
import com.pilotstatus.embed.chat.conversation.Summary;
import com.pilotstatus.embed.chat.session.ChatToken;
import com.pilotstatus.embed.chat.session.TokenRejected;
import io.javalin.http.NotFoundResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * chat-app's only way to the platform's chat data ({@code docs/platform-api.md} "Chat data", "Embed sessions"). Every
 * call carries the session's own JWT, so the platform re-checks the scope too (one reuse: a live stream's unread total
 * may come from another session's call of the same tenant and numbers, see {@code UnreadCounts}). Outcomes map onto chat-app's: 404 →
 * {@link NotFoundResponse}, 401 → {@link TokenRejected}, 5xx or no answer → {@link PlatformUnavailable}, other 4xx →
 * {@link PlatformRejected}.
 */
public final class PlatformClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final ChatConfig config;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final Timer calls;
  private final Counter failures;

  public PlatformClient(ChatConfig config, HttpClient http, MeterRegistry meters) {
    this.config = config;
    this.http = http;
    this.calls = Timer.builder("chat.platform.calls").description("Calls from chat-app to the platform's API")
        .publishPercentileHistogram().register(meters);
    this.failures = Counter.builder("chat.platform.failures")
        .description("Platform calls that got no answer or a 5xx").register(meters);
  }

  public Summary summary(ChatToken token) {
    return get(token, "/v1/embed/chat/summary", Summary.class);
  }

  /** Conversations newest first, optionally of one number and matching {@code query}. */
  public ConversationPage conversations(ChatToken token, String numberId, String query, int limit, String cursor) {
    StringBuilder path = new StringBuilder("/v1/embed/chat/conversations?limit=").append(limit);
    appendParam(path, "whatsappNumberId", numberId);
    appendParam(path, "q", query);
    appendParam(path, "cursor", cursor);
    return get(token, path.toString(), ConversationPage.class);
  }

  public Conversation conversation(ChatToken token, String conversationId) {
    return get(token, "/v1/embed/chat/conversations/" + encode(conversationId), Conversation.class);
  }

  /** A page of messages oldest→newest, ending just before {@code beforeMessageId} when given. */
  public MessagePage messages(ChatToken token, String conversationId, String beforeMessageId, int limit) {
    StringBuilder path = new StringBuilder("/v1/embed/chat/conversations/").append(encode(conversationId))
        .append("/messages?limit=").append(limit);
    appendParam(path, "before", beforeMessageId);
    return get(token, path.toString(), MessagePage.class);
  }

  /** Sends {@code text}; the same {@code idempotencyKey} with the same text returns the same message. */
  public ChatMessage send(ChatToken token, String conversationId, String idempotencyKey, String text) {
    HttpRequest request = request(token, "/v1/embed/chat/conversations/" + encode(conversationId) + "/messages")
        .header("Idempotency-Key", idempotencyKey)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(Map.of("text", text))))
        .build();
    return read(exchange(token, request), ChatMessage.class);
  }

  /** Marks the conversation read; the platform's answer is its unread count now (0). */
  public int markRead(ChatToken token, String conversationId) {
    String body = exchange(token, request(token, "/v1/embed/chat/conversations/" + encode(conversationId) + "/read")
        .POST(HttpRequest.BodyPublishers.noBody()).build());
    return read(body, ReadAnswer.class).unreadCount();
  }

  @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
  private record ReadAnswer(String conversationId, int unreadCount) {
  }

  /** A fresh token for the same session, or {@link TokenRejected} when the platform refuses. */
  public Refreshed refresh(ChatToken token) {
    HttpRequest request = request(token, "/v1/embed/sessions/refresh")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    return read(exchange(token, request), Refreshed.class);
  }

  /**
   * The platform's internal event feed ({@code GET /v1/internal/events}), every tenant's chat events, with the
   * service credential; resumes after {@code lastEventId} when given. One per instance: see {@code EventFeed}.
   */
  public HttpResponse<InputStream> openFeed(String lastEventId) throws IOException, InterruptedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(config.platform("/v1/internal/events"))
        .header("Authorization", "Bearer " + config.serviceCredential())
        .header("Accept", "text/event-stream");
    if (lastEventId != null && !lastEventId.isEmpty()) {
      builder.header("Last-Event-ID", lastEventId);
    }
    return http.send(builder.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
  }

  /** The platform's answer to a refresh. */
  @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
  public record Refreshed(String token, String expiresAt) {
  }

  // ---- plumbing ----------------------------------------------------------------------------------------------

  private <T> T get(ChatToken token, String path, Class<T> type) {
    return read(exchange(token, request(token, path).GET().build()), type);
  }

  private HttpRequest.Builder request(ChatToken token, String path) {
    return HttpRequest.newBuilder(config.platform(path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + token.raw())
        .header("Accept", "application/json");
  }

  private String exchange(ChatToken token, HttpRequest request) {
    HttpResponse<String> response;
    long started = System.nanoTime();
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      failures.increment();
      throw new PlatformUnavailable("the platform at " + config.platformUrl() + " is unreachable: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformUnavailable("interrupted");
    }
    calls.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
    int status = response.statusCode();
    if (status >= 500) {
      failures.increment();
    }
    if (status >= 200 && status < 300) {
      return response.body();
    }
    fail(token, status, response.body());
    return null; // unreachable
  }

  private static void fail(ChatToken token, int status, String body) {
    if (status == 404) {
      throw new NotFoundResponse();
    }
    if (status == 401) {
      boolean expired = !Instant.now().isBefore(token.expiresAt());
      throw new TokenRejected(expired ? TokenRejected.Reason.EXPIRED : TokenRejected.Reason.TOKEN_INVALID,
          "The platform refused the chat token (401).");
    }
    if (status >= 500) {
      throw new PlatformUnavailable("the platform answered " + status);
    }
    throw new PlatformRejected(status, "the platform answered " + status + ": " + abbreviate(body));
  }

  private <T> T read(String body, Class<T> type) {
    try {
      return json.readValue(body, type);
    } catch (JsonProcessingException e) {
      throw new PlatformUnavailable("the platform's answer is not the documented JSON: " + e.getOriginalMessage());
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void appendParam(StringBuilder path, String name, String value) {
    if (value != null && !value.isEmpty()) {
      path.append('&').append(name).append('=').append(encode(value));
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
