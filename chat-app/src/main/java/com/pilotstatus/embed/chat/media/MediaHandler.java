package com.pilotstatus.embed.chat.media;

import com.pilotstatus.embed.chat.platform.PlatformClient;
import com.pilotstatus.embed.chat.session.ChatToken;
import com.pilotstatus.embed.chat.session.SessionGuard;
import com.pilotstatus.embed.protocol.ChatPaths;
import com.pilotstatus.embed.kit.http.MediaResponse;
import com.pilotstatus.embed.kit.platform.PlatformFile;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;

/**
 * {@code GET /media/{mediaId}?exp=&sig=}: a file of a message, for the {@code <img>}, player or link a thread
 * rendered. The signed URL is the permission ({@link MediaUrls}); a forged, altered or expired one is 404, the same
 * answer as a missing file. The platform's bytes, type and disposition are relayed by {@link MediaResponse} (nosniff,
 * {@code sandbox} CSP), so no file runs script in the chat origin; the browser may keep it privately while the URL
 * lives.
 *
 * <p>{@code GET /media/{mediaId}/url} [bearer]: a fresh signed URL, for a thread kept open past its URLs' lifetime.
 * It grants no more than rendering the thread again would: the platform, asked with the session's own token, must
 * find the file in the token's scope, and its number must be one the token covers; anything else is 404, the same
 * answer as a missing file.
 */
public final class MediaHandler {

  private final MediaUrls urls;
  private final PlatformClient platform;

  public MediaHandler(MediaUrls urls, PlatformClient platform) {
    this.urls = urls;
    this.platform = platform;
  }

  public void serve(Context ctx) {
    String mediaId = ctx.pathParam("mediaId");
    if (!urls.verifies(mediaId, ctx.queryParam("exp"), ctx.queryParam("sig"))) {
      throw new NotFoundResponse();
    }
    PlatformFile file = platform.file(mediaId);
    ctx.header("Cache-Control", "private, max-age=" + urls.bucket().toSeconds());
    MediaResponse.relay(ctx, file.contentType(), file.contentDisposition(), file.bytes());
  }

  public void freshUrl(Context ctx) {
    ChatToken token = SessionGuard.token(ctx);
    String mediaId = ctx.pathParam("mediaId");
    if (!token.covers(platform.mediaNumber(token, mediaId))) {
      throw new NotFoundResponse();
    }
    ctx.header("Cache-Control", "no-store").json(Map.of(ChatPaths.MEDIA_URL_VALUE, urls.url(mediaId)));
  }
}
