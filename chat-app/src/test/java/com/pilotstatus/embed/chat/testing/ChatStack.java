package com.pilotstatus.embed.chat.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.chat.ChatApp;
import com.pilotstatus.embed.chat.ChatConfig;
import com.pilotstatus.embed.platform.PlatformSandbox;
import com.pilotstatus.embed.platform.SandboxConfig;
import com.pilotstatus.embed.platform.SandboxTrust;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A real platform-sandbox (port 0, plain-http test origins allowed, a shiftable clock) and a chat-app in front of it.
 * Tests mint real tokens through the documented {@code POST /v1/embed/sessions} and drive the sandbox controls.
 */
public final class ChatStack implements AutoCloseable {

  public static final String TENANT_KEY = "ps_sandbox_demo_tenant_key";
  /** The sandbox admin key: faults and key rotation reach every tenant, so a tenant key cannot drive them. */
  public static final String ADMIN_KEY = "ps_test_sandbox_admin_key";
  public static final String DEMO_NUMBER = "wa_demo";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PlatformSandbox platform;
  private final ChatApp chat;
  private final ShiftableClock clock;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private ChatStack(PlatformSandbox platform, ChatApp chat, ShiftableClock clock) {
    this.platform = platform;
    this.chat = chat;
    this.clock = clock;
  }

  /** Delivery steps every {@code deliveryDelay}; tokens refreshed {@code refreshLead} before they expire. */
  public static ChatStack start(Duration deliveryDelay, Duration refreshLead) {
    return start(deliveryDelay, refreshLead, UnaryOperator.identity());
  }

  /** The default stack with chat-app's settings changed by {@code chatSettings} (say, small live limits). */
  public static ChatStack start(UnaryOperator<ChatConfig> chatSettings) {
    return start(Duration.ofMillis(200), Duration.ofSeconds(60), chatSettings);
  }

  private static ChatStack start(Duration deliveryDelay, Duration refreshLead, UnaryOperator<ChatConfig> chatSettings) {
    ShiftableClock clock = new ShiftableClock();
    PlatformSandbox platform = PlatformSandbox.start(SandboxConfig.defaults()
        .withPort(0)
        .withAllowHttpOrigins(true)
        .withDeliveryDelay(deliveryDelay)
        .withTrust(SandboxTrust.closed().withAdminKey(ADMIN_KEY))
        .withClock(clock));
    ChatApp chat = ChatApp.start(chatSettings.apply(ChatConfig.defaults()
        .withPort(0)
        .withPlatformUrl(platform.baseUrl())
        .withServiceCredential(platform.serviceCredential())
        .withAllowHttpOrigins(true)
        .withRefreshLead(refreshLead)));
    return new ChatStack(platform, chat, clock);
  }

  public static ChatStack start() {
    return start(Duration.ofMillis(200), Duration.ofSeconds(60));
  }

  public ShiftableClock clock() {
    return clock;
  }

  public int chatPort() {
    return chat.port();
  }

  /** chat-app as a server-side client sees it. */
  public String chatUrl() {
    return "http://localhost:" + chat.port();
  }

  /** chat-app on its own {@code *.test} origin, for the browser. */
  public String chatOrigin() {
    return "http://chat.pilot.test:" + chat.port();
  }

  public String platformUrl() {
    return platform.baseUrl();
  }

  /** The internal feed's credential, for another chat-app started against this platform. */
  public String serviceCredential() {
    return platform.serviceCredential();
  }

  /** The running chat-app (live stream count, feed control, meters). */
  public ChatApp chat() {
    return chat;
  }

  /** A chat token minted by the platform for {@code numbers}, embeddable by {@code origins}. */
  public String mint(List<String> numbers, List<String> origins, int ttlSeconds) {
    JsonNode body = tenantCall("POST", "/v1/embed/sessions",
        Map.of("surface", "chat", "whatsappNumberIds", numbers, "allowedOrigins", origins, "ttlSeconds", ttlSeconds), 201);
    return body.get("token").asText();
  }

  /** A token whose {@code exp} already passed: minted with the platform's clock set back. */
  public String mintExpired(List<String> numbers, List<String> origins) {
    clock.shift(Duration.ofMinutes(-20));
    try {
      return mint(numbers, origins, 60);
    } finally {
      clock.shift(Duration.ZERO);
    }
  }

  /** A new number of the demo tenant, with one inbound conversation; returns {numberId, conversationId}. */
  public String[] otherNumberWithConversation() {
    JsonNode number = tenantCall("POST", "/v1/numbers", Map.of("name", "Other line", "number", "+5511955554444"), 201);
    String numberId = number.get("id").asText();
    JsonNode message = inbound(numberId, "+5511944443333", "Carla Other", "Hello from another number");
    return new String[] {numberId, message.get("conversationId").asText()};
  }

  /** A new connected number of the demo tenant ({@code number}: E.164, unused so far); returns its id. */
  public String createNumber(String name, String number) {
    return tenantCall("POST", "/v1/numbers", Map.of("name", name, "number", number), 201).get("id").asText();
  }

  /** The phone side: {@code from} sends {@code text} to {@code numberId}. */
  public JsonNode inbound(String numberId, String from, String name, String text) {
    return tenantCall("POST", "/v1/sandbox/numbers/" + numberId + "/inbound",
        Map.of("from", from, "name", name, "text", text), 201);
  }

  /**
   * The phone side: {@code from} sends a file or a place ({@code fields}: {@code media} or {@code location}, and
   * {@code text} as the caption) to {@code numberId}.
   */
  public JsonNode inboundWith(String numberId, String from, String name, Map<String, Object> fields) {
    Map<String, Object> body = new java.util.LinkedHashMap<>(fields);
    body.put("from", from);
    body.put("name", name);
    return tenantCall("POST", "/v1/sandbox/numbers/" + numberId + "/inbound", body, 201);
  }

  /** The phone side: {@code from} replies to message {@code replyTo} of their conversation with {@code text}. */
  public JsonNode inboundQuoting(String numberId, String from, String text, String replyTo) {
    return tenantCall("POST", "/v1/sandbox/numbers/" + numberId + "/inbound",
        Map.of("from", from, "text", text, "replyTo", replyTo), 201);
  }

  /** The phone side: the contact reacts to message {@code messageId} of their conversation ({@code null}: removes it). */
  public JsonNode contactReacts(String conversationId, String messageId, String emoji) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("emoji", emoji);
    return tenantCall("POST", "/v1/sandbox/conversations/" + conversationId + "/messages/" + messageId + "/reaction",
        body, 200);
  }

  /** Moves when the contact of {@code conversationId} last wrote (the sandbox control), closing or opening its window. */
  public JsonNode moveLastInbound(String conversationId, java.time.Instant at) {
    return tenantCall("POST", "/v1/sandbox/conversations/" + conversationId + "/last-inbound",
        Map.of("lastInboundAt", at.toString()), 200);
  }

  /** Adds an approved template to {@code numberId} (the sandbox control); returns it. */
  public JsonNode addTemplate(String numberId, String name, String language, String body, List<String> examples) {
    return tenantCall("POST", "/v1/sandbox/numbers/" + numberId + "/templates",
        Map.of("name", name, "language", language, "body", body, "examples", examples), 201);
  }

  /** Saves a quick reply of the tenant of {@code apiKey} through the platform's API; returns it. */
  public JsonNode addQuickReply(String apiKey, String shortcut, String text) {
    return call(apiKey, "POST", "/v1/quick-replies", Map.of("shortcut", shortcut, "text", text), 201);
  }

  /**
   * A new tenant (the admin control) with one connected number and one inbound conversation; returns {apiKey, chat
   * token for that number embeddable by {@code origin}, conversationId}.
   */
  public String[] otherTenantWithConversation(String origin) {
    String apiKey = call(ADMIN_KEY, "POST", "/v1/sandbox/tenants", Map.of("name", "Other SaaS"), 201)
        .get("apiKey").asText();
    String numberId = call(apiKey, "POST", "/v1/numbers", Map.of("name", "Their line", "number", "+5521977776666"), 201)
        .get("id").asText();
    String conversationId = call(apiKey, "POST", "/v1/sandbox/numbers/" + numberId + "/inbound",
        Map.of("from", "+5521966665555", "name", "Their Contact", "text", "Oi"), 201).get("conversationId").asText();
    String token = call(apiKey, "POST", "/v1/embed/sessions", Map.of("surface", "chat", "whatsappNumberIds",
        List.of(numberId), "allowedOrigins", List.of(origin), "ttlSeconds", 900), 201).get("token").asText();
    return new String[] {apiKey, token, conversationId};
  }

  /** The id of the demo conversation with {@code contactName}, straight from the platform. */
  public String conversationOf(String token, String contactName) {
    for (JsonNode c : platformConversations(token).get("data")) {
      if (c.at("/contact/name").asText().equals(contactName)) {
        return c.get("id").asText();
      }
    }
    throw new IllegalStateException("no conversation with " + contactName);
  }

  /** Takes media out of {@code numberId}'s plan ({@code false}: its uploads answer 402) or gives it back. */
  public void setMediaSubscription(String numberId, boolean active) {
    tenantCall("POST", "/v1/sandbox/numbers/" + numberId + "/media-subscription", Map.of("active", active), 200);
  }

  public void failNextSends(int n) {
    call(ADMIN_KEY, "POST", "/v1/sandbox/faults", Map.of("sendFailures", n), 200);
  }

  /** Rotates the signing key and withdraws every earlier one at once (an emergency: all tokens refused). */
  public String rotateKeysRevokingPrevious() {
    return call(ADMIN_KEY, "POST", "/v1/sandbox/keys/rotate", Map.of("revokePrevious", true), 200).get("kid").asText();
  }

  /** Revokes the session of {@code token} ({@code DELETE /v1/embed/sessions/{jti}}, the tenant's key). */
  public void revoke(String token) {
    try {
      String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
          java.nio.charset.StandardCharsets.UTF_8);
      String jti = JSON.readTree(payload).get("jti").asText();
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(platform.baseUrl()
          + "/v1/embed/sessions/" + jti)).header("x-api-key", TENANT_KEY).DELETE().build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 204) {
        throw new IllegalStateException("revoking answered " + response.statusCode() + ": " + response.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String rotateKeys() {
    return call(ADMIN_KEY, "POST", "/v1/sandbox/keys/rotate", Map.of(), 200).get("kid").asText();
  }

  /** The platform's summary for {@code token} ({@code unreadCount}, numbers), straight from the platform. */
  public JsonNode platformSummary(String token) {
    return send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/v1/embed/chat/summary"))
        .header("Authorization", "Bearer " + token).GET().build(), 200);
  }

  /** The agent's side, straight to the platform (no chat-app): replies {@code text}; returns the message id. */
  public String platformSend(String token, String conversationId, String text) {
    try {
      return send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/v1/embed/chat/conversations/"
              + conversationId + "/messages")).header("Authorization", "Bearer " + token)
          .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text)))).build(), 201)
          .get("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The agent's side, straight to the platform (no chat-app): marks the conversation read (its unread count 0). */
  public void platformRead(String token, String conversationId) {
    send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/v1/embed/chat/conversations/" + conversationId
        + "/read")).header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(), 200);
  }

  /** A conversation's latest messages, straight from the platform. */
  public JsonNode platformMessages(String token, String conversationId) {
    return send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/v1/embed/chat/conversations/"
        + conversationId + "/messages?limit=100")).header("Authorization", "Bearer " + token).GET().build(), 200);
  }

  /** The demo conversations, straight from the platform (for ids). */
  public JsonNode platformConversations(String token) {
    return send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/v1/embed/chat/conversations?limit=100"))
        .header("Authorization", "Bearer " + token).GET().build(), 200);
  }

  private JsonNode tenantCall(String method, String path, Object body, int expected) {
    return call(TENANT_KEY, method, path, body, expected);
  }

  private JsonNode call(String apiKey, String method, String path, Object body, int expected) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(platform.baseUrl() + path))
          .header("x-api-key", apiKey)
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
          .build();
      return send(request, expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode send(HttpRequest request, int expected) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
            + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    chat.close();
    platform.close();
  }
}
