package com.pilotstatus.embed.platform.number;

/** The documented Number object (docs/platform-api.md "Numbers"). {@code linkedApiKeyId} is always present. */
public record NumberView(String id, String instanceName, String number, String name, String state, String provider,
                         String linkedApiKeyId, String createdAt) {

  public static NumberView of(WhatsappNumber n) {
    return new NumberView(n.id(), n.instanceName(), n.number(), n.name(), n.state().name(), n.provider().name(),
        n.linkedApiKeyId(), n.createdAt().toString());
  }
}
