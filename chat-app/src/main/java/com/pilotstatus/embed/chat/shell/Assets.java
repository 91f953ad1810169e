package com.pilotstatus.embed.chat.shell;

import com.pilotstatus.embed.kit.ServerKit;
import com.pilotstatus.embed.kit.StaticAnswers;
import com.pilotstatus.embed.kit.http.Precompressed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The iframe's runtime (from the browser module's jar) and stylesheet, same-origin so {@code script-src 'self'} covers
 * them (the boot script is inlined, {@link BootScript}). Each is compressed once at startup and answered ahead of
 * Javalin by the kit ({@link StaticAnswers}).
 * The shell links them by hashed URLs ({@code /assets/chat-runtime.<hash>.js}), immutable for a year, so a browser
 * that has them does not ask again; the plain URLs remain for whatever links them directly (short cache, ETag).
 */
public final class Assets {

  public static final String RUNTIME_RESOURCE = "pilot-status/js/chat-runtime.js";
  private static final String JAVASCRIPT = "text/javascript; charset=utf-8";
  public static final String STYLESHEET_RESOURCE = "chat/chat.css";

  private final String runtime;
  private final String stylesheet;

  private Assets(String runtime, String stylesheet) {
    this.runtime = runtime;
    this.stylesheet = stylesheet;
  }

  /** Loads both files and has {@code kit} serve them; {@code securityHeaders} are the app's defaults. */
  public static Assets serve(ServerKit kit, Map<String, String> securityHeaders) {
    return new Assets(
        serve(kit, securityHeaders, RUNTIME_RESOURCE, "/assets/chat-runtime", ".js", JAVASCRIPT),
        serve(kit, securityHeaders, STYLESHEET_RESOURCE, "/assets/chat", ".css", "text/css; charset=utf-8"));
  }

  /** The runtime's immutable URL: the boot script inserts it once it has painted (browser/README.md). */
  public String runtime() {
    return runtime;
  }

  /** The stylesheet's immutable URL. */
  public String stylesheet() {
    return stylesheet;
  }

  /** Serves {@code resource} at {@code stem + extension} and at its hashed URL, which it returns. */
  private static String serve(ServerKit kit, Map<String, String> securityHeaders, String resource, String stem,
                              String extension, String contentType) {
    Precompressed file = Precompressed.of(load(resource));
    String hashed = stem + "." + file.hash + extension;
    kit.precomputed(stem + extension,
        new StaticAnswers(file, contentType, StaticAnswers.REVALIDATED_CACHE, securityHeaders));
    kit.precomputed(hashed, new StaticAnswers(file, contentType, StaticAnswers.IMMUTABLE_CACHE, securityHeaders));
    return hashed;
  }

  private static byte[] load(String resource) {
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath; build the browser module first");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
