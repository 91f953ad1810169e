package com.pilotstatus.embed.chat.media;

import com.pilotstatus.embed.chat.platform.PlatformClient;
import com.pilotstatus.embed.kit.http.MediaResponse;
import com.pilotstatus.embed.kit.platform.PlatformFile;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/**
 * {@code GET /media/{mediaId}?exp=&sig=}: a file of a message, for the {@code <img>}, player or link a thread
 * rendered. The signed URL is the permission ({@link MediaUrls}); a forged, altered or expired one is 404, the same
 * answer as a missing file. The platform's bytes, type and disposition are relayed by {@link MediaResponse} (nosniff,
 * {@code sandbox} CSP), so no file runs script in the chat origin; the browser may keep it privately while the URL
 * lives.
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
}
