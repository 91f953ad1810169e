package com.pilotstatus.embed.cdn;

import com.pilotstatus.embed.kit.config.Env;
import com.pilotstatus.embed.origin.OriginCheck;
import com.pilotstatus.embed.origin.OriginPolicy;
import java.util.Map;

/**
 * embed-cdn's settings, read once from the environment by {@link #fromEnv}.
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><th>variable</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code PS_CDN_PORT}</td><td>{@code 8083}</td><td>HTTP port (0 picks a free one)</td></tr>
 *   <tr><td>{@code PS_CHAT_ORIGIN}</td><td>{@code http://localhost:8081}</td><td>chat origin stamped into embed.js as
 *       its default {@code chatBaseUrl}</td></tr>
 *   <tr><td>{@code PS_CONNECT_ORIGIN}</td><td>{@code http://localhost:8082}</td><td>connect origin stamped into
 *       embed.js as its default {@code connectBaseUrl}</td></tr>
 * </table>
 *
 * @param port          the port to listen on; 0 for any free port
 * @param chatOrigin    the normalised chat origin ({@code scheme://host[:port]})
 * @param connectOrigin the normalised connect origin
 */
public record CdnConfig(int port, String chatOrigin, String connectOrigin) {

  public static final int DEFAULT_PORT = 8083;
  public static final String DEFAULT_CHAT_ORIGIN = "http://localhost:8081";
  public static final String DEFAULT_CONNECT_ORIGIN = "http://localhost:8082";

  /**
   * Checks the values and normalises both origins.
   *
   * @throws IllegalArgumentException when the port is out of range or an origin is not {@code scheme://host[:port]}
   */
  public CdnConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("PS_CDN_PORT must be 0..65535, got " + port);
    }
    chatOrigin = origin("PS_CHAT_ORIGIN", chatOrigin);
    connectOrigin = origin("PS_CONNECT_ORIGIN", connectOrigin);
  }

  /** The defaults: the local sandbox stack. */
  public static CdnConfig defaults() {
    return fromEnv(Map.of());
  }

  /** Reads {@code PS_CDN_PORT}, {@code PS_CHAT_ORIGIN} and {@code PS_CONNECT_ORIGIN} with {@link Env}'s rule. */
  public static CdnConfig fromEnv(Map<String, String> env) {
    return fromEnv(Env.of(env));
  }

  public static CdnConfig fromEnv(Env env) {
    return new CdnConfig(env.port("PS_CDN_PORT", DEFAULT_PORT),
        env.string("PS_CHAT_ORIGIN", DEFAULT_CHAT_ORIGIN),
        env.string("PS_CONNECT_ORIGIN", DEFAULT_CONNECT_ORIGIN));
  }

  private static String origin(String name, String raw) {
    OriginCheck check = OriginPolicy.allowingHttp().parse(raw);
    if (!check.isValid()) {
      throw new IllegalArgumentException(name + " '" + raw + "' " + check.error().sentence());
    }
    return check.origin().serialized();
  }
}
