package com.pilotstatus.embed.kit.config;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * What the kit itself reads, the same for every server.
 *
 * @param logFormat      {@code PS_LOG_FORMAT} ({@code text}): {@code json} makes every log line one JSON object
 * @param logRequests    {@code PS_LOG_REQUESTS} ({@code errors}): {@code all} also logs each 1xx–3xx request at INFO
 *                       (by default they are DEBUG, so a busy server does not flood its log)
 * @param managementPort {@code PS_MANAGEMENT_PORT} (unset): serve {@code /metrics} on this port instead of the app's
 * @param shutdownGrace  {@code PS_SHUTDOWN_GRACE_SECONDS} (10): how long SIGTERM waits for in-flight requests
 */
public record KitSettings(LogFormat logFormat, LogRequests logRequests, OptionalInt managementPort,
                          Duration shutdownGrace) {

  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

  /** {@code text} for people at a terminal ({@code ./sandbox.sh}); {@code json} for a log pipeline. */
  public enum LogFormat { TEXT, JSON }

  /** Which requests reach the log at INFO: only failures (4xx at INFO, 5xx at WARN), or all of them. */
  public enum LogRequests { ERRORS, ALL }

  public static KitSettings defaults() {
    return fromEnv(Env.of(java.util.Map.of()));
  }

  public static KitSettings fromEnv(Env env) {
    return new KitSettings(
        env.oneOf("PS_LOG_FORMAT", LogFormat.class, LogFormat.TEXT),
        env.oneOf("PS_LOG_REQUESTS", LogRequests.class, LogRequests.ERRORS),
        env.isSet("PS_MANAGEMENT_PORT") ? OptionalInt.of(env.port("PS_MANAGEMENT_PORT", 0)) : OptionalInt.empty(),
        env.seconds("PS_SHUTDOWN_GRACE_SECONDS", DEFAULT_GRACE, Duration.ofSeconds(1)));
  }

  public KitSettings withManagementPort(int port) {
    return new KitSettings(logFormat, logRequests, OptionalInt.of(port), shutdownGrace);
  }

  public KitSettings withShutdownGrace(Duration grace) {
    return new KitSettings(logFormat, logRequests, managementPort, grace);
  }
}
