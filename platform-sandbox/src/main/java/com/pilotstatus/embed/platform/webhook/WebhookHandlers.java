package com.pilotstatus.embed.platform.webhook;

import com.pilotstatus.embed.platform.auth.ApiKeys;
import com.pilotstatus.embed.platform.auth.Caller;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.http.JsonBody;
import com.pilotstatus.embed.platform.tenant.Tenant;
import com.pilotstatus.embed.platform.tenant.TenantRepository;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET/PUT /v1/webhooks}: the tenant's webhook URL and signing secret (the secret is never echoed). */
public final class WebhookHandlers {

  private final ApiKeys apiKeys;
  private final TenantRepository tenants;
  private final WebhookTarget targets;

  public WebhookHandlers(ApiKeys apiKeys, TenantRepository tenants, WebhookTarget targets) {
    this.apiKeys = apiKeys;
    this.tenants = tenants;
    this.targets = targets;
  }

  public void show(Context ctx) {
    Caller caller = apiKeys.requireTenant(ctx);
    ctx.json(view(tenants.find(caller.tenantId()).orElseThrow()));
  }

  public void replace(Context ctx) {
    Caller caller = apiKeys.requireTenant(ctx);
    JsonBody body = JsonBody.of(ctx);
    String url = body.requiredString("url");
    String secret = body.requiredString("secret");
    if (url.length() > 2048) {
      throw ApiError.invalid("url", "url must be at most 2048 characters");
    }
    String refusal = targets.refusal(url);
    if (refusal != null) {
      throw ApiError.invalid("url", refusal);
    }
    if (secret.length() < 16 || secret.length() > 256) {
      throw ApiError.invalid("secret", "secret must be 16 to 256 characters");
    }
    ctx.json(view(tenants.update(caller.tenantId(), t -> t.withWebhook(url, secret))));
  }

  private static Map<String, Object> view(Tenant tenant) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("url", tenant.webhookUrl());
    out.put("secretSet", tenant.webhookSecret() != null && !tenant.webhookSecret().isEmpty());
    return out;
  }
}
