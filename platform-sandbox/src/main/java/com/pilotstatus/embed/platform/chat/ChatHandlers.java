package com.pilotstatus.embed.platform.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.kit.lifecycle.Draining;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.http.EventStreamOutput;
import com.pilotstatus.embed.platform.http.JsonBody;
import com.pilotstatus.embed.platform.number.WhatsappNumber;
import com.pilotstatus.embed.platform.session.BearerToken;
import com.pilotstatus.embed.platform.session.ChatClaims;
import com.pilotstatus.embed.platform.session.ChatTokens;
import com.pilotstatus.embed.platform.template.TemplateView;
import com.pilotstatus.embed.protocol.MediaRules;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The inbox data of the chat embed ({@code /v1/embed/chat/…}, embed-internal), authorised by the chat JWT, never by
 * an API key. Every handler verifies the token and lets {@link ChatService} re-check the scope.
 */
public final class ChatHandlers {

  private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
  /** Queued by a drain: the stream's last word is a retry hint. Compared by identity, never sent. */
  private static final ChatEvent DRAINED = new ChatEvent(-1, "", "drained", null);

  private final ChatTokens tokens;
  private final ChatService chat;
  private final EventLog events;
  private final ObjectMapper json;
  private final Clock clock;
  private final Draining draining;

  public ChatHandlers(ChatTokens tokens, ChatService chat, EventLog events, ObjectMapper json, Clock clock,
                      Draining draining) {
    this.draining = draining;
    this.tokens = tokens;
    this.chat = chat;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  private ChatClaims claims(Context ctx) {
    return tokens.verify(BearerToken.of(ctx));
  }

  public void summary(Context ctx) {
    ChatClaims claims = claims(ctx);
    List<Map<String, String>> numbers = chat.numbersOf(claims).stream()
        .map(n -> Map.of("id", n.id(), "name", n.name(), "number", n.number(), "state", n.state().name()))
        .toList();
    ctx.json(Map.of("unreadCount", chat.unreadCount(claims), "numbers", numbers));
  }

  public void conversations(Context ctx) {
    ChatClaims claims = claims(ctx);
    ChatService.Page page = chat.list(claims, ctx.queryParam("whatsappNumberId"), ctx.queryParam("q"),
        statusFilter(ctx), limit(ctx, 20), ctx.queryParam("cursor"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("data", page.data().stream().map(ConversationView::of).toList());
    out.put("nextCursor", page.nextCursor());
    ctx.json(out);
  }

  public void conversation(Context ctx) {
    ctx.json(ConversationView.of(chat.conversation(claims(ctx), ctx.pathParam("id"))));
  }

  public void messages(Context ctx) {
    ChatService.History history = chat.history(claims(ctx), ctx.pathParam("id"), ctx.queryParam("before"),
        ctx.queryParam("after"), ctx.queryParam("around"), limit(ctx, 30));
    ctx.json(Map.of("data", history.data().stream().map(MessageView::of).toList(), "hasMore", history.hasMore(),
        "hasNewer", history.hasNewer()));
  }

  /**
   * {@code GET /search?q=&whatsappNumberId=&limit=}: messages of the token's numbers whose text contains {@code q},
   * newest first, each with its conversation.
   */
  public void search(Context ctx) {
    ChatClaims claims = claims(ctx);
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank() || q.length() > 200) {
      throw ApiError.invalid("q", "q must be 1 to 200 characters");
    }
    List<Map<String, Object>> data = chat.search(claims, ctx.queryParam("whatsappNumberId"), q, limit(ctx, 20))
        .stream().map(h -> Map.<String, Object>of("conversation", ConversationView.of(h.conversation()),
            "message", MessageView.of(h.message()))).toList();
    ctx.json(Map.of("data", data));
  }

  /**
   * A reply: {@code {"text"}} (free-form, only within the customer service window) or {@code {"templateId",
   * "variables"}} (an approved template of the conversation's number, any time) or {@code {"mediaId", "caption"?}}
   * (an uploaded file, within the window). Only one of them. Either may carry
   * {@code "replyTo"}: the id of an earlier message of the conversation that the reply quotes.
   */
  public void send(Context ctx) {
    ChatClaims claims = claims(ctx);
    String key = ctx.header("Idempotency-Key");
    if (key == null || key.isEmpty() || key.length() > 255) {
      throw ApiError.invalid("Idempotency-Key", "The Idempotency-Key header is required (1 to 255 characters)");
    }
    JsonBody body = JsonBody.of(ctx);
    String replyTo = body.optionalString("replyTo");
    ChatService.Sent sent;
    if (body.has("mediaId")) {
      if (body.has("text") || body.has("templateId")) {
        throw ApiError.invalid("mediaId", "Send mediaId (with an optional caption) alone, without text or templateId");
      }
      String caption = body.optionalString("caption");
      if (caption != null && caption.length() > MediaRules.MAX_CAPTION) {
        throw ApiError.invalid("caption", "caption must be at most " + MediaRules.MAX_CAPTION + " characters");
      }
      sent = chat.sendMedia(claims, ctx.pathParam("id"), key, body.requiredString("mediaId"), caption, replyTo);
    } else if (body.has("templateId")) {
      if (body.has("text")) {
        throw ApiError.invalid("text", "Send either text or templateId, not both");
      }
      sent = chat.sendTemplate(claims, ctx.pathParam("id"), key, body.requiredString("templateId"),
          body.optionalNode("variables"), replyTo);
    } else {
      String text = body.requiredString("text");
      if (text.length() > 4096) {
        throw ApiError.invalid("text", "text must be 1 to 4096 characters");
      }
      sent = chat.send(claims, ctx.pathParam("id"), key, text, replyTo);
    }
    ctx.status(sent.created() ? 201 : 200).json(MessageView.of(sent.message()));
  }

  /** The approved templates the conversation's number may send: what the composer offers outside the window. */
  public void templates(Context ctx) {
    List<TemplateView> data = chat.templatesFor(claims(ctx), ctx.pathParam("id")).stream()
        .map(TemplateView::of).toList();
    ctx.json(Map.of("data", data));
  }

  /** {@code PUT …/conversations/{id}/status} {@code {"status": "open"|"resolved"}} → the Conversation. */
  public void setStatus(Context ctx) {
    ChatClaims claims = claims(ctx);
    String status = checkedStatus(JsonBody.of(ctx).requiredString("status"));
    ctx.json(ConversationView.of(chat.setStatus(claims, ctx.pathParam("id"), status)));
  }

  /** {@code POST …/conversations/{id}/notes} {@code {"text"}} → 201 the note (a Message with direction {@code note}). */
  public void addNote(Context ctx) {
    ChatClaims claims = claims(ctx);
    String text = JsonBody.of(ctx).requiredString("text");
    if (text.length() > 4096) {
      throw ApiError.invalid("text", "text must be 1 to 4096 characters");
    }
    ctx.status(201).json(MessageView.of(chat.addNote(claims, ctx.pathParam("id"), text)));
  }

  /** {@code PUT …/messages/{messageId}/reaction} {@code {"emoji"}} → the Message with the agent's reaction. */
  public void react(Context ctx) {
    ChatClaims claims = claims(ctx);
    String emoji = Reaction.checkedEmoji(JsonBody.of(ctx).requiredString("emoji"));
    ctx.json(MessageView.of(chat.react(claims, ctx.pathParam("id"), ctx.pathParam("messageId"), emoji)));
  }

  /** {@code DELETE …/messages/{messageId}/reaction} → the Message without the agent's reaction. */
  public void unreact(Context ctx) {
    ctx.json(MessageView.of(chat.react(claims(ctx), ctx.pathParam("id"), ctx.pathParam("messageId"), null)));
  }

  public void markRead(Context ctx) {
    Conversation read = chat.markRead(claims(ctx), ctx.pathParam("id"));
    ctx.json(Map.of("conversationId", read.id(), "unreadCount", read.unreadCount()));
  }

  /**
   * The event stream (SSE). Requirements: only the token's numbers; resumable with {@code Last-Event-ID} (or
   * {@code ?lastEventId=}) with no gaps and no duplicates; {@code event: reset} when the resume point is no longer
   * kept; a keep-alive comment every 15 s; the stream ends when the token expires (the client reconnects with its
   * refreshed token and its last event id). The request thread serves the stream until then.
   */
  public void stream(Context ctx) throws IOException {
    ChatClaims claims = claims(ctx);
    long after = lastEventId(ctx);
    List<String> numberIds = chat.numbersOf(claims).stream().map(WhatsappNumber::id).toList();
    LinkedBlockingQueue<ChatEvent> queue = new LinkedBlockingQueue<>();
    // On SIGTERM the stream says "reconnect in 1 s" and ends: the client resumes from its last id on another instance.
    try (EventLog.Subscription subscription = events.subscribe(numberIds, after, queue);
         Draining.Registration closer = draining.onDrain(() -> queue.offer(DRAINED))) {
      EventStreamOutput out = EventStreamOutput.open(ctx, 2000);
      if (subscription.isReset()) {
        out.event(subscription.position(), "reset", "{}");
      }
      while (true) {
        long untilExpiry = claims.expiresAt().toEpochMilli() - clock.millis();
        if (untilExpiry <= 0) {
          return;
        }
        ChatEvent event = queue.poll(Math.min(KEEP_ALIVE.toMillis(), untilExpiry), TimeUnit.MILLISECONDS);
        if (event == DRAINED) {
          out.retryHint();
          return;
        }
        if (event == null) {
          out.comment("keep-alive");
        } else {
          out.event(event.sequence(), event.type(), json.writeValueAsString(event.data()));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client went away
    }
  }

  private static long lastEventId(Context ctx) {
    String raw = ctx.header("Last-Event-ID");
    if (raw == null || raw.isBlank()) {
      raw = ctx.queryParam("lastEventId");
    }
    if (raw == null || raw.isBlank()) {
      return -1;
    }
    try {
      return Math.max(0, Long.parseLong(raw.trim()));
    } catch (NumberFormatException e) {
      throw ApiError.invalid("Last-Event-ID", "Last-Event-ID must be an event id this stream sent");
    }
  }

  /** The list's {@code status} filter: {@code open}, {@code resolved}, or absent for both. */
  private static String statusFilter(Context ctx) {
    String raw = ctx.queryParam("status");
    return raw == null || raw.isEmpty() ? null : checkedStatus(raw);
  }

  private static String checkedStatus(String value) {
    if (!Conversation.OPEN.equals(value) && !Conversation.RESOLVED.equals(value)) {
      throw ApiError.invalid("status", "status must be \"open\" or \"resolved\"");
    }
    return value;
  }

  private static int limit(Context ctx, int fallback) {
    String raw = ctx.queryParam("limit");
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value >= 1 && value <= 100) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the 400
    }
    throw ApiError.invalid("limit", "limit must be an integer from 1 to 100");
  }
}
