package com.pilotstatus.embed.cdn;

import com.pilotstatus.embed.kit.PrecomputedRoutes.Answer;
import java.nio.ByteBuffer;
import java.util.IdentityHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * Every answer one script URL can give, made at startup: per encoding (identity, gzip, brotli) a {@code 200} with
 * its bytes and a {@code 304} for its ETag, each with all its headers already encoded. Per request only the
 * negotiation runs: {@code Accept-Encoding} picks the encoding (br, then gzip), {@code If-None-Match} the status.
 */
final class ScriptAnswers {

  /** The two answers of one encoding. */
  private record Pair(Answer ok, Answer notModified) {
  }

  private final EmbedBundle bundle;
  private final Map<EmbedBundle.Representation, Pair> answers = new IdentityHashMap<>();

  ScriptAnswers(EmbedBundle bundle, Map<String, String> common, String cacheControl) {
    this.bundle = bundle;
    for (EmbedBundle.Representation representation : new EmbedBundle.Representation[] {bundle.identity,
        bundle.gzip, bundle.brotli}) {
      if (representation != null) {
        answers.put(representation, pair(representation, common, cacheControl));
      }
    }
  }

  Answer answer(HttpFields request) {
    EmbedBundle.Representation chosen = Negotiation.choose(request.get(HttpHeader.ACCEPT_ENCODING), bundle);
    Pair pair = answers.get(chosen);
    return Negotiation.matches(request.get(HttpHeader.IF_NONE_MATCH), chosen.etag()) ? pair.notModified() : pair.ok();
  }

  private static Pair pair(EmbedBundle.Representation representation, Map<String, String> common,
                           String cacheControl) {
    HttpFields.Mutable validators = HttpFields.build();
    common.forEach((name, value) -> validators.add(new PreEncodedHttpField(name, value)));
    validators.add(new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, cacheControl));
    validators.add(new PreEncodedHttpField(HttpHeader.VARY, HttpHeader.ACCEPT_ENCODING.asString()));
    validators.add(new PreEncodedHttpField(HttpHeader.ETAG, representation.etag()));
    HttpFields.Mutable full = HttpFields.build(validators);
    if (representation.encoding() != null) {
      full.add(new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, representation.encoding()));
    }
    full.add(new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, CdnRoutes.JS));
    full.add(new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, String.valueOf(representation.bytes().length)));
    ByteBuffer body = ByteBuffer.wrap(representation.bytes()).asReadOnlyBuffer();
    return new Pair(new Answer(200, full.asImmutable(), body), new Answer(304, validators.asImmutable(), null));
  }
}
