package com.pilotstatus.embed.platform.sandbox;

import com.pilotstatus.embed.platform.chat.ChatService.InboundFile;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.http.JsonBody;
import com.pilotstatus.embed.protocol.MediaRules;
import java.util.Base64;
import java.util.Set;

/**
 * The {@code media} of the sandbox's inbound control: {@code {kind, fileName?, mimeType?, dataBase64?}}. Without
 * bytes the sandbox makes a real sample of the kind ({@link SampleMedia}); with them, {@code mimeType} must name
 * them in the kind's family ({@code image/…} for images and stickers, {@code audio/…}, {@code video/…}).
 */
final class InboundMedia {

  private static final Set<String> KINDS = Set.of("image", "document", "audio", "voice", "video", "sticker");

  private InboundMedia() {
  }

  static InboundFile from(JsonBody media) {
    String kind = media.requiredString("kind");
    if (!KINDS.contains(kind)) {
      throw ApiError.invalid("media.kind", "kind must be one of image, document, audio, voice, video, sticker");
    }
    String fileName = media.optionalString("fileName");
    if (fileName != null && fileName.length() > MediaRules.MAX_FILE_NAME) {
      throw ApiError.invalid("media.fileName", "fileName must be at most " + MediaRules.MAX_FILE_NAME + " characters");
    }
    String data = media.optionalString("dataBase64");
    if (data == null) {
      return SampleMedia.of(kind, fileName);
    }
    String type = MediaRules.baseType(media.requiredString("mimeType"));
    if (type == null || !type.matches("[a-z0-9.+-]+/[a-z0-9.+-]+") || !inFamily(kind, type)) {
      throw ApiError.invalid("media.mimeType", "mimeType must be a type of the kind's family, e.g. image/png");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(data);
    } catch (IllegalArgumentException e) {
      throw ApiError.invalid("media.dataBase64", "dataBase64 must be standard base64");
    }
    if (bytes.length == 0 || bytes.length > MediaRules.MAX_DOCUMENT_BYTES) {
      throw ApiError.tooLarge("media.dataBase64", "A file may be 1 byte to "
          + MediaRules.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB");
    }
    return new InboundFile(kind, type, fileName, bytes, null);
  }

  private static boolean inFamily(String kind, String type) {
    return switch (kind) {
      case "image", "sticker" -> type.startsWith("image/");
      case "audio", "voice" -> type.startsWith("audio/");
      case "video" -> type.startsWith("video/");
      default -> true;
    };
  }
}
