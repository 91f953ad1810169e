package com.pilotstatus.embed.chat;

import static com.pilotstatus.embed.protocol.ChatPaths.COMPOSER;
import static com.pilotstatus.embed.protocol.ChatPaths.CONVERSATIONS;
import static com.pilotstatus.embed.protocol.ChatPaths.FRAGMENTS;
import static com.pilotstatus.embed.protocol.ChatPaths.INBOX;
import static com.pilotstatus.embed.protocol.ChatPaths.LIVE;
import static com.pilotstatus.embed.protocol.ChatPaths.MEDIA;
import static com.pilotstatus.embed.protocol.ChatPaths.MEDIA_FILES;
import static com.pilotstatus.embed.protocol.ChatPaths.MEDIA_URL;
import static com.pilotstatus.embed.protocol.ChatPaths.MESSAGES;
import static com.pilotstatus.embed.protocol.ChatPaths.NOTES;
import static com.pilotstatus.embed.protocol.ChatPaths.QUICK_REPLIES;
import static com.pilotstatus.embed.protocol.ChatPaths.REACTION;
import static com.pilotstatus.embed.protocol.ChatPaths.READ;
import static com.pilotstatus.embed.protocol.ChatPaths.SESSION;
import static com.pilotstatus.embed.protocol.ChatPaths.SESSION_REFRESH;
import static com.pilotstatus.embed.protocol.ChatPaths.STATUS;
import static com.pilotstatus.embed.protocol.ChatPaths.TEMPLATES;
import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

import com.pilotstatus.embed.branding.Favicon;
import com.pilotstatus.embed.chat.conversation.ConversationHandlers;
import com.pilotstatus.embed.chat.failure.FailureResponses;
import com.pilotstatus.embed.chat.live.LiveHandler;
import com.pilotstatus.embed.chat.live.LiveRefused;
import com.pilotstatus.embed.chat.media.MediaHandler;
import com.pilotstatus.embed.chat.quickreply.QuickReplyHandlers;
import com.pilotstatus.embed.chat.session.JwksKeys;
import com.pilotstatus.embed.chat.session.SessionGuard;
import com.pilotstatus.embed.chat.session.SessionHandlers;
import com.pilotstatus.embed.chat.session.TokenRejected;
import com.pilotstatus.embed.chat.shell.ShellHandler;
import com.pilotstatus.embed.chat.template.TemplateHandlers;
import com.pilotstatus.embed.kit.platform.PlatformRejected;
import com.pilotstatus.embed.kit.platform.PlatformUnavailable;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;

/**
 * chat-app's whole HTTP surface, in one place.
 *
 * <pre>
 * GET  /?parentOrigin=…                          shell page (CSP frame-ancestors = parentOrigin)
 * GET  /assets/chat-runtime[.hash].js, /assets/chat[.hash].css  runtime and styles (Assets, ahead of Javalin)
 * GET  /favicon.ico                              the icon (not the "no such conversation" page)
 * POST /session, /session/refresh                 token check after init; sliding refresh      [bearer]
 * GET  /fragments/inbox                           both panes                                    [bearer]
 * GET  /fragments/conversations                   list rows (search, number filter, more)       [bearer]
 * GET  /fragments/conversations/{id}              thread                                        [bearer]
 * GET  /fragments/conversations/{id}/messages     older messages                                [bearer]
 * POST /fragments/conversations/{id}/messages     send (Idempotency-Key)                        [bearer]
 * POST /fragments/conversations/{id}/media        send a file (Idempotency-Key; raw body)        [bearer]
 * POST /fragments/conversations/{id}/read         mark read                                     [bearer]
 * GET  /fragments/conversations/{id}/composer     reply area (24-hour window open or closed)    [bearer]
 * GET  /fragments/conversations/{id}/templates    template picker (window closed)               [bearer]
 * GET  /fragments/conversations/{id}/templates/{templateId}  its form                          [bearer]
 * POST /fragments/conversations/{id}/templates/{templateId}  send it (Idempotency-Key)         [bearer]
 * GET  /media/{mediaId}?exp=&sig=                a message's file, by the signed URL a thread rendered
 * GET  /media/{mediaId}/url                       a fresh signed URL of it (JSON), for a thread kept open   [bearer]
 * GET  /fragments/conversations/{id}/quick-replies  the tenant's quick replies, filled for it   [bearer]
 * GET  /live                                      server-sent events, rendered (429/503 at limits) [bearer]
 * GET  /healthz, /readyz, /metrics               operations (server kit; readiness: platform and feed)
 * </pre>
 * [bearer] routes need {@code Authorization: Bearer <chat JWT>} and {@code X-PS-Parent-Origin}.
 */
final class ChatRoutes {

  record Handlers(ShellHandler shell, SessionGuard guard,
                  SessionHandlers session, ConversationHandlers conversations, TemplateHandlers templates,
                  QuickReplyHandlers quickReplies, LiveHandler live, MediaHandler media,
                  FailureResponses failures) {
  }

  private ChatRoutes() {
  }

  static void register(JavalinConfig config, Handlers h) {
    config.routes.before(SESSION, h.guard()::authenticate);
    config.routes.before(SESSION + "/*", h.guard()::authenticate);
    config.routes.before(FRAGMENTS + "/*", h.guard()::authenticate);
    config.routes.before(LIVE, h.guard()::authenticate);
    config.routes.before(MEDIA_FILES + "/{mediaId}" + MEDIA_URL, h.guard()::authenticate);

    config.routes.apiBuilder(() -> {
      get("/", h.shell()::show);
      get(Favicon.PATH, ctx -> ctx.contentType(Favicon.CONTENT_TYPE)
          .header("Cache-Control", Favicon.CACHE_CONTROL).result(Favicon.bytes()));
      post(SESSION, h.session()::check);
      post(SESSION_REFRESH, h.session()::refresh);
      path(FRAGMENTS, () -> {
        get(INBOX.substring(FRAGMENTS.length()), h.conversations()::inbox);
        path(CONVERSATIONS.substring(FRAGMENTS.length()), () -> {
          get(h.conversations()::list);
          get("/{id}", h.conversations()::thread);
          get("/{id}" + MESSAGES, h.conversations()::older);
          post("/{id}" + MESSAGES, h.conversations()::send);
          post("/{id}" + MEDIA, h.conversations()::sendMedia);
          post("/{id}" + READ, h.conversations()::read);
          get("/{id}" + COMPOSER, h.conversations()::composer);
          put("/{id}" + STATUS, h.conversations()::setStatus);
          post("/{id}" + NOTES, h.conversations()::addNote);
          put("/{id}" + MESSAGES + "/{messageId}" + REACTION, h.conversations()::react);
          delete("/{id}" + MESSAGES + "/{messageId}" + REACTION, h.conversations()::react);
          get("/{id}" + TEMPLATES, h.templates()::picker);
          get("/{id}" + TEMPLATES + "/{templateId}", h.templates()::form);
          post("/{id}" + TEMPLATES + "/{templateId}", h.templates()::send);
          get("/{id}" + QUICK_REPLIES, h.quickReplies()::list);
        });
      });
      get(MEDIA_FILES + "/{mediaId}", h.media()::serve);
      get(MEDIA_FILES + "/{mediaId}" + MEDIA_URL, h.media()::freshUrl);
      get(LIVE, h.live()::stream);
    });

    config.routes.exception(TokenRejected.class, h.failures()::tokenRejected);
    config.routes.exception(LiveRefused.class, h.failures()::liveRefused);
    config.routes.exception(PlatformUnavailable.class, h.failures()::unavailable);
    config.routes.exception(JwksKeys.JwksUnavailable.class, h.failures()::jwksUnavailable);
    config.routes.exception(PlatformRejected.class, h.failures()::rejected);
    config.routes.exception(HttpResponseException.class, h.failures()::http);
    config.routes.exception(Exception.class, h.failures()::unexpected);
  }
}
