package com.pilotstatus.embed.platform.auth;

import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.kit.logging.RequestLogPlugin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Issues and checks API keys (seed 002): {@code x-api-key: ps_…} or {@code x-api-key-id: key_…}.
 * {@code Authorization: Bearer} is never an API key. Secrets are stored as SHA-256 hashes and compared in constant time.
 */
public final class ApiKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ApiKeyRepository repository;

  public ApiKeys(ApiKeyRepository repository) {
    this.repository = repository;
  }

  /** Stores a key with the given secret; {@code numberId} null makes it tenant-scoped. */
  public ApiKey register(String keyId, String tenantId, String numberId, String secret) {
    ApiKey key = new ApiKey(keyId, tenantId, numberId, hash(secret));
    repository.save(key);
    return key;
  }

  /** Creates a key with a fresh random secret; returns the secret (shown once). */
  public String issue(String keyId, String tenantId, String numberId) {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String secret = "ps_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    register(keyId, tenantId, numberId, secret);
    return secret;
  }

  /** The caller of {@code ctx}, or 401 naming what is wrong. */
  public Caller authenticate(Context ctx) {
    String secret = ctx.header("x-api-key");
    String keyId = ctx.header("x-api-key-id");
    ApiKey key;
    if (secret != null && !secret.isEmpty()) {
      if (!secret.startsWith("ps_")) {
        throw ApiError.unauthorized("Invalid x-api-key: keys start with ps_");
      }
      key = repository.findBySecretHash(hash(secret)).orElse(null);
    } else if (keyId != null && !keyId.isEmpty()) {
      key = repository.findById(keyId).orElse(null);
    } else if (ctx.header("Authorization") != null) {
      throw ApiError.unauthorized(
          "The API does not use Authorization: Bearer; send your key in the x-api-key header (ps_...)");
    } else {
      throw ApiError.unauthorized("Missing x-api-key header; send your key as x-api-key: ps_...");
    }
    if (key == null) {
      throw ApiError.unauthorized("Invalid API key");
    }
    RequestLogPlugin.tenant(ctx, key.tenantId()); // the request log says whose call it was
    return new Caller(key.tenantId(), key.id(), key.numberId());
  }

  /** The caller of {@code ctx} when it holds the tenant-scoped key; 403 for a number-scoped key. */
  public Caller requireTenant(Context ctx) {
    Caller caller = authenticate(ctx);
    if (!caller.isTenantScoped()) {
      throw ApiError.forbidden("This endpoint needs the tenant-scoped API key; number-scoped keys cannot call it");
    }
    return caller;
  }

  /** Re-points a number-scoped key at another number ({@code linkToApiKey}). */
  public void repoint(String keyId, String numberId) {
    repository.findById(keyId).ifPresent(key -> repository.save(key.pointedAt(numberId)));
  }

  static byte[] hash(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
