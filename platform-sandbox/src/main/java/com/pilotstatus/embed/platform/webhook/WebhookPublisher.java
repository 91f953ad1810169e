package com.pilotstatus.embed.platform.webhook;

/** Sends a tenant's events to its webhook, if it has one. */
public interface WebhookPublisher {

  /** Queues {@code type} with {@code data} for the tenant; returns at once. */
  void publish(String tenantId, String type, Object data);
}
