package com.pilotstatus.embed.protocol;

import static com.pilotstatus.embed.protocol.Direction.FRAME_TO_PARENT;
import static com.pilotstatus.embed.protocol.Direction.PARENT_TO_FRAME;
import static com.pilotstatus.embed.protocol.Field.optionalString;
import static com.pilotstatus.embed.protocol.Field.requiredInteger;
import static com.pilotstatus.embed.protocol.Field.requiredString;

/**
 * Every message of the postMessage protocol (DESIGN.md "Contracts", seeds 000 and 001): its wire name, direction,
 * surfaces and payload rules. A receiver accepts a type only for the direction and surface it listens on.
 *
 * <p>{@link #ERROR} is ours, beyond the seeds: the chat iframe must tell the SDK <em>why</em> it cannot start
 * (origin not allowed, token invalid) so that {@code onError} can carry a typed code.
 */
public enum MessageType {
  READY("ready", FRAME_TO_PARENT, true, false),
  INIT("init", PARENT_TO_FRAME, true, false,
      requiredString("token", 1, 8192), optionalString("locale", 1, 35), optionalString("theme", 1, 16)),
  RESIZE("resize", FRAME_TO_PARENT, true, true, requiredInteger("height", 0, 1_000_000)),
  UNREAD_COUNT("chat:unread-count", FRAME_TO_PARENT, true, false, requiredInteger("count", 0, 1_000_000_000)),
  CONVERSATION_OPENED("chat:conversation-opened", FRAME_TO_PARENT, true, false,
      requiredString("conversationId", 1, 128)),
  SESSION_EXPIRED("session-expired", FRAME_TO_PARENT, true, false),
  SET_THEME("set-theme", PARENT_TO_FRAME, true, false, requiredString("theme", 1, 16)),
  SET_LOCALE("set-locale", PARENT_TO_FRAME, true, false, requiredString("locale", 1, 35)),
  ERROR("error", FRAME_TO_PARENT, true, false, requiredString("code", 1, 64), optionalString("message", 0, 500)),
  CONNECT_PAIRED("connect:paired", FRAME_TO_PARENT, false, true,
      optionalString("numberId", 1, 128), optionalString("redirectUrl", 1, 2048)),
  CONNECT_ERROR("connect:error", FRAME_TO_PARENT, false, true, requiredString("message", 1, 500)),
  CONNECT_EXPIRED("connect:expired", FRAME_TO_PARENT, false, true);

  private final String wireName;
  private final Direction direction;
  private final boolean chat;
  private final boolean connect;
  private final Field[] fields;

  MessageType(String wireName, Direction direction, boolean chat, boolean connect, Field... fields) {
    this.wireName = wireName;
    this.direction = direction;
    this.chat = chat;
    this.connect = connect;
    this.fields = fields;
  }

  /** The {@code type} string on the wire, e.g. {@code "chat:unread-count"}. */
  public String wireName() {
    return wireName;
  }

  public Direction direction() {
    return direction;
  }

  public boolean belongsTo(Surface surface) {
    return surface == Surface.CHAT ? chat : connect;
  }

  Field[] fields() {
    return fields;
  }

  /** The type with this wire name, or {@code null}. */
  public static MessageType fromWireName(String wireName) {
    for (MessageType type : values()) {
      if (type.wireName.equals(wireName)) {
        return type;
      }
    }
    return null;
  }
}
