package com.pilotstatus.embed.connect.pairing;

import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.branding.Branding;
import com.pilotstatus.embed.kit.platform.PlatformReply;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A valid pairing link as {@code GET /v1/remote-pairing/{token}} describes it.
 *
 * @param branding the platform's layer: the link's {@code brandingOverride} over the tenant's branding, unvalidated
 *                 here (the resolver validates every value)
 */
public record PairingLink(String name, String maskedNumber, String state, String provider, String metaFlow,
                          Branding branding) {

  public static PairingLink from(PlatformReply reply) {
    JsonNode json = reply.json();
    Map<String, String> branding = new LinkedHashMap<>();
    json.path("branding").fields().forEachRemaining(e -> {
      if (e.getValue().isTextual()) {
        branding.put(e.getKey(), e.getValue().asText());
      }
    });
    return new PairingLink(reply.text("name"), reply.text("maskedNumber"), reply.text("state"),
        reply.text("provider"), reply.text("metaFlow"), Branding.fromMap(branding));
  }

  public boolean isMeta() {
    return "META".equals(provider);
  }

  /** {@code metaFlow} is {@code embedded} unless the link says {@code credentials} (the platform's default). */
  public boolean isMetaCredentials() {
    return isMeta() && "credentials".equals(metaFlow);
  }
}
