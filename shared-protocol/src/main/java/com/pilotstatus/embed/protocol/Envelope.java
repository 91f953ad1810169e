package com.pilotstatus.embed.protocol;

/**
 * The postMessage envelope {@code { source: "pilot-status-embed", v: 1, type, payload }}: the decoder of untrusted
 * input and the encoder, used unchanged by the JVM servers and (compiled by TeaVM) by the SDK and iframe runtimes.
 *
 * <p>Requirements the decoder meets (DESIGN.md "Contracts"):
 * <ol>
 *   <li>It never throws, whatever the input: hostile pages post anything.</li>
 *   <li>It drops anything that is not our envelope, not our version, a type unknown for the receiver's direction and
 *       surface, or a payload that breaks the type's rules (required fields, types, sizes).</li>
 *   <li>What it accepts carries only the fields the type declares.</li>
 * </ol>
 * Origin and {@code event.source} checks are the caller's, and come <em>before</em> decoding.
 */
public final class Envelope {

  public static final String SOURCE = "pilot-status-embed";
  public static final int VERSION = 1;

  private Envelope() {
  }

  /**
   * Decodes a received envelope object ({@code null} when what arrived is not an object) for a receiver that listens
   * to messages travelling in {@code direction} on {@code surface}. Never throws. In the browser the object is the
   * structured clone {@code postMessage} delivered; on the JVM (tests) it is JSON text read by Jackson.
   */
  public static Decoded decode(WireObject root, int direction, int surface) {
    if (root == null) {
      return Decoded.dropped(DropReason.NOT_AN_OBJECT);
    }
    if (!SOURCE.equals(root.string("source"))) {
      return Decoded.dropped(DropReason.WRONG_SOURCE);
    }
    if (root.kind("v") != WireObject.INTEGER || root.integer("v") != VERSION) {
      return Decoded.dropped(DropReason.WRONG_VERSION);
    }
    MessageType type = MessageType.fromWireName(root.string("type"));
    if (type == null) {
      return Decoded.dropped(DropReason.UNKNOWN_TYPE);
    }
    if (type.direction() != direction) {
      return Decoded.dropped(DropReason.WRONG_DIRECTION);
    }
    if (!type.belongsTo(surface)) {
      return Decoded.dropped(DropReason.WRONG_SURFACE);
    }
    int payloadKind = root.kind("payload");
    WireObject payload = payloadKind == WireObject.OBJECT ? root.object("payload") : null;
    if (payloadKind != WireObject.ABSENT && payload == null) {
      return Decoded.dropped(DropReason.BAD_PAYLOAD);
    }
    Field[] fields = type.fields();
    String[] strings = new String[fields.length];
    int[] integers = new int[fields.length];
    for (int i = 0; i < fields.length; i++) {
      String name = fields[i].name();
      int kind = payload == null ? WireObject.ABSENT : payload.kind(name);
      strings[i] = kind == WireObject.STRING ? payload.string(name) : null;
      integers[i] = kind == WireObject.INTEGER ? payload.integer(name) : 0;
      if (!fields[i].accepts(kind, strings[i], integers[i])) {
        return Decoded.badField(fields[i]);
      }
    }
    return Decoded.accepted(new Message(type, strings, integers));
  }

  // ---- encoder: one factory per message type; null when the values break the type's rules (see build) ------

  /** Iframe → SDK: loaded, speaking {@link ProtocolVersion#CURRENT}. */
  public static Message ready() {
    return build(MessageType.READY, ProtocolVersion.CURRENT);
  }

  /** Parent → chat iframe, without appearance variables. */
  public static Message init(String token, String locale, String theme) {
    return init(token, locale, theme, null);
  }

  /**
   * Parent → chat iframe: the token, locale, theme, and the host's appearance variables as
   * {@link com.pilotstatus.embed.appearance.Appearance#FIELD} encodes them ({@code null} = none); the SDK's
   * {@link ProtocolVersion#CURRENT} with them.
   */
  public static Message init(String token, String locale, String theme, String appearance) {
    return build(MessageType.INIT, token, locale, theme, appearance, ProtocolVersion.CURRENT);
  }

  /** Parent → chat iframe: the host's whole appearance, encoded as for {@link #init} ({@code null} = none). */
  public static Message setAppearance(String appearance) {
    return build(MessageType.SET_APPEARANCE, appearance);
  }

  public static Message resize(int height) {
    return buildInteger(MessageType.RESIZE, height);
  }

  public static Message unreadCount(int count) {
    return buildInteger(MessageType.UNREAD_COUNT, count);
  }

  public static Message conversationOpened(String conversationId) {
    return build(MessageType.CONVERSATION_OPENED, conversationId);
  }

  public static Message sessionExpired() {
    return build(MessageType.SESSION_EXPIRED);
  }

  /** Chat iframe → SDK: the token of the last {@code init} passed the session check. */
  public static Message sessionStarted() {
    return build(MessageType.SESSION_STARTED);
  }

  public static Message setTheme(String theme) {
    return build(MessageType.SET_THEME, theme);
  }

  public static Message setLocale(String locale) {
    return build(MessageType.SET_LOCALE, locale);
  }

  /** SDK → chat iframe: open this conversation; {@code null} for an id the type cannot carry (1..128 chars). */
  public static Message openConversation(String conversationId) {
    return build(MessageType.OPEN_CONVERSATION, conversationId);
  }

  /**
   * Chat iframe → SDK: why the iframe cannot work. {@code code} is one of {@link EmbedErrorCode}'s names; a longer
   * {@code message} is cut to the {@link MessageType#MAX_MESSAGE} characters the type carries (words for people:
   * better cut than lost).
   */
  public static Message error(String code, String message) {
    return build(MessageType.ERROR, code, cut(message));
  }

  /**
   * Connect iframe → SDK: the number is paired. Both fields are optional, so one the type cannot carry (the platform's
   * data, never the user's) is left out rather than costing the host its {@code onPaired}.
   */
  public static Message connectPaired(String numberId, String redirectUrl) {
    Field[] fields = MessageType.CONNECT_PAIRED.fields();
    return build(MessageType.CONNECT_PAIRED, carried(fields[0], numberId), carried(fields[1], redirectUrl));
  }

  /** Connect iframe → SDK: the pairing failed; a longer {@code message} is cut, as for {@link #error}. */
  public static Message connectError(String message) {
    return build(MessageType.CONNECT_ERROR, cut(message));
  }

  public static Message connectExpired() {
    return build(MessageType.CONNECT_EXPIRED);
  }

  /** Connect iframe → SDK: the user pressed Esc inside the iframe. */
  public static Message connectEscape() {
    return build(MessageType.CONNECT_ESCAPE);
  }

  /**
   * A message of a type with string fields, their values in the type's field order ({@code null} = left out).
   * {@code null} when the values break the type's own rules (a sender bug, never input): such a message is never
   * built, and the browser's {@code Browser.post} sends nothing for {@code null}. Not an exception:
   * every sender runs in a browser bundle, where a {@code throw} brings TeaVM's exception plumbing and the message
   * text's {@code StringBuilder} into {@code embed.js} (0.9 KB gzip of its 8 KB budget, shared-protocol README).
   */
  private static Message build(MessageType type, String... values) {
    return checked(type, values, new int[values.length]);
  }

  private static String cut(String text) {
    return text != null && text.length() > MessageType.MAX_MESSAGE ? text.substring(0, MessageType.MAX_MESSAGE) : text;
  }

  /** {@code value} when {@code field} can carry it, else {@code null} (left out). */
  private static String carried(Field field, String value) {
    return value != null && field.accepts(WireObject.STRING, value, 0) ? value : null;
  }

  private static Message buildInteger(MessageType type, int value) {
    return checked(type, new String[1], new int[] {value});
  }

  private static Message checked(MessageType type, String[] strings, int[] integers) {
    Field[] fields = type.fields();
    for (int i = 0; i < fields.length; i++) {
      int kind = fields[i].isInteger() ? WireObject.INTEGER : strings[i] == null ? WireObject.ABSENT : WireObject.STRING;
      if (!fields[i].accepts(kind, strings[i], integers[i])) {
        return null;
      }
    }
    return new Message(type, strings, integers);
  }
}
