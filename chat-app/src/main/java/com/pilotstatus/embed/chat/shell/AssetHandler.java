package com.pilotstatus.embed.chat.shell;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves one classpath resource, loaded once: the TeaVM runtime (shipped in shared-protocol's jar) and the
 * stylesheet, same-origin so {@code script-src 'self'} covers them.
 */
public final class AssetHandler {

  private final byte[] bytes;
  private final String contentType;

  public AssetHandler(String resource, String contentType) {
    this.bytes = load(resource);
    this.contentType = contentType;
  }

  public int size() {
    return bytes.length;
  }

  public void serve(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=300");
    ctx.contentType(contentType).result(bytes);
  }

  private static byte[] load(String resource) {
    try (InputStream in = AssetHandler.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath; build shared-protocol first");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
