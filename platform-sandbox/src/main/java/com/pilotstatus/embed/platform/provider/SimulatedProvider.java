package com.pilotstatus.embed.platform.provider;

import java.time.Instant;

/**
 * The simulated WhatsApp side of a QR connection: makes batches of refs and a pairing code, and says which ref shows
 * when. State transitions live in {@code NumberService}; this class only knows the provider's rules.
 */
public final class SimulatedProvider {

  private final QrSchedule schedule;
  private final QrRefs refs = new QrRefs();
  private final PairingCodes codes = new PairingCodes();

  public SimulatedProvider(QrSchedule schedule) {
    this.schedule = schedule;
  }

  public QrSchedule schedule() {
    return schedule;
  }

  public Connection start(Instant now) {
    return new Connection(now, refs.batch(schedule.refs()), codes.next(), null);
  }

  /** True once the batch ran out without a scan. */
  public boolean isOver(Connection connection, Instant now) {
    return !connection.isScanned() && schedule.refIndexAt(connection.startedAt(), now) < 0;
  }

  /** True once a scanned connection finished linking. */
  public boolean isLinked(Connection connection, Instant now) {
    return connection.isScanned() && !now.isBefore(connection.scannedAt().plus(schedule.linking()));
  }

  /** The ref shown at {@code now}; during linking, the last ref shown. {@code null} when the batch is over. */
  public CurrentQr current(Connection connection, Instant now) {
    Instant at = connection.isScanned() ? connection.scannedAt() : now;
    int index = schedule.refIndexAt(connection.startedAt(), at);
    if (index < 0) {
      return null;
    }
    return new CurrentQr(connection.refs().get(index), connection.pairingCode(),
        schedule.refExpiresAt(connection.startedAt(), index), index + 1, schedule.refs());
  }
}
