package com.pilotstatus.embed.platform.chat;

/**
 * Whether a file's first bytes are what its declared type says, for the types a browser would render if fooled:
 * images and PDF. (Other documents are served as downloads with {@code nosniff}; their content is not parsed.)
 */
final class FileSignatures {

  private FileSignatures() {
  }

  static boolean matches(String type, byte[] b) {
    return switch (type) {
      case "image/png" -> startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
      case "image/jpeg" -> startsWith(b, 0, 0xFF, 0xD8, 0xFF);
      case "image/webp" -> startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P');
      case "application/pdf" -> startsWith(b, 0, '%', 'P', 'D', 'F', '-');
      default -> true;
    };
  }

  private static boolean startsWith(byte[] bytes, int offset, int... expected) {
    if (bytes.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((bytes[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
