package com.pilotstatus.embed.platform.tenant;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

public final class InMemoryTenantRepository implements TenantRepository {

  private final ConcurrentHashMap<String, Tenant> tenants = new ConcurrentHashMap<>();

  @Override
  public void save(Tenant tenant) {
    tenants.put(tenant.id(), tenant);
  }

  @Override
  public Optional<Tenant> find(String id) {
    return Optional.ofNullable(tenants.get(id));
  }

  @Override
  public Tenant update(String id, UnaryOperator<Tenant> change) {
    Tenant updated = tenants.computeIfPresent(id, (key, current) -> change.apply(current));
    if (updated == null) {
      throw new NoSuchElementException("no tenant " + id);
    }
    return updated;
  }
}
