package com.pilotstatus.embed.protocol;

import com.pilotstatus.embed.origin.Ascii;

/**
 * What an agent may send as media, declared once for the platform, chat-app and the chat runtime (which refuses a file
 * before uploading it): images ({@code image/jpeg}, {@code image/png}, {@code image/webp}) up to
 * {@link #MAX_IMAGE_BYTES} and documents (PDF, plain text, CSV, Word, Excel, PowerPoint) up to
 * {@link #MAX_DOCUMENT_BYTES}. WhatsApp's own limits are 5 MB and 100 MB; the document limit is lower so an upload
 * fits comfortably in one request. Nothing that a browser renders as a page (HTML, SVG, XML) is ever accepted.
 *
 * <p>Plain comparisons only: the chat runtime compiles this with TeaVM and stays small.
 */
public final class MediaRules {

  /** An image: shown as a thumbnail that opens full size. */
  public static final String IMAGE = "image";
  /** Any other file: shown with its name and size, downloaded. */
  public static final String DOCUMENT = "document";

  public static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;
  public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
  /** The longest caption WhatsApp accepts. */
  public static final int MAX_CAPTION = 1024;
  /** The longest file name kept. */
  public static final int MAX_FILE_NAME = 255;

  private static final String[] IMAGE_TYPES = {"image/jpeg", "image/png", "image/webp"};
  private static final String[] DOCUMENT_TYPES = {
      "application/pdf", "text/plain", "text/csv", "application/msword",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation"};

  /** The file input's {@code accept}: the types above. */
  public static final String ACCEPT = "image/jpeg,image/png,image/webp,.pdf,.txt,.csv,.doc,.docx,.xls,.xlsx,.ppt,.pptx";

  private MediaRules() {
  }

  /** {@link #IMAGE}, {@link #DOCUMENT}, or {@code null} for a type that may not be sent. Parameters are ignored. */
  public static String kindOf(String contentType) {
    String type = baseType(contentType);
    if (type == null) {
      return null;
    }
    for (String t : IMAGE_TYPES) {
      if (t.equals(type)) {
        return IMAGE;
      }
    }
    for (String t : DOCUMENT_TYPES) {
      if (t.equals(type)) {
        return DOCUMENT;
      }
    }
    return null;
  }

  /** The largest file of {@code kind} ({@link #IMAGE} or {@link #DOCUMENT}). */
  public static int maxBytes(String kind) {
    return IMAGE.equals(kind) ? MAX_IMAGE_BYTES : MAX_DOCUMENT_BYTES;
  }

  /** {@code image/png; charset=x} → {@code image/png}, lower case; {@code null} for null or blank. */
  public static String baseType(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String type = Ascii.toLowerCase((semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim());
    return type.isEmpty() ? null : type;
  }
}
