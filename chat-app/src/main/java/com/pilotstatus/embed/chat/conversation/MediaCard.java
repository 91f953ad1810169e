package com.pilotstatus.embed.chat.conversation;

/**
 * The file or place of a bubble, ready to render.
 *
 * @param kind      {@code image|document|audio|voice|video|sticker|location}
 * @param url       the file's signed URL; for a location, the map link ({@code https:} only, built from numbers)
 * @param posterUrl a video's poster (signed), or {@code null}
 * @param title     the document's name, the place's name, or the kind in words
 * @param detail    a document's size and type ("48 KB · PDF"), a place's address or coordinates, or {@code ""}
 * @param openLabel what the open/download action says, in the viewer's locale
 */
public record MediaCard(String kind, String url, String posterUrl, String title, String detail, String openLabel) {

  public boolean isImage() {
    return kind.equals("image") || kind.equals("sticker");
  }

  public boolean isAudio() {
    return kind.equals("audio") || kind.equals("voice");
  }
}
