package com.pilotstatus.embed.kit;

import com.pilotstatus.embed.kit.PrecomputedRoutes.Answer;
import com.pilotstatus.embed.kit.http.Negotiation;
import com.pilotstatus.embed.kit.http.Precompressed;
import java.nio.ByteBuffer;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * Every answer one URL of a {@link Precompressed} file can give, made at startup: per encoding (identity, gzip,
 * brotli) a {@code 200} with its bytes and a {@code 304} for its ETag, each with all its headers already encoded
 * ({@code common} — the security headers and whatever the app adds — then {@code Cache-Control}, which wins over a
 * default one, {@code Vary}, {@code ETag}). Per request only the negotiation runs: {@code Accept-Encoding} picks the
 * encoding (br, then gzip), {@code If-None-Match} the status. A {@link PrecomputedRoutes.Responder}.
 */
public final class StaticAnswers implements PrecomputedRoutes.Responder {

  /** A URL whose file may change on deploy: kept 5 minutes, then revalidated by ETag. */
  public static final String REVALIDATED_CACHE = "public, max-age=300";
  /** A URL that names one version of a file (its hash or version is in it): kept a year, never revalidated. */
  public static final String IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

  /** The two answers of one encoding. */
  private record Pair(Answer ok, Answer notModified) {
  }

  private final Precompressed file;
  private final Map<Precompressed.Representation, Pair> answers = new IdentityHashMap<>();

  public StaticAnswers(Precompressed file, String contentType, String cacheControl, Map<String, String> common) {
    this.file = file;
    Map<String, String> fixed = new LinkedHashMap<>(common);
    fixed.put(HttpHeader.CACHE_CONTROL.asString(), cacheControl);
    fixed.put(HttpHeader.VARY.asString(), HttpHeader.ACCEPT_ENCODING.asString());
    for (Precompressed.Representation representation : new Precompressed.Representation[] {file.identity,
        file.gzip, file.brotli}) {
      if (representation != null) {
        answers.put(representation, pair(representation, contentType, fixed));
      }
    }
  }

  @Override
  public Answer answer(HttpFields request) {
    Precompressed.Representation chosen = Negotiation.choose(request.get(HttpHeader.ACCEPT_ENCODING), file);
    Pair pair = answers.get(chosen);
    return Negotiation.matches(request.get(HttpHeader.IF_NONE_MATCH), chosen.etag()) ? pair.notModified() : pair.ok();
  }

  private static Pair pair(Precompressed.Representation representation, String contentType,
                           Map<String, String> fixed) {
    HttpFields.Mutable validators = HttpFields.build();
    fixed.forEach((name, value) -> validators.add(new PreEncodedHttpField(name, value)));
    validators.add(new PreEncodedHttpField(HttpHeader.ETAG, representation.etag()));
    HttpFields.Mutable full = HttpFields.build(validators);
    if (representation.encoding() != null) {
      full.add(new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, representation.encoding()));
    }
    full.add(new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, contentType));
    full.add(new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, String.valueOf(representation.bytes().length)));
    ByteBuffer body = ByteBuffer.wrap(representation.bytes()).asReadOnlyBuffer();
    return new Pair(new Answer(200, full.asImmutable(), body), new Answer(304, validators.asImmutable(), null));
  }
}
