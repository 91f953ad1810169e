package com.pilotstatus.embed.chat.session;

import com.pilotstatus.embed.protocol.ChatHeaders;
import io.javalin.http.Context;

/**
 * Runs before every data route: the request must carry the session's JWT ({@code Authorization: Bearer}) and the
 * iframe's parent origin ({@code X-PS-Parent-Origin}), and the token must verify for that parent. The verified
 * {@link ChatToken} is then available to the handler through {@link #token}.
 *
 * <p>The parent header is the runtime's statement of what it checked against {@code window.parent}; the hard
 * guarantee that only that origin frames the iframe is the shell's {@code frame-ancestors} CSP.
 */
public final class SessionGuard {

  public static final String PARENT_HEADER = ChatHeaders.PARENT_ORIGIN;
  private static final String ATTRIBUTE = "ps.chatToken";

  private final TokenVerifier verifier;

  public SessionGuard(TokenVerifier verifier) {
    this.verifier = verifier;
  }

  public void authenticate(Context ctx) {
    ChatToken token = verifier.verify(bearer(ctx), ctx.header(PARENT_HEADER));
    ctx.attribute(ATTRIBUTE, token);
  }

  /** The verified token of this request. */
  public static ChatToken token(Context ctx) {
    ChatToken token = ctx.attribute(ATTRIBUTE);
    if (token == null) {
      throw new IllegalStateException("route registered without SessionGuard");
    }
    return token;
  }

  private static String bearer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return header.substring(7).trim();
  }
}
