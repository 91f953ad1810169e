package com.pilotstatus.embed.platform.auth;

import java.util.Optional;

/** Where API keys live. Implementations are thread-safe. */
public interface ApiKeyRepository {

  void save(ApiKey key);

  Optional<ApiKey> findById(String id);

  /** The key whose secret hashes to {@code secretHash}; implementations compare hashes in constant time. */
  Optional<ApiKey> findBySecretHash(byte[] secretHash);
}
