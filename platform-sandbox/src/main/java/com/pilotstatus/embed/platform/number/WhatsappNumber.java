package com.pilotstatus.embed.platform.number;

import com.pilotstatus.embed.platform.provider.Connection;
import java.time.Instant;

/**
 * A WhatsApp number of a tenant.
 *
 * @param number     digits only, e.g. {@code 5511999999999}
 * @param connection the running QR connection attempt, or {@code null}
 * @param meta       the WABA of a connected Meta number, or {@code null}
 */
public record WhatsappNumber(
    String id,
    String tenantId,
    String instanceName,
    String number,
    String name,
    NumberProvider provider,
    NumberState state,
    String linkedApiKeyId,
    Instant createdAt,
    Connection connection,
    MetaAccount meta) {

  public WhatsappNumber withState(NumberState value, Connection newConnection) {
    return new WhatsappNumber(id, tenantId, instanceName, number, name, provider, value, linkedApiKeyId, createdAt,
        newConnection, meta);
  }

  public WhatsappNumber connectedToMeta(MetaAccount account) {
    return new WhatsappNumber(id, tenantId, instanceName, number, name, provider, NumberState.OPEN, linkedApiKeyId,
        createdAt, null, account);
  }

  /** The pairing phase shown by the connect page: idle, qr, linking or open. */
  public String phase() {
    switch (state) {
      case OPEN:
        return "open";
      case CONNECTING:
        return connection != null && connection.isScanned() ? "linking" : "qr";
      case CLOSE:
      default:
        return "idle";
    }
  }
}
