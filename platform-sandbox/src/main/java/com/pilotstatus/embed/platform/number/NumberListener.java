package com.pilotstatus.embed.platform.number;

/** What the rest of the platform hears about numbers (webhooks, the chat stream, pairing links). */
public interface NumberListener {

  default void created(WhatsappNumber number) {
  }

  /** Any change of {@code state}. */
  default void stateChanged(WhatsappNumber number) {
  }

  /** The number reached OPEN. */
  default void connected(WhatsappNumber number) {
  }

  default void removed(WhatsappNumber number) {
  }
}
