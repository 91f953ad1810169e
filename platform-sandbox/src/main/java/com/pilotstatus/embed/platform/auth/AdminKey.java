package com.pilotstatus.embed.platform.auth;

import com.pilotstatus.embed.platform.error.ApiError;
import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The sandbox admin key: the credential for the {@code /v1/sandbox/*} controls that reach past one tenant (signing-key
 * rotation, fault injection, tenant creation). Sent as {@code x-api-key} like any key, but it is nobody's tenant key
 * and no tenant key opens these controls: a valid tenant key gets 403, anything else 401. Compared by hash in
 * constant time.
 */
public final class AdminKey {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] hash;
  private final ApiKeys apiKeys;

  public AdminKey(String secret, ApiKeys apiKeys) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("the sandbox admin key must not be empty");
    }
    this.hash = ApiKeys.hash(secret);
    this.apiKeys = apiKeys;
  }

  /** A fresh random admin key ({@code ps_admin_} + 192 bits), for a sandbox started without one. */
  public static String generate() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return "ps_admin_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Returns when {@code ctx} carries the admin key; 403 for a tenant or number key, 401 for anything else. */
  public void require(Context ctx) {
    String secret = ctx.header("x-api-key");
    if (secret != null && MessageDigest.isEqual(hash, ApiKeys.hash(secret))) {
      return;
    }
    if (apiKeys.isKnownSecret(secret)) {
      throw ApiError.forbidden("This sandbox control affects every tenant; it needs the sandbox admin key "
          + "(PS_SANDBOX_ADMIN_KEY), not a tenant key");
    }
    throw ApiError.unauthorized("This sandbox control needs the sandbox admin key in x-api-key "
        + "(PS_SANDBOX_ADMIN_KEY; printed at start when generated)");
  }
}
