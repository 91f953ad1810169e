package com.pilotstatus.embed.platform.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The revocation stores stay bounded under a flood and forget after the longest token lifetime (issue 16, item 6). */
class RevocationsTest {

  @Test
  void a_flood_of_minted_and_revoked_sessions_keeps_at_most_the_bound() {
    MutableClock clock = MutableClock.startingNow();
    Revocations revocations = new Revocations(clock, 1_000);
    for (int i = 0; i < 50_000; i++) {
      revocations.issued("jti-" + i, "tn_flood", "ses_" + i);
      revocations.revoke("tn_flood", "jti-" + i);
    }
    long kept = revocations.size();
    System.out.println("[flood] revocations: 50000 minted and revoked, entries kept " + kept);
    assertThat(kept).isLessThanOrEqualTo(2_000);
  }

  @Test
  void entries_are_forgotten_after_the_longest_token_lifetime() {
    MutableClock clock = MutableClock.startingNow();
    Revocations revocations = new Revocations(clock);
    revocations.issued("jti-1", "tn_a", "ses_1");
    assertThat(revocations.revoke("tn_b", "jti-1")).as("another tenant").isEmpty();
    assertThat(revocations.revoke("tn_a", "jti-1")).isPresent();
    assertThat(revocations.isRevoked("ses_1")).isTrue();

    clock.advance(Duration.ofSeconds(ChatTokens.MAX_TTL_SECONDS + 1));

    assertThat(revocations.size()).isZero();
  }
}
