package com.pilotstatus.embed.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.testing.HostileEnvelopes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, "Fuzzing": 12,000 generated hostile envelopes (seeded, {@link HostileEnvelopes}) against the JVM envelope
 * decoder, each to the receiver it is aimed at. Counts what was accepted and what threw; both must be 0. The same
 * cases are replayed against the compiled decoder in Chromium by {@code HostileEnvelopesIT}.
 */
class EnvelopeFuzzTest {

  static final int CASES = 12_000;

  @Test
  void decode_hostileEnvelopes_acceptsNoneAndNeverThrows() {
    List<HostileEnvelopes.Case> cases = new HostileEnvelopes(20261206L).generate(CASES);
    int accepted = 0;
    int thrown = 0;
    Map<String, Integer> kinds = new TreeMap<>();
    StringBuilder firstAccepted = new StringBuilder();
    for (HostileEnvelopes.Case c : cases) {
      kinds.merge(c.kind(), 1, Integer::sum);
      try {
        String verdict = EnvelopeText.verdict(c.json(), c.receiver(), c.surface());
        if (verdict.startsWith("accepted")) {
          accepted++;
          if (firstAccepted.length() == 0) {
            firstAccepted.append(c.kind()).append(' ').append(c.receiver()).append('/').append(c.surface())
                .append(' ').append(c.json(), 0, Math.min(300, c.json().length()));
          }
        }
      } catch (Throwable t) {
        thrown++;
      }
    }
    System.out.println("[fuzz] JVM envelope decoder: tried " + cases.size() + ", accepted " + accepted
        + ", thrown " + thrown + " " + kinds);
    assertThat(cases).hasSizeGreaterThanOrEqualTo(10_000);
    assertThat(accepted).as("accepted; first: %s", firstAccepted).isZero();
    assertThat(thrown).as("thrown").isZero();
  }
}
