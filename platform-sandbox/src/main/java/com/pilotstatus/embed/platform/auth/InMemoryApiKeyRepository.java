package com.pilotstatus.embed.platform.auth;

import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** API keys in memory. Lookups walk every key and compare hashes with {@link MessageDigest#isEqual}. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {

  private final ConcurrentHashMap<String, ApiKey> byId = new ConcurrentHashMap<>();

  @Override
  public void save(ApiKey key) {
    byId.put(key.id(), key);
  }

  @Override
  public Optional<ApiKey> findById(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<ApiKey> findBySecretHash(byte[] secretHash) {
    ApiKey found = null;
    for (ApiKey key : byId.values()) {
      if (MessageDigest.isEqual(key.secretHash(), secretHash)) {
        found = key;
      }
    }
    return Optional.ofNullable(found);
  }
}
