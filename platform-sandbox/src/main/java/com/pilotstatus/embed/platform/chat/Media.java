package com.pilotstatus.embed.platform.chat;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The file of a media message, as the Message object carries it ({@code media}); the bytes are fetched by
 * {@code id} ({@code GET /v1/embed/chat/media/{id}}).
 *
 * @param kind        {@code image|document|audio|voice|video|sticker}
 * @param fileName    the name the file was sent with ({@code null} when it had none)
 * @param thumbnailId a video's poster image, itself a media id ({@code null} when none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Media(String id, String kind, String mimeType, long size, String fileName, String thumbnailId) {

  public static Media of(MediaFile file, String thumbnailId) {
    return new Media(file.id(), file.kind(), file.mimeType(), file.bytes().length, file.fileName(), thumbnailId);
  }
}
