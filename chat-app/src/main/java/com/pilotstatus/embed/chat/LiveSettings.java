package com.pilotstatus.embed.chat;

import com.pilotstatus.embed.kit.config.Env;
import java.time.Duration;
import java.util.Map;

/**
 * The live path's limits and timings.
 *
 * <table>
 *   <tr><th>env var</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>PS_LIVE_MAX_STREAMS</td><td>20000</td><td>open streams per instance; the next gets 503 + Retry-After</td></tr>
 *   <tr><td>PS_LIVE_MAX_STREAMS_PER_SESSION</td><td>5</td><td>open streams per chat session; the next gets 429</td></tr>
 *   <tr><td>PS_LIVE_REPLAY_EVENTS</td><td>10000</td><td>feed events kept for browsers resuming with Last-Event-ID</td></tr>
 *   <tr><td>PS_LIVE_PROBE_MILLIS</td><td>1000</td><td>an idle stream gets a few bytes this often, so a browser that
 *       left is noticed (a write fails) within about 5 s</td></tr>
 *   <tr><td>PS_LIVE_HEARTBEAT_SECONDS</td><td>15</td><td>a named keep-alive comment for proxies at least this often</td></tr>
 *   <tr><td>PS_LIVE_MAX_BACKLOG_KB</td><td>256</td><td>unsent bytes a slow stream may hold before it is closed
 *       (the browser resumes with Last-Event-ID)</td></tr>
 *   <tr><td>PS_CHAT_CACHE_CONVERSATIONS</td><td>200000</td><td>conversations kept in memory, all numbers together</td></tr>
 *   <tr><td>PS_CHAT_CACHE_MESSAGES</td><td>200000</td><td>messages kept in memory, all threads together</td></tr>
 * </table>
 */
public record LiveSettings(int maxStreams, int maxStreamsPerSession, int replayEvents, Duration probeInterval,
                           Duration heartbeat, int maxBacklogBytes, long cacheConversations, long cacheMessages) {

  public LiveSettings {
    require(maxStreams >= 1, "PS_LIVE_MAX_STREAMS must be at least 1");
    require(maxStreamsPerSession >= 1, "PS_LIVE_MAX_STREAMS_PER_SESSION must be at least 1");
    require(replayEvents >= 1, "PS_LIVE_REPLAY_EVENTS must be at least 1");
    require(probeInterval.toMillis() >= 100, "PS_LIVE_PROBE_MILLIS must be at least 100");
    require(!heartbeat.isNegative() && !heartbeat.isZero(), "PS_LIVE_HEARTBEAT_SECONDS must be at least 1");
    require(maxBacklogBytes >= 4096, "PS_LIVE_MAX_BACKLOG_KB must be at least 4");
    require(cacheConversations >= 1 && cacheMessages >= 1, "PS_CHAT_CACHE_* must be at least 1");
  }

  public static LiveSettings defaults() {
    return fromEnv(Env.of(Map.of()));
  }

  public static LiveSettings fromEnv(Env env) {
    return new LiveSettings(
        env.integer("PS_LIVE_MAX_STREAMS", 20_000, 1, 1_000_000),
        env.integer("PS_LIVE_MAX_STREAMS_PER_SESSION", 5, 1, 1_000),
        env.integer("PS_LIVE_REPLAY_EVENTS", 10_000, 1, 10_000_000),
        env.millis("PS_LIVE_PROBE_MILLIS", Duration.ofMillis(1_000), Duration.ofMillis(100)),
        env.seconds("PS_LIVE_HEARTBEAT_SECONDS", Duration.ofSeconds(15), Duration.ofSeconds(1)),
        env.integer("PS_LIVE_MAX_BACKLOG_KB", 256, 4, 1_048_576) * 1024,
        env.integer("PS_CHAT_CACHE_CONVERSATIONS", 200_000, 1, Integer.MAX_VALUE),
        env.integer("PS_CHAT_CACHE_MESSAGES", 200_000, 1, Integer.MAX_VALUE));
  }

  public LiveSettings withMaxStreams(int value) {
    return new LiveSettings(value, maxStreamsPerSession, replayEvents, probeInterval, heartbeat, maxBacklogBytes,
        cacheConversations, cacheMessages);
  }

  public LiveSettings withReplayEvents(int value) {
    return new LiveSettings(maxStreams, maxStreamsPerSession, value, probeInterval, heartbeat, maxBacklogBytes,
        cacheConversations, cacheMessages);
  }

  public LiveSettings withMaxBacklogBytes(int value) {
    return new LiveSettings(maxStreams, maxStreamsPerSession, replayEvents, probeInterval, heartbeat, value,
        cacheConversations, cacheMessages);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
