package com.pilotstatus.embed.connect.pairing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code pairing_outcomes_total} by outcome, as connect-app serves them: {@code batch_started} (a QR batch began),
 * {@code connected} (a page was told the number is open), {@code expired} (a link was unknown, used or expired),
 * {@code refused} (the platform refused a call: rate limit, bad request). Counted per answer, not per link: a page
 * reloaded after "connected" counts again, which is what an operator watching the rate wants to see anyway.
 */
public final class PairingOutcomes {

  private final Counter batchStarted;
  private final Counter connected;
  private final Counter expired;
  private final Counter refused;

  public PairingOutcomes(MeterRegistry meters) {
    this.batchStarted = counter(meters, "batch_started");
    this.connected = counter(meters, "connected");
    this.expired = counter(meters, "expired");
    this.refused = counter(meters, "refused");
  }

  private static Counter counter(MeterRegistry meters, String outcome) {
    return Counter.builder("pairing.outcomes").description("Pairing answers served, by outcome")
        .tag("outcome", outcome).register(meters);
  }

  /** Counts what {@code view} tells the page, when it is an outcome. */
  PairingView count(PairingView view) {
    if (view.is(PairingState.CONNECTED)) {
      connected.increment();
    } else if (view.is(PairingState.EXPIRED)) {
      expired.increment();
    }
    return view;
  }

  void batchStarted() {
    batchStarted.increment();
  }

  void refused() {
    refused.increment();
  }
}
