package com.pilotstatus.embed.platform.pairing;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Where pairing links live. Implementations are thread-safe; {@link #update} is atomic per link. */
public interface PairingLinkRepository {

  void save(PairingLink link);

  Optional<PairingLink> find(String token);

  List<PairingLink> findByNumber(String numberId);

  Optional<PairingLink> update(String token, UnaryOperator<PairingLink> change);
}
