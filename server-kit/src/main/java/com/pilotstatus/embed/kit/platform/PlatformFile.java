package com.pilotstatus.embed.kit.platform;

/** A file the platform served: its bytes with the type and disposition it declared ({@link PlatformHttp#file}). */
public record PlatformFile(String contentType, String contentDisposition, byte[] bytes) {
}
