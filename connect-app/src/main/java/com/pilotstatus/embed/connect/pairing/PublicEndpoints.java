package com.pilotstatus.embed.connect.pairing;

import com.pilotstatus.embed.connect.platform.PairingToken;
import com.pilotstatus.embed.connect.platform.PlatformClient;
import com.pilotstatus.embed.kit.platform.PlatformReply;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.function.BiFunction;

/**
 * The public token endpoints of seed 003 re-served on connect-app's origin, so the page's own calls are same-origin
 * (no CORS surface): each delegates to the platform and answers the platform's status, body and {@code Retry-After}
 * unchanged. A malformed token never reaches the platform: it gets the platform's own 404 body.
 */
public final class PublicEndpoints {

  /** The platform's answer for an unknown token (docs/platform-api.md), for tokens that cannot even be one. */
  static final String NOT_FOUND_BODY = "{\"valid\":false,\"error\":{\"code\":\"not_found\","
      + "\"message\":\"This pairing link is invalid or has expired.\"}}";

  private final PlatformClient platform;

  public PublicEndpoints(PlatformClient platform) {
    this.platform = platform;
  }

  public void link(Context ctx) {
    relay(ctx, (token, ip) -> platform.link(token, ip));
  }

  public void connect(Context ctx) {
    relay(ctx, (token, ip) -> platform.connect(token, ip));
  }

  public void status(Context ctx) {
    relay(ctx, (token, ip) -> platform.status(token, ip));
  }

  public void branding(Context ctx) {
    relay(ctx, (token, ip) -> platform.branding(token, ip));
  }

  public void metaEmbedded(Context ctx) {
    String body = boundedBody(ctx);
    relay(ctx, (token, ip) -> platform.metaEmbedded(token, body, ip));
  }

  public void metaCredentials(Context ctx) {
    String body = boundedBody(ctx);
    relay(ctx, (token, ip) -> platform.metaCredentials(token, body, ip));
  }

  private static void relay(Context ctx, BiFunction<PairingToken, String, PlatformReply> call) {
    PairingToken token = PairingToken.parse(ctx.pathParam("token"));
    if (token == null) {
      ctx.status(404).contentType("application/json").result(NOT_FOUND_BODY);
      return;
    }
    PlatformReply reply = call.apply(token, ctx.ip());
    if (reply.retryAfter() != null) {
      ctx.header("Retry-After", reply.retryAfter());
    }
    ctx.status(reply.status()).contentType(reply.contentType()).result(reply.body());
  }

  private static String boundedBody(Context ctx) {
    String body = ctx.body();
    if (body.length() > 8192) {
      throw new HttpResponseException(413, "request body over 8 KB"); // never forwarded
    }
    return body.isEmpty() ? "{}" : body;
  }
}
