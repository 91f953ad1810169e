package com.pilotstatus.embed.platform.tenant;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** Where tenants live. Implementations are thread-safe. */
public interface TenantRepository {

  void save(Tenant tenant);

  Optional<Tenant> find(String id);

  /** Atomically replaces the tenant with {@code change(current)}; returns the new value. */
  Tenant update(String id, UnaryOperator<Tenant> change);
}
