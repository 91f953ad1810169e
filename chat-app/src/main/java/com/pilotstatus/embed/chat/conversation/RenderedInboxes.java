package com.pilotstatus.embed.chat.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.pilotstatus.embed.i18n.EmbedLocale;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code /fragments/inbox} HTML of recent requests, reused while nothing it shows has changed: every open inbox
 * asks for it on load and on each reconnect, thousands of agents see the same numbers, and rendering the list is most
 * of the fragment's cost.
 *
 * <p>Requirements: a reused fragment is byte for byte what a render would give now. The key holds everything the HTML
 * depends on besides the inbox data (tenant and numbers of the session, the number filter, locale, time zone and the
 * viewer's day, which the relative stamps such as "Yesterday" depend on); the data is matched by the versions of the
 * numbers' inboxes, read before the render ({@code InboxCache#versions}). Nothing per session or per request is in the
 * HTML, so sessions with the same key share it. Searches are not kept (rarely asked twice). Memory is bounded by the
 * HTML kept.
 */
public final class RenderedInboxes {

  /** What the HTML depends on, besides the inbox data. */
  record Key(String tenantId, List<String> numbers, String numberFilter, String statusFilter, EmbedLocale locale,
             ZoneId zone, LocalDate today) {
  }

  /** A rendered fragment (UTF-8, encoded once) and the total unread count it was rendered with. */
  record Entry(long[] versions, byte[] html, int unread) {
  }

  private final Cache<Key, Entry> cache;
  private final Counter hits;
  private final Counter misses;

  /** {@code maxBytes}: the HTML kept, in bytes. */
  public RenderedInboxes(long maxBytes, MeterRegistry meters) {
    this.cache = Caffeine.newBuilder()
        .maximumWeight(maxBytes)
        .weigher((Key key, Entry entry) -> entry.html().length)
        .build();
    this.hits = Counter.builder("chat.fragments.rendered").tag("result", "reused")
        .description("Inbox fragments served from an earlier render").register(meters);
    this.misses = Counter.builder("chat.fragments.rendered").tag("result", "rendered")
        .description("Inbox fragments rendered").register(meters);
  }

  /** The fragment kept for {@code key}, if it was rendered from exactly {@code versions}; else null. */
  Entry find(Key key, long[] versions) {
    Entry entry = cache.getIfPresent(key);
    if (entry != null && Arrays.equals(entry.versions(), versions)) {
      hits.increment();
      return entry;
    }
    misses.increment();
    return null;
  }

  void keep(Key key, long[] versions, byte[] html, int unread) {
    cache.put(key, new Entry(versions, html, unread));
  }
}
