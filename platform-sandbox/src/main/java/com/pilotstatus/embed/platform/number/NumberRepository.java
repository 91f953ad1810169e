package com.pilotstatus.embed.platform.number;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Where numbers live. Implementations are thread-safe; {@link #update} is atomic per number. */
public interface NumberRepository {

  void save(WhatsappNumber number);

  Optional<WhatsappNumber> find(String id);

  List<WhatsappNumber> findByTenant(String tenantId);

  /** Atomically replaces the number with {@code change(current)}; empty when it does not exist. */
  Optional<WhatsappNumber> update(String id, UnaryOperator<WhatsappNumber> change);

  Optional<WhatsappNumber> delete(String id);
}
