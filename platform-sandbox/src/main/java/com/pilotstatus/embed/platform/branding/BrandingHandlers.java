package com.pilotstatus.embed.platform.branding;

import com.pilotstatus.embed.branding.Branding;
import com.pilotstatus.embed.branding.BrandingField;
import com.pilotstatus.embed.branding.BrandingRules;
import com.pilotstatus.embed.platform.auth.ApiKeys;
import com.pilotstatus.embed.platform.auth.Caller;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.http.JsonBody;
import com.pilotstatus.embed.platform.tenant.Tenant;
import com.pilotstatus.embed.platform.tenant.TenantRepository;
import io.javalin.http.Context;
import java.util.Map;

/** {@code GET/PUT /v1/branding}: the tenant's branding layer, validated with shared-protocol's rules. */
public final class BrandingHandlers {

  private final ApiKeys apiKeys;
  private final TenantRepository tenants;
  private final BrandingRules rules;

  public BrandingHandlers(ApiKeys apiKeys, TenantRepository tenants, BrandingRules rules) {
    this.apiKeys = apiKeys;
    this.tenants = tenants;
    this.rules = rules;
  }

  public void show(Context ctx) {
    Caller caller = apiKeys.requireTenant(ctx);
    Branding branding = tenants.find(caller.tenantId()).map(Tenant::branding).orElse(Branding.EMPTY);
    ctx.json(Map.of("branding", branding.toMap()));
  }

  /** Replaces the tenant branding; accepts {@code {branding:{…}}} or the fields at the top level. */
  public void replace(Context ctx) {
    Caller caller = apiKeys.requireTenant(ctx);
    JsonBody body = JsonBody.of(ctx);
    JsonBody layer = body.has("branding") ? body.optionalObject("branding") : body;
    Branding branding = validated(rules, layer);
    Tenant tenant = tenants.update(caller.tenantId(), t -> t.withBranding(branding));
    ctx.json(Map.of("branding", tenant.branding().toMap()));
  }

  /** The layer in {@code object}, normalised; 400 naming the first bad or unknown field. */
  public static Branding validated(BrandingRules rules, JsonBody object) {
    Map<String, String> raw = object.stringMembers();
    Branding.Builder builder = Branding.builder();
    for (Map.Entry<String, String> entry : raw.entrySet()) {
      BrandingField field = BrandingField.fromWireName(entry.getKey());
      if (field == null) {
        throw ApiError.invalid(object.path(entry.getKey()), object.path(entry.getKey())
            + " is not a branding field (logoUrl, primaryColor, backgroundColor, textColor, title, subtitle,"
            + " companyName)");
      }
      String value = rules.normalize(field, entry.getValue());
      if (value == null) {
        throw ApiError.invalid(object.path(field.wireName()), object.path(field.wireName()) + " "
            + rules.describe(field));
      }
      builder.set(field, value);
    }
    return builder.build();
  }
}
