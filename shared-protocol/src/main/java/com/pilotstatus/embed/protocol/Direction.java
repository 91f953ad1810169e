package com.pilotstatus.embed.protocol;

/** Which way a message travels across the iframe boundary. */
public enum Direction {
  /** From the host page's SDK into an embed iframe. */
  PARENT_TO_FRAME,
  /** From an embed iframe up to the host page's SDK. */
  FRAME_TO_PARENT
}
