package com.pilotstatus.embed.platform.pairing;

import com.pilotstatus.embed.branding.Branding;
import com.pilotstatus.embed.platform.number.NumberProvider;
import java.time.Instant;

/**
 * A hosted pairing link (seed 003): a random UUID that authorises only this link's public endpoints, for 24 h, until
 * its number connects.
 *
 * @param brandingOverride the per-link branding, snapshotted at creation (validated)
 * @param metaFlow         {@code embedded} or {@code credentials} for Meta links, {@code null} for QR links
 * @param consumedAt       when the number connected through it, or {@code null}
 */
public record PairingLink(String token, String tenantId, String numberId, Branding brandingOverride,
                          NumberProvider provider, String metaFlow, Instant createdAt, Instant expiresAt,
                          Instant consumedAt) {

  public boolean isUsable(Instant now) {
    return consumedAt == null && now.isBefore(expiresAt);
  }

  public PairingLink consumed(Instant at) {
    return new PairingLink(token, tenantId, numberId, brandingOverride, provider, metaFlow, createdAt, expiresAt, at);
  }
}
