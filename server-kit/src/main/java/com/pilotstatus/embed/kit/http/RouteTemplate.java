package com.pilotstatus.embed.kit.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.Set;

/**
 * The route a request matched, as registered ({@code /connect/{token}}), never the raw path: a path can carry a
 * pairing token, and raw paths would give metrics one time series per token.
 */
public final class RouteTemplate {

  /** What requests that matched no route are counted and logged as. */
  public static final String UNMATCHED = "unmatched";

  /** The operations endpoints: not logged, never refused while draining, not rate limited. */
  public static final Set<String> OPERATIONS = Set.of("/healthz", "/readyz", "/metrics");

  private RouteTemplate() {
  }

  public static String of(Context ctx) {
    try {
      Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
      return endpoint == null ? UNMATCHED : endpoint.path;
    } catch (RuntimeException none) {
      return UNMATCHED;
    }
  }

  public static boolean isOperations(Context ctx) {
    return OPERATIONS.contains(ctx.path());
  }
}
