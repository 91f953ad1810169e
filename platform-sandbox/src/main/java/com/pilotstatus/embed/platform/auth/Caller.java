package com.pilotstatus.embed.platform.auth;

/**
 * Who is calling, as established by the API key.
 *
 * @param numberId the key's number for a number-scoped key, {@code null} for a tenant-scoped key
 */
public record Caller(String tenantId, String keyId, String numberId) {

  public boolean isTenantScoped() {
    return numberId == null;
  }

  /** True when this caller may see the number: a tenant key sees its tenant's, a number key only its own. */
  public boolean canSee(String numberTenantId, String id) {
    return tenantId.equals(numberTenantId) && (numberId == null || numberId.equals(id));
  }
}
