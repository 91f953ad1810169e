package com.pilotstatus.embed.demo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a host backend should put in front of its token endpoints, shown on the demo's (issue 16, item 11). The demo
 * is not a production backend: it has no users, so anyone who can load the page gets a token, but nobody else does.
 * <ul>
 *   <li>Same origin only: a browser request from another site carries {@code Sec-Fetch-Site} other than
 *       {@code same-origin} (or an {@code Origin} that is not the demo's) and gets 403, so a hostile page cannot
 *       mint tokens through a visitor's browser. Clients that are not browsers send neither header.</li>
 *   <li>Rate-limited per client address (socket peer; the demo trusts no forwarding header): 429 with
 *       {@code Retry-After} over {@link #PER_MINUTE} a minute. The windows are bounded (Caffeine).</li>
 *   <li>{@code Cache-Control: no-store}: a token is never kept by a cache.</li>
 * </ul>
 */
public final class TokenEndpointGuard {

  static final int PER_MINUTE = 120;

  private final String publicOrigin;
  private final Cache<String, AtomicInteger> windows = Caffeine.newBuilder()
      .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

  public TokenEndpointGuard(String publicOrigin) {
    this.publicOrigin = publicOrigin;
  }

  /** Returns when {@code ctx} may get a token; 403 or 429 otherwise. Marks the answer {@code no-store}. */
  public void check(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    String site = ctx.header("Sec-Fetch-Site");
    String origin = ctx.header("Origin");
    if ((site != null && !site.equals("same-origin")) || (origin != null && !origin.equals(publicOrigin))) {
      throw new ForbiddenResponse("Token endpoints answer only the demo's own pages");
    }
    AtomicInteger count = windows.get(ctx.ip(), ip -> new AtomicInteger());
    if (count.incrementAndGet() > PER_MINUTE) {
      ctx.header("Retry-After", "60");
      throw new HttpResponseException(429, "Too many token requests; retry in a minute", Map.of());
    }
  }

  /** Client windows kept now (for the flood test). */
  long windowCount() {
    windows.cleanUp();
    return windows.estimatedSize();
  }
}
