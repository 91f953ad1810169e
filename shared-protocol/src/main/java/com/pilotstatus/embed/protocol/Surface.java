package com.pilotstatus.embed.protocol;

/** The embed surfaces. A message type belongs to one of them, or to both. */
public enum Surface {
  CHAT,
  CONNECT
}
