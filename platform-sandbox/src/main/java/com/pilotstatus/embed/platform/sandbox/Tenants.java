package com.pilotstatus.embed.platform.sandbox;

import com.pilotstatus.embed.branding.Branding;
import com.pilotstatus.embed.platform.auth.ApiKeys;
import com.pilotstatus.embed.platform.number.WhatsappNumber;
import com.pilotstatus.embed.platform.tenant.Tenant;
import com.pilotstatus.embed.platform.tenant.TenantRepository;
import java.util.UUID;

/** Creates tenants and keys in the sandbox (the real platform does this in its dashboard). */
public final class Tenants {

  private final TenantRepository tenants;
  private final ApiKeys apiKeys;

  public Tenants(TenantRepository tenants, ApiKeys apiKeys) {
    this.tenants = tenants;
    this.apiKeys = apiKeys;
  }

  /** What was created; {@code apiKey} is the only copy of the secret. */
  public record Created(String tenantId, String keyId, String apiKey) {
  }

  public Created create(String name) {
    String id = "tn_" + shortId();
    tenants.save(new Tenant(id, name, Branding.EMPTY, null, null));
    String keyId = ApiKeys.newKeyId();
    return new Created(id, keyId, apiKeys.issue(keyId, id, null));
  }

  public Created numberKey(WhatsappNumber number) {
    String keyId = ApiKeys.newKeyId();
    return new Created(number.tenantId(), keyId, apiKeys.issue(keyId, number.tenantId(), number.id()));
  }

  private static String shortId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }
}
