package com.pilotstatus.embed.platform.chat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The sandbox's media files, in memory (a real platform keeps them in object storage). */
public final class MediaStore {

  private final Map<String, MediaFile> files = new ConcurrentHashMap<>();

  public MediaFile save(MediaFile file) {
    files.put(file.id(), file);
    return file;
  }

  public Optional<MediaFile> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(files.get(id));
  }

  /** Drops a removed number's files with its conversations. */
  public void deleteByNumber(String whatsappNumberId) {
    files.values().removeIf(f -> f.whatsappNumberId().equals(whatsappNumberId));
  }
}
