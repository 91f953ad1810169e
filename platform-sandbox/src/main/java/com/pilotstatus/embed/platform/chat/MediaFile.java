package com.pilotstatus.embed.platform.chat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A stored file of one conversation: what an agent uploaded or a contact sent. Bound to its conversation (and so to
 * its number and tenant): only a caller whose scope covers that conversation may read it.
 *
 * @param sha256 the content's hash (hex): a retried send of the same file under the same Idempotency-Key is the same send
 */
public record MediaFile(String id, String tenantId, String whatsappNumberId, String conversationId, String kind,
                        String mimeType, String fileName, byte[] bytes, String sha256, Instant createdAt) {

  /** A new file of {@code conversation}, with a fresh {@code med_…} id. */
  public static MediaFile of(Conversation conversation, String kind, String mimeType, String fileName, byte[] bytes,
                             Instant at) {
    return new MediaFile("med_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20),
        conversation.tenantId(), conversation.whatsappNumberId(), conversation.id(), kind, mimeType, fileName, bytes,
        sha256(bytes), at);
  }

  /** Inline for what a browser shows in place (images, audio, video, stickers); a download for documents. */
  public boolean isInline() {
    return !"document".equals(kind);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
