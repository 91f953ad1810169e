package com.pilotstatus.embed.platform.auth;

import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.kit.logging.RequestLogPlugin;
import com.pilotstatus.embed.platform.http.ClientAddress;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Issues and checks API keys (seed 002): {@code x-api-key: ps_…} or {@code x-api-key-id: key_…}.
 * {@code Authorization: Bearer} is never an API key. Secrets are stored as SHA-256 hashes and compared in constant time.
 *
 * <p>A key id is not a secret (it is printed, logged by gateways, shown in dashboards). Seed 002 allows
 * {@code x-api-key-id} for a gateway that has already authenticated the caller, so it is accepted only when
 * {@code PS_TRUST_KEY_ID_HEADER=true} and the socket peer is one of {@code PS_TRUSTED_PROXIES}; anywhere else it is
 * a 401. Key ids are {@code key_} + 128 random bits ({@link #newKeyId()}), never derived from a name.
 */
public final class ApiKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ApiKeyRepository repository;
  private final boolean trustKeyIdHeader;
  private final ClientAddress clients;

  /**
   * @param trustKeyIdHeader accept {@code x-api-key-id} without the secret, from {@code clients}' trusted proxies only
   */
  public ApiKeys(ApiKeyRepository repository, boolean trustKeyIdHeader, ClientAddress clients) {
    this.repository = repository;
    this.trustKeyIdHeader = trustKeyIdHeader;
    this.clients = clients;
  }

  /** A fresh key id: {@code key_} and 128 random bits in hex; unguessable, so knowing one proves nothing else. */
  public static String newKeyId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return "key_" + java.util.HexFormat.of().formatHex(bytes);
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
      if (!trustKeyIdHeader || !clients.isFromTrustedProxy(ctx)) {
        throw ApiError.unauthorized("x-api-key-id is accepted only from a trusted gateway; send your key as "
            + "x-api-key: ps_...");
      }
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

  /** True when {@code secret} is a stored API key (any scope). */
  public boolean isKnownSecret(String secret) {
    return secret != null && repository.findBySecretHash(hash(secret)).isPresent();
  }

  static byte[] hash(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
