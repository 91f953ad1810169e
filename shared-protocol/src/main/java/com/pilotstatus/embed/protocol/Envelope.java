package com.pilotstatus.embed.protocol;

import com.pilotstatus.embed.json.JsonParser;
import com.pilotstatus.embed.json.JsonValue;

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
   * Decodes {@code json} for a receiver that listens to messages travelling in {@code direction} on {@code surface}.
   * Never throws.
   */
  public static Decoded decode(String json, Direction direction, Surface surface) {
    JsonValue root;
    try {
      root = JsonParser.parse(json);
    } catch (RuntimeException e) {
      // The parser is written not to throw; this is a last line of defence for a receiver that must never throw.
      root = null;
    }
    if (root == null) {
      return Decoded.dropped(DropReason.NOT_JSON, "not a JSON document within limits");
    }
    if (!root.isObject()) {
      return Decoded.dropped(DropReason.NOT_AN_OBJECT, "the envelope must be an object");
    }
    JsonValue source = root.get("source");
    if (source == null || !SOURCE.equals(source.asString())) {
      return Decoded.dropped(DropReason.WRONG_SOURCE, "source is not " + SOURCE);
    }
    JsonValue v = root.get("v");
    if (v == null || !v.isInteger() || v.asLong() != VERSION) {
      return Decoded.dropped(DropReason.WRONG_VERSION, "v is not 1");
    }
    JsonValue typeName = root.get("type");
    MessageType type = typeName == null ? null : MessageType.fromWireName(typeName.asString());
    if (type == null) {
      return Decoded.dropped(DropReason.UNKNOWN_TYPE, "unknown type");
    }
    if (type.direction() != direction) {
      return Decoded.dropped(DropReason.WRONG_DIRECTION, type.wireName() + " does not travel this way");
    }
    if (!type.belongsTo(surface)) {
      return Decoded.dropped(DropReason.WRONG_SURFACE, type.wireName() + " is not a message of this surface");
    }
    JsonValue payload = root.get("payload");
    if (payload == null || payload.isNull()) {
      payload = JsonValue.object().build();
    }
    if (!payload.isObject()) {
      return Decoded.dropped(DropReason.BAD_PAYLOAD, "payload must be an object");
    }
    JsonValue.ObjectBuilder kept = JsonValue.object();
    for (Field field : type.fields()) {
      JsonValue value = payload.get(field.name());
      String problem = field.check(value);
      if (problem != null) {
        return Decoded.dropped(DropReason.BAD_PAYLOAD, problem);
      }
      if (value != null && !value.isNull()) {
        kept.put(field.name(), value);
      }
    }
    return Decoded.accepted(new Message(type, kept.build()));
  }

  // ---- encoder: one factory per message type ----------------------------------------------------------------

  public static Message ready() {
    return build(MessageType.READY);
  }

  public static Message init(String token, String locale, String theme) {
    return build(MessageType.INIT, "token", token, "locale", locale, "theme", theme);
  }

  public static Message resize(long height) {
    return buildWithInteger(MessageType.RESIZE, "height", height);
  }

  public static Message unreadCount(long count) {
    return buildWithInteger(MessageType.UNREAD_COUNT, "count", count);
  }

  public static Message conversationOpened(String conversationId) {
    return build(MessageType.CONVERSATION_OPENED, "conversationId", conversationId);
  }

  public static Message sessionExpired() {
    return build(MessageType.SESSION_EXPIRED);
  }

  public static Message setTheme(String theme) {
    return build(MessageType.SET_THEME, "theme", theme);
  }

  public static Message setLocale(String locale) {
    return build(MessageType.SET_LOCALE, "locale", locale);
  }

  /** Chat iframe → SDK: why the iframe cannot work. {@code code} is one of {@link EmbedErrorCode}'s names. */
  public static Message error(String code, String message) {
    return build(MessageType.ERROR, "code", code, "message", message);
  }

  public static Message connectPaired(String numberId, String redirectUrl) {
    return build(MessageType.CONNECT_PAIRED, "numberId", numberId, "redirectUrl", redirectUrl);
  }

  public static Message connectError(String message) {
    return build(MessageType.CONNECT_ERROR, "message", message);
  }

  public static Message connectExpired() {
    return build(MessageType.CONNECT_EXPIRED);
  }

  /**
   * Builds a message from name/value string pairs; {@code null} values are left out.
   *
   * @throws IllegalArgumentException when the result breaks the type's own rules: a sender bug, never input
   */
  private static Message build(MessageType type, String... namesAndValues) {
    JsonValue.ObjectBuilder payload = JsonValue.object();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        payload.put(namesAndValues[i], JsonValue.of(namesAndValues[i + 1]));
      }
    }
    return checked(type, payload);
  }

  private static Message buildWithInteger(MessageType type, String name, long value) {
    return checked(type, JsonValue.object().put(name, JsonValue.of(value)));
  }

  private static Message checked(MessageType type, JsonValue.ObjectBuilder payload) {
    JsonValue object = payload.build();
    for (Field field : type.fields()) {
      String problem = field.check(object.get(field.name()));
      if (problem != null) {
        throw new IllegalArgumentException(type.wireName() + ": " + problem);
      }
    }
    return new Message(type, object);
  }
}
