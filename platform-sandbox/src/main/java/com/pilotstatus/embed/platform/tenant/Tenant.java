package com.pilotstatus.embed.platform.tenant;

import com.pilotstatus.embed.branding.Branding;

/**
 * A platform customer (the host SaaS).
 *
 * @param branding      the saved tenant branding layer ({@code GET/PUT /v1/branding}), validated
 * @param webhookUrl    where events are POSTed, or {@code null}
 * @param webhookSecret the HMAC secret of the webhook, or {@code null}
 */
public record Tenant(String id, String name, Branding branding, String webhookUrl, String webhookSecret) {

  public Tenant withBranding(Branding value) {
    return new Tenant(id, name, value, webhookUrl, webhookSecret);
  }

  public Tenant withWebhook(String url, String secret) {
    return new Tenant(id, name, branding, url, secret);
  }
}
