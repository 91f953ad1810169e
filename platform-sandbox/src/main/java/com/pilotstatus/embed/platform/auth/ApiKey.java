package com.pilotstatus.embed.platform.auth;

/**
 * A stored API key: only the SHA-256 of the secret is kept.
 *
 * @param numberId the number a number-scoped key is bound to; {@code null} for the tenant-scoped key
 */
public record ApiKey(String id, String tenantId, String numberId, byte[] secretHash) {

  public boolean isTenantScoped() {
    return numberId == null;
  }

  public ApiKey pointedAt(String newNumberId) {
    return new ApiKey(id, tenantId, newNumberId, secretHash);
  }
}
