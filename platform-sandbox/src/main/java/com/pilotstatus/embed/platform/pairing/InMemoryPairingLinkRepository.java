package com.pilotstatus.embed.platform.pairing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.pilotstatus.embed.platform.sandbox.ClockTicker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The sandbox's pairing links, in memory and bounded: a link is kept for {@link #RETENTION} after it was created (it
 * expires after 24 h; for a day more its page says "expired" rather than "not found"), and there are never more than
 * {@code maximumLinks}, so no flood of link creation can grow the sandbox's memory without end.
 */
public final class InMemoryPairingLinkRepository implements PairingLinkRepository {

  /** Twice a link's 24 h life. */
  public static final Duration RETENTION = Duration.ofHours(48);
  public static final long MAXIMUM_LINKS = 200_000;

  private final Cache<String, PairingLink> links;

  public InMemoryPairingLinkRepository(Clock clock) {
    this(clock, MAXIMUM_LINKS);
  }

  InMemoryPairingLinkRepository(Clock clock, long maximumLinks) {
    this.links = Caffeine.newBuilder()
        .expireAfterWrite(RETENTION)
        .maximumSize(maximumLinks)
        .ticker(ClockTicker.of(clock))
        .build();
  }

  @Override
  public void save(PairingLink link) {
    links.put(link.token(), link);
  }

  @Override
  public Optional<PairingLink> find(String token) {
    return Optional.ofNullable(links.getIfPresent(token));
  }

  @Override
  public List<PairingLink> findByNumber(String numberId) {
    return links.asMap().values().stream().filter(l -> l.numberId().equals(numberId)).toList();
  }

  @Override
  public Optional<PairingLink> update(String token, UnaryOperator<PairingLink> change) {
    // An update is a write: a link is kept for RETENTION after its last change (a consumption, say).
    return Optional.ofNullable(links.asMap().computeIfPresent(token, (key, current) -> change.apply(current)));
  }

  /** How many links are kept now (after pending evictions). */
  long size() {
    links.cleanUp();
    return links.estimatedSize();
  }
}
