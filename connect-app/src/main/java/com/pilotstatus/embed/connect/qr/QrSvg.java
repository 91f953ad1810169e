package com.pilotstatus.embed.connect.qr;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.time.Duration;
import java.util.Map;

/**
 * Renders a QR payload as an SVG: black modules on white, a 4-module quiet zone, {@code crispEdges}, one path of
 * horizontal runs (small and exact at any size). The SVG depends only on the payload, so it is cached per payload:
 * every page and poll showing the same ref shares one rendering.
 *
 * <p>The output contains no text from the payload: it is safe to embed in HTML as is.
 */
public final class QrSvg {

  /** Modules of white around the symbol, as the QR spec requires for reliable scanning. */
  public static final int QUIET_ZONE = 4;

  private static final Map<EncodeHintType, Object> HINTS = Map.of(
      EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
      EncodeHintType.MARGIN, 0,
      EncodeHintType.CHARACTER_SET, "UTF-8");

  private final Cache<String, String> cache;

  public QrSvg(long maxEntries, Duration expireAfterAccess) {
    this.cache = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterAccess(expireAfterAccess)
        .recordStats().build();
  }

  /**
   * Publishes the cache's size, hits, misses and evictions ({@code cache_gets_total{cache="connect.qr",result=…}}):
   * the hit ratio says whether polling pages are served from memory.
   */
  public QrSvg measuredBy(MeterRegistry meters) {
    CaffeineCacheMetrics.monitor(meters, cache, "connect.qr");
    return this;
  }

  /** A cache sized for a busy node: a QR ref lives 20–60 s, so entries older than 10 minutes are dead. */
  public static QrSvg withDefaultCache() {
    return new QrSvg(10_000, Duration.ofMinutes(10));
  }

  /** The SVG of {@code payload}, rendered once per payload. */
  public String svg(String payload) {
    return cache.get(payload, QrSvg::render);
  }

  /** Renders without the cache (for benchmarks and tests). */
  public static String render(String payload) {
    if (payload == null || payload.isEmpty() || payload.length() > 2048) {
      throw new IllegalArgumentException("QR payload must be 1-2048 characters");
    }
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, HINTS);
    } catch (WriterException e) {
      throw new IllegalArgumentException("payload cannot be encoded as a QR code", e);
    }
    int size = matrix.getWidth() + 2 * QUIET_ZONE;
    StringBuilder svg = new StringBuilder(8192);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(size).append(' ').append(size)
        .append("\" shape-rendering=\"crispEdges\" class=\"qr-svg\" aria-hidden=\"true\">")
        .append("<rect width=\"").append(size).append("\" height=\"").append(size).append("\" fill=\"#fff\"/>")
        .append("<path fill=\"#000\" d=\"");
    for (int y = 0; y < matrix.getHeight(); y++) {
      int x = 0;
      while (x < matrix.getWidth()) {
        if (!matrix.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < matrix.getWidth() && matrix.get(x, y)) {
          x++;
        }
        svg.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
            .append('h').append(x - start).append("v1h-").append(x - start).append('z');
      }
    }
    svg.append("\"/></svg>");
    return svg.toString();
  }

  /** How many payloads are cached now (for tests of the cache). */
  public long cachedCount() {
    cache.cleanUp();
    return cache.estimatedSize();
  }
}
