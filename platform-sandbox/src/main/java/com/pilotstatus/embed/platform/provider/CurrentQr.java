package com.pilotstatus.embed.platform.provider;

import java.time.Instant;

/**
 * The QR ref a connection shows right now.
 *
 * @param qrcode   the raw payload
 * @param refIndex 1-based position in the batch
 */
public record CurrentQr(String qrcode, String pairingCode, Instant expiresAt, int refIndex, int refCount) {
}
