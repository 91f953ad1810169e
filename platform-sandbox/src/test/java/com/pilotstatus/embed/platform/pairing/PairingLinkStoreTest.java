package com.pilotstatus.embed.platform.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.number.NumberProvider;
import com.pilotstatus.embed.platform.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 6: the pairing-link store never shrank, so a flood of link creation grew the sandbox's memory
 * without end. It is now bounded in time and in size; entries are counted after a flood.
 */
class PairingLinkStoreTest {

  @Test
  void a_flood_of_links_keeps_at_most_the_maximum() {
    MutableClock clock = MutableClock.startingNow();
    InMemoryPairingLinkRepository store = new InMemoryPairingLinkRepository(clock, 1_000);

    for (int i = 0; i < 20_000; i++) {
      store.save(link(clock.instant()));
    }

    assertThat(store.size()).isLessThanOrEqualTo(1_000);
  }

  @Test
  void links_are_forgotten_a_day_after_they_expire_and_kept_until_then() {
    MutableClock clock = MutableClock.startingNow();
    InMemoryPairingLinkRepository store = new InMemoryPairingLinkRepository(clock);
    PairingLink link = link(clock.instant());
    store.save(link);

    clock.advance(Duration.ofHours(47));
    assertThat(store.find(link.token())).as("expired, still answered as such").isPresent();

    clock.advance(Duration.ofHours(2));
    assertThat(store.find(link.token())).isEmpty();
    assertThat(store.size()).isZero();
  }

  private static PairingLink link(Instant now) {
    return new PairingLink(UUID.randomUUID().toString(), "tn_demo", "wa_" + UUID.randomUUID(), null,
        NumberProvider.values()[0], null, now, now.plus(Duration.ofHours(24)), null);
  }
}
