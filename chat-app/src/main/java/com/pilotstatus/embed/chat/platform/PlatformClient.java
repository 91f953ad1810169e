package com.pilotstatus.embed.chat.platform;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.pilotstatus.embed.chat.ChatConfig;
import com.pilotstatus.embed.chat.conversation.ChatMessage;
import com.pilotstatus.embed.chat.conversation.Conversation;
import com.pilotstatus.embed.chat.conversation.ConversationPage;
import com.pilotstatus.embed.chat.conversation.MessagePage;
import com.pilotstatus.embed.chat.conversation.MessageTemplate;
import com.pilotstatus.embed.chat.conversation.SearchHits;
import com.pilotstatus.embed.chat.conversation.Summary;
import com.pilotstatus.embed.chat.quickreply.QuickReply;
import com.pilotstatus.embed.chat.session.ChatToken;
import com.pilotstatus.embed.chat.session.TokenRejected;
import com.pilotstatus.embed.kit.platform.Credential;
import com.pilotstatus.embed.kit.platform.EmbedSession;
import com.pilotstatus.embed.kit.platform.PlatformFile;
import com.pilotstatus.embed.kit.platform.PlatformHttp;
import com.pilotstatus.embed.kit.platform.PlatformRejected;
import com.pilotstatus.embed.kit.platform.PlatformRequest;
import io.javalin.http.NotFoundResponse;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * chat-app's calls to the platform ({@code docs/platform-api.md} "Chat data", "Embed sessions", "Internal event
 * feed"); transport, retries, timing and the unavailable/rejected errors are the kit's {@link PlatformHttp}. Every
 * data call carries the session's own JWT, so the platform re-checks the scope too. Refusals map onto chat-app's
 * outcomes: 404 → {@link NotFoundResponse}, 401 → {@link TokenRejected}; other 4xx stay {@link PlatformRejected}.
 */
public final class PlatformClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final PlatformHttp http;
  private final Credential service;

  public PlatformClient(ChatConfig config, MeterRegistry meters) {
    this.http = new PlatformHttp(config.platformUrl(), TIMEOUT, meters, "chat-app");
    this.service = Credential.bearer(config.serviceCredential());
  }

  /** The readiness check: the platform answers. */
  public void verifyReachable() {
    http.verifyReachable();
  }

  public Summary summary(ChatToken token) {
    return call(token, PlatformRequest.get("/v1/embed/chat/summary"), Summary.class);
  }

  /** Conversations newest first, optionally of one number, matching {@code query} and of one {@code status}. */
  public ConversationPage conversations(ChatToken token, String numberId, String query, String status, int limit,
                                        String cursor) {
    return call(token, PlatformRequest.get("/v1/embed/chat/conversations").query("limit", limit)
        .query("whatsappNumberId", numberId).query("q", query).query("status", status).query("cursor", cursor),
        ConversationPage.class);
  }

  public Conversation conversation(ChatToken token, String conversationId) {
    return call(token, PlatformRequest.get("/v1/embed/chat/conversations/{id}", conversationId), Conversation.class);
  }

  /** A page of messages oldest→newest, ending just before {@code beforeMessageId} when given. */
  public MessagePage messages(ChatToken token, String conversationId, String beforeMessageId, int limit) {
    return messages(token, conversationId, "before", beforeMessageId, limit);
  }

  /**
   * A page of messages oldest→newest placed by {@code anchor} ({@code before}, {@code after} or {@code around})
   * message {@code messageId}.
   */
  public MessagePage messages(ChatToken token, String conversationId, String anchor, String messageId, int limit) {
    return call(token, PlatformRequest.get("/v1/embed/chat/conversations/{id}/messages", conversationId)
        .query("limit", limit).query(anchor, messageId), MessagePage.class);
  }

  /** Messages of the token's numbers (or of {@code numberId}) whose text contains {@code query}, newest first. */
  public SearchHits search(ChatToken token, String numberId, String query, int limit) {
    return call(token, PlatformRequest.get("/v1/embed/chat/search").query("q", query).query("limit", limit)
        .query("whatsappNumberId", numberId), SearchHits.class);
  }

  /**
   * Sends {@code text}, quoting message {@code replyTo} when not null; the same {@code idempotencyKey} with the same
   * body returns the same message.
   */
  public ChatMessage send(ChatToken token, String conversationId, String idempotencyKey, String text, String replyTo) {
    Map<String, String> body = replyTo == null ? Map.of("text", text) : Map.of("text", text, "replyTo", replyTo);
    return call(token, PlatformRequest.post("/v1/embed/chat/conversations/{id}/messages", conversationId)
        .idempotencyKey(idempotencyKey).json(http.toJson(body)), ChatMessage.class);
  }

  /** Uploads a file to the conversation; its {@code med_…} id, to send with {@link #sendMedia}. */
  public String upload(ChatToken token, String conversationId, String contentType, String fileName, byte[] bytes) {
    return call(token, PlatformRequest.post("/v1/embed/chat/conversations/{id}/media", conversationId)
        .query("fileName", fileName).bytes(contentType, bytes), Uploaded.class).id();
  }

  /** Sends uploaded file {@code mediaId} with {@code caption} (empty: none); idempotent like {@link #send}. */
  public ChatMessage sendMedia(ChatToken token, String conversationId, String idempotencyKey, String mediaId,
                               String caption) {
    Map<String, String> body = caption.isEmpty() ? Map.of("mediaId", mediaId)
        : Map.of("mediaId", mediaId, "caption", caption);
    return call(token, PlatformRequest.post("/v1/embed/chat/conversations/{id}/messages", conversationId)
        .idempotencyKey(idempotencyKey).json(http.toJson(body)), ChatMessage.class);
  }

  /**
   * A media file by id, with the service credential ({@code GET /v1/internal/media/{id}}): only for a signed URL that
   * {@code MediaUrls} verified, which stands for the session that was shown it. 404 → {@link NotFoundResponse}.
   */
  public PlatformFile file(String mediaId) {
    try {
      return http.file(PlatformRequest.get("/v1/internal/media/{id}", mediaId).as(service));
    } catch (PlatformRejected e) {
      throw new NotFoundResponse();
    }
  }

  /**
   * The number a media file belongs to, asked with the session's token ({@code GET /v1/embed/chat/media/{id}/metadata}):
   * 404 ({@link NotFoundResponse}) when it is missing or outside the token's scope.
   */
  public String mediaNumber(ChatToken token, String mediaId) {
    return call(token, PlatformRequest.get("/v1/embed/chat/media/{id}/metadata", mediaId), MediaMetadata.class)
        .whatsappNumberId();
  }

  /** The approved templates of the conversation's number. */
  public List<MessageTemplate> templates(ChatToken token, String conversationId) {
    return call(token, PlatformRequest.get("/v1/embed/chat/conversations/{id}/templates", conversationId),
        TemplateList.class).data();
  }

  /** Sends template {@code templateId} filled with {@code variables}; idempotent like {@link #send}. */
  public ChatMessage sendTemplate(ChatToken token, String conversationId, String idempotencyKey, String templateId,
                                  List<String> variables) {
    return call(token, PlatformRequest.post("/v1/embed/chat/conversations/{id}/messages", conversationId)
        .idempotencyKey(idempotencyKey).json(http.toJson(Map.of("templateId", templateId, "variables", variables))),
        ChatMessage.class);
  }

  /** The session's tenant's quick replies, by shortcut. */
  public List<QuickReply> quickReplies(ChatToken token) {
    return call(token, PlatformRequest.get("/v1/embed/chat/quick-replies"), QuickReplyList.class).data();
  }

  /** Resolves ({@code resolved}) or reopens ({@code open}) the conversation; the conversation as it is now. */
  public Conversation setStatus(ChatToken token, String conversationId, String status) {
    return call(token, PlatformRequest.put("/v1/embed/chat/conversations/{id}/status", conversationId)
        .json(http.toJson(Map.of("status", status))), Conversation.class);
  }

  /** Adds an internal note to the thread (never sent to the contact). */
  public ChatMessage addNote(ChatToken token, String conversationId, String text) {
    return call(token, PlatformRequest.post("/v1/embed/chat/conversations/{id}/notes", conversationId)
        .json(http.toJson(Map.of("text", text))), ChatMessage.class);
  }

  /** The agent's reaction to a message: {@code emoji}, or none ({@code null}). The message as it is now. */
  public ChatMessage react(ChatToken token, String conversationId, String messageId, String emoji) {
    String route = "/v1/embed/chat/conversations/{id}/messages/{messageId}/reaction";
    PlatformRequest request = emoji == null ? PlatformRequest.delete(route, conversationId, messageId)
        : PlatformRequest.put(route, conversationId, messageId).json(http.toJson(Map.of("emoji", emoji)));
    return call(token, request, ChatMessage.class);
  }

  /** Marks the conversation read; the platform's answer is its unread count now (0). */
  public int markRead(ChatToken token, String conversationId) {
    return call(token, PlatformRequest.post("/v1/embed/chat/conversations/{id}/read", conversationId),
        ReadAnswer.class).unreadCount();
  }

  /** A fresh token for the same session, or {@link TokenRejected} when the platform refuses. */
  public EmbedSession refresh(ChatToken token) {
    return call(token, PlatformRequest.post("/v1/embed/sessions/refresh").json("{}"), EmbedSession.class);
  }

  /**
   * The platform's internal event feed ({@code GET /v1/internal/events}), every tenant's chat events, with the
   * service credential; resumes after {@code lastEventId} when given. One per instance: see {@code EventFeed}.
   */
  public HttpResponse<InputStream> openFeed(String lastEventId) {
    PlatformRequest request = PlatformRequest.get("/v1/internal/events").as(service);
    return http.stream(lastEventId == null ? request : request.header("Last-Event-ID", lastEventId));
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record TemplateList(List<MessageTemplate> data) {
    TemplateList {
      data = data == null ? List.of() : List.copyOf(data);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record Uploaded(String id) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record MediaMetadata(String whatsappNumberId) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record QuickReplyList(List<QuickReply> data) {
    QuickReplyList {
      data = data == null ? List.of() : List.copyOf(data);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record ReadAnswer(String conversationId, int unreadCount) {
  }

  private <T> T call(ChatToken token, PlatformRequest request, Class<T> type) {
    return refusalsMapped(token, () -> http.call(request.as(Credential.bearer(token.raw())), type));
  }

  private static <T> T refusalsMapped(ChatToken token, Supplier<T> call) {
    try {
      return call.get();
    } catch (PlatformRejected e) {
      if (e.status() == 404) {
        throw new NotFoundResponse();
      }
      if (e.status() == 401) {
        boolean expired = !Instant.now().isBefore(token.expiresAt());
        throw new TokenRejected(expired ? TokenRejected.Reason.EXPIRED : TokenRejected.Reason.TOKEN_INVALID,
            "The platform refused the chat token (401).");
      }
      throw e;
    }
  }
}
