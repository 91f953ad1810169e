package com.pilotstatus.embed.chat;

import com.pilotstatus.embed.kit.config.Env;
import com.pilotstatus.embed.origin.OriginPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * chat-app's settings, read from the environment once ({@link #fromEnv}) and passed on through constructors. Tests
 * build the record directly.
 *
 * <table>
 *   <tr><th>env var</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>PS_CHAT_PORT</td><td>8081</td><td>HTTP port; 0 picks a free one</td></tr>
 *   <tr><td>PS_PLATFORM_URL</td><td>http://localhost:8080</td><td>server-to-server base URL of the platform</td></tr>
 *   <tr><td>PS_TOKEN_ISSUER</td><td>pilot-status-sandbox</td><td>the {@code iss} every chat JWT must carry</td></tr>
 *   <tr><td>PS_ALLOW_HTTP_ORIGINS</td><td>false</td><td>accept {@code http://} parent origins on any host</td></tr>
 *   <tr><td>PS_CHAT_REFRESH_LEAD_SECONDS</td><td>60</td><td>refresh the token this long before it expires</td></tr>
 *   <tr><td>PS_SERVICE_CREDENTIAL</td><td>(required)</td><td>the credential of the platform's internal event feed</td></tr>
 *   <tr><td>PS_CHAT_MEDIA_URL_SECONDS</td><td>1800</td><td>how long a signed media URL lives (at least; see MediaUrls)</td></tr>
 *   <tr><td colspan="3">the live path: {@link LiveSettings}</td></tr>
 * </table>
 */
public record ChatConfig(int port, URI platformUrl, String tokenIssuer, boolean allowHttpOrigins, Duration refreshLead,
                         String serviceCredential, LiveSettings live, Duration mediaUrlLifetime) {

  public static final int DEFAULT_PORT = 8081;
  public static final String DEFAULT_PLATFORM_URL = "http://localhost:8080";
  public static final String DEFAULT_ISSUER = "pilot-status-sandbox";
  public static final Duration DEFAULT_REFRESH_LEAD = Duration.ofSeconds(60);
  public static final Duration DEFAULT_MEDIA_URL_LIFETIME = Duration.ofMinutes(30);

  public ChatConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("PS_CHAT_PORT must be 0..65535, was " + port);
    }
    Objects.requireNonNull(platformUrl, "platformUrl");
    String scheme = platformUrl.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("PS_PLATFORM_URL must be an http(s) URL, was " + platformUrl);
    }
    if (tokenIssuer == null || tokenIssuer.isBlank()) {
      throw new IllegalArgumentException("PS_TOKEN_ISSUER must not be empty");
    }
    if (refreshLead == null || refreshLead.isNegative()) {
      throw new IllegalArgumentException("PS_CHAT_REFRESH_LEAD_SECONDS must be >= 0");
    }
    serviceCredential = serviceCredential == null ? "" : serviceCredential.trim();
    Objects.requireNonNull(live, "live");
    if (mediaUrlLifetime == null || mediaUrlLifetime.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("PS_CHAT_MEDIA_URL_SECONDS must be >= 1");
    }
  }

  /** The local sandbox stack's settings (the service credential still has to come from the platform). */
  public static ChatConfig defaults() {
    return fromEnv(Map.of());
  }

  /** Reads every setting from {@code env}, with the documented default for each missing key. */
  public static ChatConfig fromEnv(Map<String, String> env) {
    return fromEnv(Env.of(env));
  }

  public static ChatConfig fromEnv(Env env) {
    return new ChatConfig(
        env.port("PS_CHAT_PORT", DEFAULT_PORT),
        URI.create(stripTrailingSlash(env.httpUrl("PS_PLATFORM_URL", DEFAULT_PLATFORM_URL).toString())),
        env.string("PS_TOKEN_ISSUER", DEFAULT_ISSUER),
        env.bool("PS_ALLOW_HTTP_ORIGINS", false),
        env.seconds("PS_CHAT_REFRESH_LEAD_SECONDS", DEFAULT_REFRESH_LEAD, Duration.ZERO),
        env.secret("PS_SERVICE_CREDENTIAL", "").value(),
        LiveSettings.fromEnv(env),
        env.seconds("PS_CHAT_MEDIA_URL_SECONDS", DEFAULT_MEDIA_URL_LIFETIME, Duration.ofSeconds(1)));
  }

  /** Fails start-up, naming the variable, when a setting that has no default is missing. */
  public ChatConfig requireComplete() {
    if (serviceCredential.isEmpty()) {
      throw new IllegalStateException("PS_SERVICE_CREDENTIAL is required: chat-app subscribes to the platform's "
          + "internal event feed with it (the sandbox launcher sets it for every server it starts)");
    }
    return this;
  }

  public ChatConfig withPort(int port) {
    return new ChatConfig(port, platformUrl, tokenIssuer, allowHttpOrigins, refreshLead, serviceCredential, live,
        mediaUrlLifetime);
  }

  public ChatConfig withPlatformUrl(String url) {
    return new ChatConfig(port, URI.create(stripTrailingSlash(url)), tokenIssuer, allowHttpOrigins, refreshLead,
        serviceCredential, live, mediaUrlLifetime);
  }

  public ChatConfig withTokenIssuer(String issuer) {
    return new ChatConfig(port, platformUrl, issuer, allowHttpOrigins, refreshLead, serviceCredential, live,
        mediaUrlLifetime);
  }

  public ChatConfig withAllowHttpOrigins(boolean allow) {
    return new ChatConfig(port, platformUrl, tokenIssuer, allow, refreshLead, serviceCredential, live,
        mediaUrlLifetime);
  }

  public ChatConfig withRefreshLead(Duration lead) {
    return new ChatConfig(port, platformUrl, tokenIssuer, allowHttpOrigins, lead, serviceCredential, live,
        mediaUrlLifetime);
  }

  public ChatConfig withServiceCredential(String credential) {
    return new ChatConfig(port, platformUrl, tokenIssuer, allowHttpOrigins, refreshLead, credential, live,
        mediaUrlLifetime);
  }

  public ChatConfig withMediaUrlLifetime(Duration lifetime) {
    return new ChatConfig(port, platformUrl, tokenIssuer, allowHttpOrigins, refreshLead, serviceCredential, live,
        lifetime);
  }

  public ChatConfig withLive(LiveSettings settings) {
    return new ChatConfig(port, platformUrl, tokenIssuer, allowHttpOrigins, refreshLead, serviceCredential, settings,
        mediaUrlLifetime);
  }

  /** The origin rules for {@code parentOrigin}: strict, or also plain http when {@link #allowHttpOrigins}. */
  public OriginPolicy originPolicy() {
    return OriginPolicy.of(allowHttpOrigins);
  }

  /** {@code {platformUrl}/v1/...}. */
  public URI platform(String pathAndQuery) {
    return URI.create(platformUrl + pathAndQuery);
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
