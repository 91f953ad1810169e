package com.pilotstatus.embed.kit.http;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The security headers of every response of one app, set before any handler runs so that no response leaves
 * without them (error pages, 404s and static files included). A handler that needs more asks for it on its own
 * response: {@link #allowStyleNonce} for a page's one inline {@code <style>}, {@link #framedBy} to replace
 * {@code frame-ancestors}, {@link #restrictFramingTo} to add a second policy (browsers enforce both). Whatever a
 * handler sets itself (say, embed.js's {@code Cache-Control: immutable}) wins over these defaults.
 *
 * <pre>{@code
 * cfg.registerPlugin(new SecurityHeadersPlugin(p -> {
 *   p.contentSecurityPolicy = "default-src 'none'; script-src 'self'; img-src 'self' data:";
 *   p.frameAncestors = "'none'";
 * }));
 * }</pre>
 */
public final class SecurityHeadersPlugin extends Plugin<SecurityHeadersPlugin.Policy> {

  private static final String APPLIED = "kit.security-headers";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One app's policy. {@code null} leaves a header out. */
  public static final class Policy {
    /** The CSP without {@code style-src} and {@code frame-ancestors}, which the plugin appends; null: no CSP. */
    public String contentSecurityPolicy = "default-src 'none'; script-src 'self'; img-src 'self' data:;"
        + " connect-src 'self'; base-uri 'none'; form-action 'none'";
    /** {@code style-src} sources; a handler may add one nonce per response. */
    public String styleSrc = "'self'";
    /** {@code frame-ancestors} sources unless a handler says otherwise. */
    public String frameAncestors = "'none'";
    public String referrerPolicy = "no-referrer";
    /** Tokens travel in these apps' responses and URLs: nothing is cached unless a handler says so. */
    public String cacheControl = "no-store";
    public String crossOriginResourcePolicy = null;
  }

  public SecurityHeadersPlugin(Consumer<Policy> userConfig) {
    super(userConfig, new Policy());
  }

  @Override
  public void onInitialize(JavalinState state) {
    Policy policy = pluginConfig;
    Map<String, String> fixed = headers();
    state.routes.before(ctx -> {
      fixed.forEach(ctx::header);
      if (policy.contentSecurityPolicy != null) {
        ctx.attribute(APPLIED, new Applied(policy));
      }
    });
  }

  /**
   * The headers of a response no handler adjusted, in order: computed once, so a response answered before Javalin's
   * handlers (see {@link com.pilotstatus.embed.kit.PrecomputedRoutes}) carries the same.
   */
  public Map<String, String> headers() {
    Policy policy = pluginConfig;
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Content-Type-Options", "nosniff");
    if (policy.referrerPolicy != null) {
      headers.put("Referrer-Policy", policy.referrerPolicy);
    }
    if (policy.cacheControl != null) {
      headers.put("Cache-Control", policy.cacheControl);
    }
    if (policy.crossOriginResourcePolicy != null) {
      headers.put("Cross-Origin-Resource-Policy", policy.crossOriginResourcePolicy);
    }
    if (policy.contentSecurityPolicy != null) {
      headers.put("Content-Security-Policy", new Applied(policy).csp());
    }
    return Collections.unmodifiableMap(headers);
  }

  @Override
  public boolean repeatable() {
    return false;
  }

  /** A fresh nonce: 128 random bits, URL-safe base64. */
  public static String newNonce() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * {@code 'sha256-…'}: the {@code script-src} source that allows an inline script of exactly this text (as the page
   * sends it, UTF-8) and no other; for a fixed script, where a per-response nonce would only add work.
   */
  public static String scriptHashSource(String script) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** This response's page has one inline style block carrying {@code nonce="…"}. */
  public static void allowStyleNonce(Context ctx, String nonce) {
    applied(ctx).styleNonce = nonce;
    applied(ctx).write(ctx);
  }

  /** This response may be framed by {@code sources} (e.g. the checked parent origin) instead of the default. */
  public static void framedBy(Context ctx, String sources) {
    applied(ctx).frameAncestors = sources;
    applied(ctx).write(ctx);
  }

  /**
   * Adds a second policy {@code frame-ancestors origin}: the page stays within the app's allowed framers and,
   * on top of that, only {@code origin} may frame it. Call it after the other two.
   */
  public static void restrictFramingTo(Context ctx, String origin) {
    ctx.res().addHeader("Content-Security-Policy", "frame-ancestors " + origin);
  }

  private static Applied applied(Context ctx) {
    Applied applied = ctx.attribute(APPLIED);
    if (applied == null) {
      throw new IllegalStateException("SecurityHeadersPlugin with a contentSecurityPolicy is not installed");
    }
    return applied;
  }

  /** The policy of one response, as handlers adjusted it. */
  private static final class Applied {
    private final Policy policy;
    private String styleNonce;
    private String frameAncestors;

    Applied(Policy policy) {
      this.policy = policy;
      this.frameAncestors = policy.frameAncestors;
    }

    void write(Context ctx) {
      ctx.header("Content-Security-Policy", csp());
    }

    String csp() {
      StringBuilder csp = new StringBuilder(policy.contentSecurityPolicy);
      csp.append("; style-src ").append(policy.styleSrc);
      if (styleNonce != null) {
        csp.append(" 'nonce-").append(styleNonce).append('\'');
      }
      if (frameAncestors != null) {
        csp.append("; frame-ancestors ").append(frameAncestors);
      }
      return csp.toString();
    }
  }
}
