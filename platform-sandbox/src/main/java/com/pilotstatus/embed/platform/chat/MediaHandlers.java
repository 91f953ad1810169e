package com.pilotstatus.embed.platform.chat;

import com.pilotstatus.embed.kit.http.MediaResponse;
import com.pilotstatus.embed.platform.feed.ServiceCredential;
import com.pilotstatus.embed.platform.session.BearerToken;
import com.pilotstatus.embed.platform.session.ChatClaims;
import com.pilotstatus.embed.platform.session.ChatTokens;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Media files of the chat embed: an agent's upload ({@code POST /v1/embed/chat/conversations/{id}/media}, the raw
 * bytes with their {@code Content-Type}), a file for a chat token ({@code GET /v1/embed/chat/media/{id}}), what it is
 * and where it belongs ({@code GET /v1/embed/chat/media/{id}/metadata}, the same scope) and for a front-end instance ({@code GET /v1/internal/media/{id}}, service credential), each served by {@link MediaResponse}.
 */
public final class MediaHandlers {

  private final ChatTokens tokens;
  private final MediaService media;
  private final ServiceCredential service;

  public MediaHandlers(ChatTokens tokens, MediaService media, ServiceCredential service) {
    this.tokens = tokens;
    this.media = media;
    this.service = service;
  }

  /** 201 {@code {id, kind, mimeType, size, fileName?}}: the file, to send with {@code {"mediaId"}}. */
  public void upload(Context ctx) {
    ChatClaims claims = tokens.verify(BearerToken.of(ctx));
    MediaFile file = media.upload(claims, ctx.pathParam("id"), ctx.header("Content-Type"),
        ctx.queryParam("fileName"), ctx.bodyAsBytes());
    ctx.status(201).json(described(file));
  }

  /**
   * 200 {@code {id, conversationId, whatsappNumberId, kind, mimeType, size, fileName?}}, no bytes: for chat-app to
   * sign a fresh URL of a file the session may read (404 outside its scope, like a missing id).
   */
  public void metadata(Context ctx) {
    MediaFile file = media.read(tokens.verify(BearerToken.of(ctx)), ctx.pathParam("mediaId"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", file.id());
    out.put("conversationId", file.conversationId());
    out.put("whatsappNumberId", file.whatsappNumberId());
    out.putAll(described(file)); // its id keeps the first place
    ctx.json(out);
  }

  private static Map<String, Object> described(MediaFile file) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", file.id());
    out.put("kind", file.kind());
    out.put("mimeType", file.mimeType());
    out.put("size", file.bytes().length);
    if (file.fileName() != null) {
      out.put("fileName", file.fileName());
    }
    return out;
  }

  public void download(Context ctx) {
    serve(ctx, media.read(tokens.verify(BearerToken.of(ctx)), ctx.pathParam("mediaId")));
  }

  public void internalDownload(Context ctx) {
    service.authenticate(ctx);
    serve(ctx, media.readInternal(ctx.pathParam("mediaId")));
  }

  private static void serve(Context ctx, MediaFile file) {
    MediaResponse.write(ctx, file.mimeType(), file.fileName(), file.isInline(), file.bytes());
  }
}
