package com.pilotstatus.embed.platform.provider;

import java.time.Instant;
import java.util.List;

/**
 * One connection attempt of an unofficial (QR) number: a batch of QR refs and one pairing code.
 *
 * @param refs        the QR payloads, shown one after another
 * @param pairingCode 8 characters shown {@code XXXX-XXXX}
 * @param scannedAt   when the phone scanned (or typed the code), {@code null} while waiting
 */
public record Connection(Instant startedAt, List<String> refs, String pairingCode, Instant scannedAt) {

  public Connection {
    refs = List.copyOf(refs);
  }

  public boolean isScanned() {
    return scannedAt != null;
  }

  public Connection scanned(Instant at) {
    return new Connection(startedAt, refs, pairingCode, at);
  }
}
