package com.pilotstatus.embed.protocol;

import static com.pilotstatus.embed.protocol.Direction.FRAME_TO_PARENT;
import static com.pilotstatus.embed.protocol.Direction.PARENT_TO_FRAME;
import static com.pilotstatus.embed.protocol.Field.optionalString;
import static com.pilotstatus.embed.protocol.Field.requiredInteger;
import static com.pilotstatus.embed.protocol.Field.requiredString;

import com.pilotstatus.embed.appearance.Appearance;
import java.util.List;

/**
 * Every message of the postMessage protocol (DESIGN.md "Contracts", seeds 000 and 001): its wire name, direction,
 * surfaces and payload rules. A receiver accepts a type only for the direction and surface it listens on.
 *
 * <p>{@link #ERROR} is ours, beyond the seeds: the chat iframe must tell the SDK <em>why</em> it cannot start
 * (origin not allowed, token invalid) so that {@code onError} can carry a typed code. {@link #CONNECT_ESCAPE} is ours
 * too: keys pressed inside the cross-origin connect iframe never reach the host page, so without it Esc would close a
 * {@code connect.open} modal only while focus happened to be outside the iframe.
 *
 * <p>A final class with constants rather than an enum: an enum costs its constant names, {@code values()} and
 * {@code Enum} itself in {@code embed.js} (about 0.5 KB gzip), and nothing here needs them.
 */
public final class MessageType {
  /** Longest {@code locale} and {@code theme}, and longest human-readable {@code message}, a payload may carry. */
  public static final int MAX_LOCALE = 35;
  public static final int MAX_THEME = 16;
  public static final int MAX_MESSAGE = 500;

  /**
   * The iframe loaded; connect's too (ours, beyond seed 001), once its page rendered a token it accepted. Carries the
   * iframe's {@link ProtocolVersion} ({@code init} the SDK's).
   */
  public static final MessageType READY = new MessageType("ready", FRAME_TO_PARENT, true, true,
      optionalString(ProtocolVersion.FIELD, 1, ProtocolVersion.MAX_LENGTH));
  public static final MessageType INIT = new MessageType("init", PARENT_TO_FRAME, true, false,
      requiredString("token", 1, 8192), optionalString("locale", 1, MAX_LOCALE),
      optionalString("theme", 1, MAX_THEME), optionalString(Appearance.FIELD, 1, Appearance.MAX_ENCODED),
      optionalString(ProtocolVersion.FIELD, 1, ProtocolVersion.MAX_LENGTH));
  public static final MessageType RESIZE = new MessageType("resize", FRAME_TO_PARENT, true, true,
      requiredInteger("height", 0, 1_000_000));
  public static final MessageType UNREAD_COUNT = new MessageType("chat:unread-count", FRAME_TO_PARENT, true, false,
      requiredInteger("count", 0, 1_000_000_000));
  public static final MessageType CONVERSATION_OPENED = new MessageType("chat:conversation-opened", FRAME_TO_PARENT,
      true, false, requiredString("conversationId", 1, 128));
  public static final MessageType SESSION_EXPIRED = new MessageType("session-expired", FRAME_TO_PARENT, true, false);
  /**
   * Ours, beyond the seeds: the iframe checked the token of an {@code init} and it holds (origin allowed, signature,
   * surface, lifetime). The SDK calls {@code onReady} on the first one, never on {@code init} alone.
   */
  public static final MessageType SESSION_STARTED = new MessageType("session-started", FRAME_TO_PARENT, true, false);
  /** The host's {@code update({theme})}; connect's too since protocol 1.1 (its page reloads with the new query). */
  public static final MessageType SET_THEME = new MessageType("set-theme", PARENT_TO_FRAME, true, true,
      requiredString("theme", 1, MAX_THEME));
  /** The host's {@code update({locale})}; connect's too since protocol 1.1. */
  public static final MessageType SET_LOCALE = new MessageType("set-locale", PARENT_TO_FRAME, true, true,
      requiredString("locale", 1, MAX_LOCALE));
  /**
   * Ours, beyond the seeds: the host's appearance variables ({@code update({appearance})}), encoded as {@code init}
   * carries them ({@link Appearance#FIELD}). It replaces the whole appearance: a variable left out (or the field
   * absent) goes back to the theme's value. The field's rule is only a length; the iframe checks each value's grammar
   * ({@link Appearance#normalize}) and ignores what fails. Connect's too since protocol 1.1.
   */
  public static final MessageType SET_APPEARANCE = new MessageType("set-appearance", PARENT_TO_FRAME, true, true,
      optionalString(Appearance.FIELD, 1, Appearance.MAX_ENCODED));
  /**
   * Ours, beyond the seeds: the host asks the chat to open a conversation ({@code openConversation}). The iframe
   * answers {@code chat:conversation-opened} once it loaded, or {@code error(CONVERSATION_NOT_FOUND)} when the
   * session's scope has no such conversation.
   */
  public static final MessageType OPEN_CONVERSATION = new MessageType("chat:open-conversation", PARENT_TO_FRAME, true,
      false, requiredString("conversationId", 1, 128));
  public static final MessageType ERROR = new MessageType("error", FRAME_TO_PARENT, true, false,
      requiredString("code", 1, 64), optionalString("message", 0, MAX_MESSAGE));
  public static final MessageType CONNECT_PAIRED = new MessageType("connect:paired", FRAME_TO_PARENT, false, true,
      optionalString("numberId", 1, 128), optionalString("redirectUrl", 1, 2048));
  public static final MessageType CONNECT_ERROR = new MessageType("connect:error", FRAME_TO_PARENT, false, true,
      requiredString("message", 1, MAX_MESSAGE));
  public static final MessageType CONNECT_EXPIRED = new MessageType("connect:expired", FRAME_TO_PARENT, false, true);
  /** The user pressed Esc inside the connect iframe: a modal closes, as for Esc on the host page. */
  public static final MessageType CONNECT_ESCAPE = new MessageType("connect:escape", FRAME_TO_PARENT, false, true);

  /** Every type, in the order above. */
  public static final MessageType[] ALL = {READY, INIT, RESIZE, UNREAD_COUNT, CONVERSATION_OPENED, SESSION_EXPIRED,
      SESSION_STARTED, SET_THEME, SET_LOCALE, SET_APPEARANCE, OPEN_CONVERSATION, ERROR, CONNECT_PAIRED, CONNECT_ERROR, CONNECT_EXPIRED, CONNECT_ESCAPE};

  private final String wireName;
  private final int direction;
  private final boolean chat;
  private final boolean connect;
  private final Field[] fields;

  private MessageType(String wireName, int direction, boolean chat, boolean connect, Field... fields) {
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

  public int direction() {
    return direction;
  }

  public boolean belongsTo(int surface) {
    return surface == Surface.CHAT ? chat : connect;
  }

  Field[] fields() {
    return fields;
  }

  /** The payload's rules, in order (for checks written outside this module: chat-app's boot script). */
  public List<Field> payloadFields() {
    return List.of(fields);
  }

  /** The type with this wire name, or {@code null}. */
  public static MessageType fromWireName(String wireName) {
    for (MessageType type : ALL) {
      if (type.wireName.equals(wireName)) {
        return type;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
