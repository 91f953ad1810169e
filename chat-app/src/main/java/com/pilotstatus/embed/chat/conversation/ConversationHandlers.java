package com.pilotstatus.embed.chat.conversation;

import com.pilotstatus.embed.protocol.ChatHeaders;
import com.pilotstatus.embed.protocol.ChatPaths;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pilotstatus.embed.chat.i18n.Viewer;
import com.pilotstatus.embed.chat.session.ChatToken;
import com.pilotstatus.embed.chat.session.SessionGuard;
import com.pilotstatus.embed.chat.shell.Templates;
import com.pilotstatus.embed.chat.media.MediaUrls;
import com.pilotstatus.embed.kit.error.ErrorBody;
import com.pilotstatus.embed.kit.platform.PlatformRejected;
import com.pilotstatus.embed.protocol.MediaRules;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The inbox's server-rendered fragments. The runtime fetches them with the session's bearer token and swaps them
 * into place; responses that change the total unread count carry it in {@code X-PS-Unread-Count}.
 */
public final class ConversationHandlers {

  public static final String UNREAD_HEADER = ChatHeaders.UNREAD_COUNT;
  private static final int MAX_QUERY = 200;
  private static final int MAX_TEXT = 4096;
  private static final int MAX_MESSAGE_ID = 128;
  /** The platform's bound for one emoji (UTF-16 units); it checks the rest. */
  private static final int MAX_EMOJI = 16;
  /** The platform's error code for a free-form reply outside the 24-hour customer service window. */
  private static final String WINDOW_CLOSED = "window_closed";

  private final ConversationService service;
  private final Templates templates;
  private final RenderedInboxes rendered;
  private final Clock clock;
  private final MediaUrls mediaUrls;
  private final ObjectMapper json = new ObjectMapper();

  public ConversationHandlers(ConversationService service, Templates templates, RenderedInboxes rendered,
                              MediaUrls mediaUrls, Clock clock) {
    this.service = service;
    this.mediaUrls = mediaUrls;
    this.templates = templates;
    this.rendered = rendered;
    this.clock = clock;
  }

  /**
   * {@code GET /fragments/inbox?q=&number=&status=}: both panes, the list filled. Without a search it is reused from an earlier
   * render while the inbox data is unchanged ({@link RenderedInboxes}).
   */
  public void inbox(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    Viewer viewer = Viewer.of(ctx, clock);
    String number = param(ctx, "number");
    String query = query(ctx);
    String status = statusFilter(ctx);
    long[] versions = query == null ? service.versions(token) : null; // null: not from memory, or a search
    RenderedInboxes.Key key = versions == null ? null : new RenderedInboxes.Key(token.tenantId(),
        token.whatsappNumberIds(), number, status, viewer.texts().locale(), viewer.dates().zone(),
        viewer.dates().today());
    RenderedInboxes.Entry kept = key == null ? null : rendered.find(key, versions);
    if (kept != null) {
      ctx.header(UNREAD_HEADER, String.valueOf(kept.unread()));
      ctx.contentType(ContentType.HTML).result(kept.html());
      return;
    }
    Views views = new Views(viewer.texts(), viewer.dates(), mediaUrls);
    Summary summary = service.summary(token);
    ConversationPage page = service.list(token, number, query, status, null);
    List<NumberOption> numbers = new ArrayList<>();
    for (Summary.NumberInfo n : summary.numbers()) {
      if (token.covers(n.id())) {
        String label = n.name() == null || n.name().isBlank() ? n.number() : n.name() + " · " + n.number();
        numbers.add(new NumberOption(n.id(), label, n.id().equals(number)));
      }
    }
    ListPage list = new ListPage(views.texts(), views.items(page.data()), page.nextCursor(),
        number != null || query != null || status != null, true, hits(token, views, number, query));
    String html = templates.render("conversation/inbox.jte", new InboxPage(views.texts(), list, numbers,
        query == null ? "" : query, status));
    if (key != null) {
      rendered.keep(key, versions, html.getBytes(StandardCharsets.UTF_8), summary.unreadCount());
    }
    ctx.header(UNREAD_HEADER, String.valueOf(summary.unreadCount()));
    ctx.html(html);
  }

  /** {@code GET /fragments/conversations?q=&number=&status=&cursor=}: list rows only (search, filters, load more). */
  public void list(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    Views views = views(ctx);
    String number = param(ctx, "number");
    String query = query(ctx);
    String status = statusFilter(ctx);
    String cursor = param(ctx, "cursor");
    ConversationPage page = service.list(token, number, query, status, cursor);
    ctx.html(templates.render("conversation/list.jte", new ListPage(views.texts(), views.items(page.data()),
        page.nextCursor(), number != null || query != null || status != null, cursor == null,
        cursor == null ? hits(token, views, number, query) : null)));
  }

  /** The messages a search matched (its first page only); none without a search. */
  private List<HitItem> hits(ChatToken token, Views views, String number, String query) {
    return query == null ? List.of() : views.hits(service.search(token, number, query), query);
  }

  /**
   * {@code GET /fragments/conversations/{id}?at=}: the thread with its latest messages and the composer (or, when its
   * unread run is longer than that, the run around its first unread message); with {@code at} (a search hit), the
   * run around that message instead. Both are continued by "newer messages".
   */
  public void thread(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    Views views = views(ctx);
    String id = ctx.pathParam("id");
    String at = messageId(ctx, "at");
    Conversation conversation = service.find(token, id);
    int unread = at == null ? conversation.unreadCount() : 0;
    ConversationService.Opening opening = at == null ? service.opening(token, conversation, unread)
        : new ConversationService.Opening(service.messagesFrom(token, conversation, null, at), null);
    ConversationItem item = views.item(conversation);
    ctx.html(templates.render("conversation/thread.jte", new ThreadPage(views.texts(), item,
        views.status(conversation),
        logPage(views, opening.messages(), unread, opening.firstUnreadId(), item.name(), true, true),
        views.composer(conversation, clock.instant(), null))));
  }

  /**
   * {@code GET /fragments/conversations/{id}/composer}: the reply area as the platform's window is now (the runtime
   * asks when a live update says the window opened or closed).
   */
  public void composer(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    Conversation conversation = service.current(token, ctx.pathParam("id"));
    ctx.html(templates.render("conversation/composer.jte",
        views(ctx).composer(conversation, clock.instant(), null)));
  }

  /**
   * {@code GET /fragments/conversations/{id}/messages?before=} (an older run of the log) or {@code ?after=} (a newer
   * run, below a thread opened at a search hit).
   */
  public void older(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    Views views = views(ctx);
    String before = messageId(ctx, "before");
    String after = messageId(ctx, "after");
    if ((before == null) == (after == null)) {
      throw new BadRequestResponse("give before (the oldest message shown) or after (the newest), one of them");
    }
    Conversation conversation = service.find(token, ctx.pathParam("id"));
    MessagePage messages = before != null ? service.messages(token, conversation, before)
        : service.messagesFrom(token, conversation, after, null);
    // A run goes on in the direction it was asked for; the other side is already in the log.
    ctx.html(templates.render("conversation/log.jte", logPage(views, messages, 0, null, views.item(conversation).name(),
        before != null, after != null)));
  }

  /**
   * {@code POST /fragments/conversations/{id}/messages} with {@code Idempotency-Key} and {@code {"text": …,
   * "replyTo"?: …}} (the message it quotes): the sent bubble, with its quote. A retry with the same key returns the same message, never a second one. Outside the customer
   * service window the platform refuses it: 409 with {@code X-PS-State: window-closed} and the closed reply area.
   */
  public void send(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    String key = idempotencyKey(ctx);
    JsonNode body = body(ctx);
    String text = text(body);
    String replyTo = replyTo(body);
    respondSent(ctx, token, views(ctx), () -> service.send(token, ctx.pathParam("id"), key, text, replyTo));
  }

  /**
   * {@code POST /fragments/conversations/{id}/media} with {@code Idempotency-Key}: the body is the file, its type in
   * {@code Content-Type}, its name and caption in {@code X-PS-File-Name} / {@code X-PS-Caption} (percent-encoded).
   * A type or size {@link MediaRules} refuses is answered before the platform is asked: 415 / 413 with
   * {@code X-PS-State: media-refused} and the error shape; the platform's own refusals come back the same way, and so
   * does its 402 for a number whose plan has no media (seed 002).
   * Otherwise like a text reply: 201 the sent bubble, or 409 with the closed reply area.
   */
  public void sendMedia(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    String key = idempotencyKey(ctx);
    String type = MediaRules.baseType(ctx.header("Content-Type"));
    String kind = MediaRules.kindOf(type);
    byte[] bytes = ctx.bodyAsBytes();
    if (kind == null) {
      refuseMedia(ctx, 415, "unsupported_media_type", "This file type can't be sent");
    } else if (bytes.length == 0 || bytes.length > MediaRules.maxBytes(kind)) {
      refuseMedia(ctx, bytes.length == 0 ? 400 : 413, bytes.length == 0 ? "invalid_request" : "payload_too_large",
          bytes.length == 0 ? "The file is empty" : "The file is over its size limit");
    } else {
      String fileName = headerText(ctx, ChatHeaders.FILE_NAME, MediaRules.MAX_FILE_NAME);
      String caption = headerText(ctx, ChatHeaders.CAPTION, MediaRules.MAX_CAPTION);
      try {
        respondSent(ctx, token, views(ctx), () -> service.sendMedia(token, ctx.pathParam("id"), key, type, fileName,
            bytes, caption == null ? "" : caption));
      } catch (PlatformRejected e) {
        if (e.status() != 402 && e.status() != 413 && e.status() != 415) {
          throw e;
        }
        refuseMedia(ctx, e.status(), e.code(), e.getMessage());
      }
    }
  }

  /** Renders a sent message's bubble (201), or, when the 24-hour window closed meanwhile, the closed reply area (409). */
  private void respondSent(Context ctx, ChatToken token, Views views, Supplier<ChatMessage> sending) {
    ChatMessage sent;
    try {
      sent = sending.get();
    } catch (PlatformRejected e) {
      windowClosed(ctx, token, views, e, "window.refused");
      return;
    }
    String contact = views.item(service.find(token, ctx.pathParam("id"))).name();
    ctx.status(201).html(templates.render("conversation/bubble.jte",
        new BubblePage(views.texts(), views.bubble(sent, contact))));
  }

  /**
   * {@code PUT /fragments/conversations/{id}/status} {@code {"status": "open"|"resolved"}}: the thread header's status
   * control as it is now (the row follows through the live {@code conversation} event, in every open inbox).
   */
  public void setStatus(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    JsonNode status = body(ctx).get(ChatPaths.STATUS_VALUE);
    if (status == null || !status.isTextual() || !isStatus(status.asText())) {
      throw new BadRequestResponse("status must be \"open\" or \"resolved\"");
    }
    Conversation changed = service.setStatus(token, ctx.pathParam("id"), status.asText());
    ctx.html(templates.render("conversation/status.jte", views(ctx).status(changed)));
  }

  /**
   * {@code POST /fragments/conversations/{id}/notes} {@code {"text": …}}: an internal note (never sent to the
   * contact) → 201 its bubble.
   */
  public void addNote(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    String text = text(body(ctx));
    Views views = views(ctx);
    ChatMessage note = service.addNote(token, ctx.pathParam("id"), text);
    ctx.status(201).html(templates.render("conversation/bubble.jte", new BubblePage(views.texts(), views.bubble(note))));
  }

  /**
   * {@code PUT /fragments/conversations/{id}/messages/{messageId}/reaction} {@code {"emoji": …}} (the agent reacts)
   * and {@code DELETE} on the same path (removes it): the message's bubble as it is now. A message not of this
   * conversation is 404; a value the platform does not take as one emoji is 400; outside the 24-hour window (a
   * reaction is a WhatsApp message) 409 with the closed reply area saying why.
   */
  public void react(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    String emoji = null;
    if (!"DELETE".equals(ctx.method().name())) {
      JsonNode value = body(ctx).get(ChatPaths.EMOJI);
      if (value == null || !value.isTextual() || value.asText().isEmpty() || value.asText().length() > MAX_EMOJI) {
        throw new BadRequestResponse("emoji must be one emoji");
      }
      emoji = value.asText();
    }
    String messageId = ctx.pathParam("messageId");
    if (messageId.length() > MAX_MESSAGE_ID) {
      throw new NotFoundResponse();
    }
    Views views = views(ctx);
    ChatMessage message;
    try {
      message = service.react(token, ctx.pathParam("id"), messageId, emoji);
    } catch (PlatformRejected e) {
      windowClosed(ctx, token, views, e, "reaction.refused");
      return;
    }
    String contact = views.item(service.find(token, ctx.pathParam("id"))).name();
    ctx.html(templates.render("conversation/bubble.jte",
        new BubblePage(views.texts(), views.bubble(message, contact))));
  }

  private static void refuseMedia(Context ctx, int status, String code, String message) {
    ctx.header(ChatHeaders.STATE, ChatHeaders.STATE_MEDIA_REFUSED).status(status).json(ErrorBody.of(code, message));
  }

  /** A percent-encoded header (the runtime's {@code encodeURIComponent}), decoded; null when absent; 400 when bad. */
  private static String headerText(Context ctx, String name, int maxLength) {
    String raw = ctx.header(name);
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    try {
      String value = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
      if (value.length() <= maxLength) {
        return value;
      }
    } catch (IllegalArgumentException e) {
      // falls through to the 400
    }
    throw new BadRequestResponse(name + " must be percent-encoded text of at most " + maxLength + " characters");
  }

  /**
   * A write the platform refused because the 24-hour window closed (a reply, or a reaction, which WhatsApp sends as a
   * message): 409 with {@code X-PS-State: window-closed} and the closed reply area saying why ({@code refusalKey}).
   * Any other refusal is rethrown for the usual error mapping.
   */
  private void windowClosed(Context ctx, ChatToken token, Views views, PlatformRejected e, String refusalKey) {
    if (!WINDOW_CLOSED.equals(e.code())) {
      throw e;
    }
    Conversation now = service.current(token, ctx.pathParam("id"));
    ctx.header(ChatHeaders.STATE, ChatHeaders.STATE_WINDOW_CLOSED).status(409)
        .html(templates.render("conversation/composer.jte", views.composer(now, clock.instant(), refusalKey)));
  }

  /** {@code POST /fragments/conversations/{id}/read}: the row as it is now, and the new total unread count. */
  public void read(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    Views views = views(ctx);
    ConversationService.Read read = service.markRead(token, ctx.pathParam("id"));
    ctx.header(UNREAD_HEADER, String.valueOf(read.unreadTotal()));
    ctx.html(templates.render("conversation/item.jte", new ItemPage(views.texts(), views.item(read.conversation()))));
  }

  /** The request's {@code Idempotency-Key} (1-255 characters): what makes a send safe to retry; 400 without it. */
  public static String idempotencyKey(Context ctx) {
    String key = ctx.header(ChatHeaders.IDEMPOTENCY_KEY);
    if (key == null || key.isEmpty() || key.length() > 255) {
      throw new BadRequestResponse("Idempotency-Key is required (1-255 characters)");
    }
    return key;
  }

  /** The log of {@code messages}, with the "older" control when {@code older} is asked, "newer" when {@code newer} is. */
  private LogPage logPage(Views views, MessagePage messages, int unread, String firstUnreadId, String contact,
                          boolean older, boolean newer) {
    List<ChatMessage> data = messages.data();
    String olderBefore = older && messages.hasMore() && !data.isEmpty() ? data.get(0).id() : null;
    String newerAfter = newer && messages.hasNewer() && !data.isEmpty() ? data.get(data.size() - 1).id() : null;
    return new LogPage(views.texts(), views.log(data, unread, firstUnreadId, contact), olderBefore, newerAfter);
  }

  /** Query parameter {@code name}, a message id (at most 128 characters), or null; 400 when too long. */
  private static String messageId(Context ctx, String name) {
    String value = param(ctx, name);
    if (value != null && value.length() > MAX_MESSAGE_ID) {
      throw new BadRequestResponse(name + " must be the id of a message of this conversation");
    }
    return value;
  }

  private Views views(Context ctx) {
    Viewer viewer = Viewer.of(ctx, clock);
    return new Views(viewer.texts(), viewer.dates(), mediaUrls);
  }

  private JsonNode body(Context ctx) {
    try {
      JsonNode body = json.readTree(ctx.body());
      if (body != null && body.isObject()) {
        return body;
      }
    } catch (IOException e) {
      // falls through to the 400
    }
    throw new BadRequestResponse("the body must be JSON {\"text\": \"…\", \"replyTo\"?: \"msg_…\"}");
  }

  private static String text(JsonNode body) {
    JsonNode text = body.get(ChatPaths.REPLY_TEXT);
    if (text == null || !text.isTextual() || text.asText().isBlank() || text.asText().length() > MAX_TEXT) {
      throw new BadRequestResponse("text must be 1-" + MAX_TEXT + " characters");
    }
    return text.asText();
  }

  /** The message the reply quotes, or null; the platform checks that it is one of this conversation's. */
  private static String replyTo(JsonNode body) {
    JsonNode replyTo = body.get(ChatPaths.REPLY_TO);
    if (replyTo == null || replyTo.isNull()) {
      return null;
    }
    if (!replyTo.isTextual() || replyTo.asText().isEmpty() || replyTo.asText().length() > MAX_MESSAGE_ID) {
      throw new BadRequestResponse("replyTo must be the id of a message of this conversation");
    }
    return replyTo.asText();
  }

  /** The list's status filter: {@code open}, {@code resolved}, or null (both); anything else is 400. */
  private static String statusFilter(Context ctx) {
    String status = param(ctx, ChatPaths.STATUS_VALUE);
    if (status != null && !isStatus(status)) {
      throw new BadRequestResponse("status must be \"open\" or \"resolved\"");
    }
    return status;
  }

  private static boolean isStatus(String value) {
    return Conversation.OPEN.equals(value) || Conversation.RESOLVED.equals(value);
  }

  private static String query(Context ctx) {
    String q = param(ctx, "q");
    if (q != null && q.length() > MAX_QUERY) {
      throw new BadRequestResponse("q must be at most " + MAX_QUERY + " characters");
    }
    return q == null ? null : q.trim().isEmpty() ? null : q.trim();
  }

  private static String param(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
