package com.pilotstatus.embed.platform.number;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

public final class InMemoryNumberRepository implements NumberRepository {

  private final ConcurrentHashMap<String, WhatsappNumber> numbers = new ConcurrentHashMap<>();

  @Override
  public void save(WhatsappNumber number) {
    numbers.put(number.id(), number);
  }

  @Override
  public Optional<WhatsappNumber> find(String id) {
    return Optional.ofNullable(numbers.get(id));
  }

  @Override
  public List<WhatsappNumber> findByTenant(String tenantId) {
    return numbers.values().stream()
        .filter(n -> n.tenantId().equals(tenantId))
        .sorted(Comparator.comparing(WhatsappNumber::createdAt).thenComparing(WhatsappNumber::id))
        .toList();
  }

  @Override
  public Optional<WhatsappNumber> update(String id, UnaryOperator<WhatsappNumber> change) {
    return Optional.ofNullable(numbers.computeIfPresent(id, (key, current) -> change.apply(current)));
  }

  @Override
  public Optional<WhatsappNumber> delete(String id) {
    return Optional.ofNullable(numbers.remove(id));
  }
}
