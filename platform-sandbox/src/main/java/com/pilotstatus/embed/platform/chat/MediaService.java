package com.pilotstatus.embed.platform.chat;

import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.session.ChatClaims;
import com.pilotstatus.embed.protocol.MediaRules;
import java.time.Clock;

/**
 * Media files of conversations. Requirements: an upload is only an image or a document of {@link MediaRules}' types
 * and sizes (415 {@code unsupported_media_type} / 413 {@code payload_too_large}, nothing stored), to a number whose
 * plan includes media (402 {@code SUBSCRIPTION_REQUIRED_FOR_MEDIA}); an image's bytes
 * must be the image type it claims, so an HTML or SVG page cannot pass as a PNG; a file is read only by a caller
 * whose scope covers its conversation (404 otherwise, like a missing id).
 */
public final class MediaService {

  private final ChatService chat;
  private final MediaStore store;
  private final MediaSubscriptions plans;
  private final Clock clock;

  public MediaService(ChatService chat, MediaStore store, MediaSubscriptions plans, Clock clock) {
    this.chat = chat;
    this.store = store;
    this.plans = plans;
    this.clock = clock;
  }

  /** An agent's upload to conversation {@code conversationId}, to be sent with {@code mediaId}. */
  public MediaFile upload(ChatClaims claims, String conversationId, String contentType, String fileName, byte[] bytes) {
    Conversation conversation = chat.conversation(claims, conversationId);
    plans.require(conversation.whatsappNumberId());
    String kind = MediaRules.kindOf(contentType);
    if (kind == null) {
      throw ApiError.unsupportedType("Content-Type", "Send an image (JPEG, PNG, WebP) or a document (PDF, TXT, CSV,"
          + " Word, Excel, PowerPoint); " + (contentType == null ? "no type" : contentType) + " is not accepted");
    }
    if (bytes.length == 0) {
      throw ApiError.invalid("body", "The file is empty");
    }
    if (bytes.length > MediaRules.maxBytes(kind)) {
      throw ApiError.tooLarge("body", (kind.equals(MediaRules.IMAGE) ? "Images" : "Documents") + " may be at most "
          + MediaRules.maxBytes(kind) / (1024 * 1024) + " MB");
    }
    String type = MediaRules.baseType(contentType);
    if (!FileSignatures.matches(type, bytes)) {
      throw ApiError.unsupportedType("Content-Type", "The file's content is not " + type);
    }
    return store.save(MediaFile.of(conversation, kind, type, cleanName(fileName), bytes, clock.instant()));
  }

  /** A file for a chat token: 404 when missing or its conversation is outside the token's scope. */
  public MediaFile read(ChatClaims claims, String mediaId) {
    MediaFile file = store.find(mediaId).orElse(null);
    try {
      if (file != null) {
        chat.conversation(claims, file.conversationId());
        return file;
      }
    } catch (ApiError outsideScope) {
      // falls through: the same answer as a missing file, which must not name the conversation
    }
    throw ApiError.notFound("Media " + mediaId);
  }

  /** A file for a front-end instance (service credential), which checked the viewer's right itself (signed URL). */
  public MediaFile readInternal(String mediaId) {
    return store.find(mediaId).orElseThrow(() -> ApiError.notFound("Media " + mediaId));
  }

  /** The name without any path, control characters or quotes, at most 255 characters; {@code null} when none is left. */
  public static String cleanName(String fileName) {
    if (fileName == null) {
      return null;
    }
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
        .replaceAll("[\\p{Cntrl}\"]", "").trim();
    if (name.length() > MediaRules.MAX_FILE_NAME) {
      name = name.substring(name.length() - MediaRules.MAX_FILE_NAME);
    }
    return name.isEmpty() ? null : name;
  }
}
