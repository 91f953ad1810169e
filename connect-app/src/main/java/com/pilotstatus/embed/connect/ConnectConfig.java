package com.pilotstatus.embed.connect;

import com.pilotstatus.embed.branding.BrandingRules;
import com.pilotstatus.embed.kit.config.Env;
import com.pilotstatus.embed.origin.OriginCheck;
import com.pilotstatus.embed.origin.OriginPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything connect-app reads from its environment, read once by {@link #fromEnv(Map)} in {@code main}. Tests build
 * it with {@link #defaults()} and the withers.
 *
 * @param port             {@code PS_CONNECT_PORT} (8082; 0 = a free port)
 * @param platformUrl      {@code PS_PLATFORM_URL} ({@code http://localhost:8080}), server-to-server
 * @param allowHttpOrigins {@code PS_ALLOW_HTTP_ORIGINS} (false): accept {@code http://} parent origins (e2e hosts such
 *                         as {@code http://app.acme.test:PORT})
 * @param sandbox          {@code PS_SANDBOX} (true): logos over {@code http://localhost} allowed
 * @param frameAncestors   {@code PS_FRAME_ANCESTORS}: the CSP {@code frame-ancestors} sources; empty = derived (see
 *                         {@link #frameAncestorsDirective()})
 * @param metaAppId        {@code PS_META_APP_ID} (empty): Meta app id for Embedded Signup
 * @param metaConfigId     {@code PS_META_CONFIG_ID} (empty): Embedded Signup configuration id
 * @param metaSdkUrl       {@code PS_META_SDK_URL} ({@code https://connect.facebook.net/en_US/sdk.js})
 * @param metaOrigin       {@code PS_META_ORIGIN} ({@code https://www.facebook.com}): the only origin whose
 *                         {@code WA_EMBEDDED_SIGNUP} messages are accepted; changed only by tests with a fake FB
 * @param metaSdkVersion   {@code PS_META_SDK_VERSION} ({@code v21.0}): Graph API version passed to {@code FB.init}
 * @param pollInterval     {@code PS_CONNECT_POLL_MS} (1000): how often the page asks for the pairing state
 * @param platformTimeout  {@code PS_PLATFORM_TIMEOUT_MS} (5000): timeout of each platform call
 */
public record ConnectConfig(
    int port,
    String platformUrl,
    boolean allowHttpOrigins,
    boolean sandbox,
    String frameAncestors,
    String metaAppId,
    String metaConfigId,
    String metaSdkUrl,
    String metaOrigin,
    String metaSdkVersion,
    Duration pollInterval,
    Duration platformTimeout) {

  public static final int DEFAULT_PORT = 8082;
  public static final String DEFAULT_PLATFORM_URL = "http://localhost:8080";
  public static final String DEFAULT_META_SDK_URL = "https://connect.facebook.net/en_US/sdk.js";
  public static final String DEFAULT_META_ORIGIN = "https://www.facebook.com";
  public static final String DEFAULT_META_SDK_VERSION = "v21.0";

  public ConnectConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("PS_CONNECT_PORT must be 0-65535, was " + port);
    }
    platformUrl = stripTrailingSlash(Objects.requireNonNull(platformUrl, "platformUrl"));
    if (!platformUrl.startsWith("http://") && !platformUrl.startsWith("https://")) {
      throw new IllegalArgumentException("PS_PLATFORM_URL must be an http(s) URL, was " + platformUrl);
    }
    frameAncestors = frameAncestors == null ? "" : frameAncestors.trim();
    metaAppId = metaAppId == null ? "" : metaAppId.trim();
    metaConfigId = metaConfigId == null ? "" : metaConfigId.trim();
    metaSdkUrl = Objects.requireNonNull(metaSdkUrl, "metaSdkUrl");
    if (sdkOrigin(metaSdkUrl) == null) {
      throw new IllegalArgumentException("PS_META_SDK_URL must be an absolute http(s) URL, was " + metaSdkUrl);
    }
    OriginCheck meta = OriginPolicy.of(allowHttpOrigins).parse(metaOrigin);
    if (!meta.isValid()) {
      throw new IllegalArgumentException("PS_META_ORIGIN must be an origin such as " + DEFAULT_META_ORIGIN
          + (allowHttpOrigins ? "" : " (https only unless PS_ALLOW_HTTP_ORIGINS=true)") + ", was " + metaOrigin);
    }
    metaOrigin = meta.origin().serialized();
    metaSdkVersion = Objects.requireNonNull(metaSdkVersion, "metaSdkVersion");
    if (pollInterval == null || pollInterval.toMillis() < 100) {
      throw new IllegalArgumentException("PS_CONNECT_POLL_MS must be at least 100");
    }
    if (platformTimeout == null || platformTimeout.toMillis() < 100) {
      throw new IllegalArgumentException("PS_PLATFORM_TIMEOUT_MS must be at least 100");
    }
  }

  /** The local sandbox defaults: every key at its documented default. */
  public static ConnectConfig defaults() {
    return fromEnv(Map.of());
  }

  public static ConnectConfig fromEnv(Map<String, String> env) {
    return fromEnv(Env.of(env));
  }

  /** Reads every {@code PS_…} key above with {@link Env}'s rule: absent or blank → default, invalid → refused. */
  public static ConnectConfig fromEnv(Env env) {
    return new ConnectConfig(
        env.port("PS_CONNECT_PORT", DEFAULT_PORT),
        env.httpUrl("PS_PLATFORM_URL", DEFAULT_PLATFORM_URL).toString(),
        env.bool("PS_ALLOW_HTTP_ORIGINS", false),
        env.bool("PS_SANDBOX", true),
        env.string("PS_FRAME_ANCESTORS", ""),
        env.string("PS_META_APP_ID", ""),
        env.string("PS_META_CONFIG_ID", ""),
        env.httpUrl("PS_META_SDK_URL", DEFAULT_META_SDK_URL).toString(),
        env.string("PS_META_ORIGIN", DEFAULT_META_ORIGIN),
        env.string("PS_META_SDK_VERSION", DEFAULT_META_SDK_VERSION),
        env.millis("PS_CONNECT_POLL_MS", Duration.ofMillis(1000), Duration.ofMillis(100)),
        env.millis("PS_PLATFORM_TIMEOUT_MS", Duration.ofMillis(5000), Duration.ofMillis(100)));
  }

  /** How parent origins (and the Meta origin) are parsed: https only, unless {@code PS_ALLOW_HTTP_ORIGINS}. */
  public OriginPolicy originPolicy() {
    return OriginPolicy.of(allowHttpOrigins);
  }

  /** Which logo URLs are acceptable: {@code http://localhost} only in the sandbox. */
  public BrandingRules brandingRules() {
    return BrandingRules.of(sandbox);
  }

  /**
   * The CSP {@code frame-ancestors} sources: {@code PS_FRAME_ANCESTORS} when set, otherwise any https origin, plus
   * {@code http://localhost:*} and {@code http://127.0.0.1:*} in the sandbox, plus any http origin when
   * {@code PS_ALLOW_HTTP_ORIGINS=true}.
   */
  public String frameAncestorsDirective() {
    if (!frameAncestors.isEmpty()) {
      return frameAncestors;
    }
    StringBuilder out = new StringBuilder("https:");
    if (sandbox) {
      out.append(" http://localhost:* http://127.0.0.1:*");
    }
    if (allowHttpOrigins) {
      out.append(" http:");
    }
    return out.toString();
  }

  /** The origin the Facebook SDK is loaded from ({@code https://connect.facebook.net}), for {@code script-src}. */
  public String metaSdkOrigin() {
    return sdkOrigin(metaSdkUrl);
  }

  /** True when Embedded Signup can run: an app id and a configuration id are set. */
  public boolean isMetaEmbeddedConfigured() {
    return !metaAppId.isEmpty() && !metaConfigId.isEmpty();
  }

  public ConnectConfig withPort(int port) {
    return new ConnectConfig(port, platformUrl, allowHttpOrigins, sandbox, frameAncestors, metaAppId, metaConfigId,
        metaSdkUrl, metaOrigin, metaSdkVersion, pollInterval, platformTimeout);
  }

  public ConnectConfig withPlatformUrl(String platformUrl) {
    return new ConnectConfig(port, platformUrl, allowHttpOrigins, sandbox, frameAncestors, metaAppId, metaConfigId,
        metaSdkUrl, metaOrigin, metaSdkVersion, pollInterval, platformTimeout);
  }

  public ConnectConfig withAllowHttpOrigins(boolean allowHttpOrigins) {
    return new ConnectConfig(port, platformUrl, allowHttpOrigins, sandbox, frameAncestors, metaAppId, metaConfigId,
        metaSdkUrl, metaOrigin, metaSdkVersion, pollInterval, platformTimeout);
  }

  /** Meta Embedded Signup: app id, configuration id, SDK URL and the origin its messages come from. */
  public ConnectConfig withMeta(String appId, String configId, String sdkUrl, String origin) {
    return new ConnectConfig(port, platformUrl, allowHttpOrigins, sandbox, frameAncestors, appId, configId,
        sdkUrl, origin, metaSdkVersion, pollInterval, platformTimeout);
  }

  public ConnectConfig withPollInterval(Duration pollInterval) {
    return new ConnectConfig(port, platformUrl, allowHttpOrigins, sandbox, frameAncestors, metaAppId, metaConfigId,
        metaSdkUrl, metaOrigin, metaSdkVersion, pollInterval, platformTimeout);
  }

  private static String stripTrailingSlash(String url) {
    String out = url.trim();
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  private static String sdkOrigin(String url) {
    try {
      URI uri = URI.create(url);
      if (uri.getScheme() == null || uri.getHost() == null
          || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
        return null;
      }
      return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
