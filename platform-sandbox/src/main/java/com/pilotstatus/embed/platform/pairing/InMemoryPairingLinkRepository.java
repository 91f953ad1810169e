package com.pilotstatus.embed.platform.pairing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

public final class InMemoryPairingLinkRepository implements PairingLinkRepository {

  private final ConcurrentHashMap<String, PairingLink> links = new ConcurrentHashMap<>();

  @Override
  public void save(PairingLink link) {
    links.put(link.token(), link);
  }

  @Override
  public Optional<PairingLink> find(String token) {
    return Optional.ofNullable(links.get(token));
  }

  @Override
  public List<PairingLink> findByNumber(String numberId) {
    return links.values().stream().filter(l -> l.numberId().equals(numberId)).toList();
  }

  @Override
  public Optional<PairingLink> update(String token, UnaryOperator<PairingLink> change) {
    return Optional.ofNullable(links.computeIfPresent(token, (key, current) -> change.apply(current)));
  }
}
