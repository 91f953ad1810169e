package com.pilotstatus.embed.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Envelopes as JSON text, on the JVM (tests and tools only: no server needs envelope text, and the browser decodes
 * the structured clone that {@code postMessage} delivers). Jackson reads the text; {@link #decode} then hands it to
 * {@link Envelope#decode(WireObject, int, int)} through {@link JsonWireObject}, so the JVM and the browser apply the
 * same rules to the same answers.
 *
 * <p>The text becomes what {@code JSON.parse} would make of it, with three refusals on top (so that a case either
 * side refuses is never replayed to the other): duplicate keys, nesting deeper than {@link #MAX_DEPTH}, more than
 * {@link #MAX_LENGTH} characters. Numbers are read as JavaScript reads them, as doubles: {@code 6.4e2} is the integer
 * 640, {@code 1e999} is not an integer.
 */
public final class EnvelopeText {

  /** Longest text decoded, in chars. Envelopes are small; anything bigger is hostile or a mistake. */
  public static final int MAX_LENGTH = 65_536;
  /** Deepest nesting decoded (the top-level object is depth 1). */
  public static final int MAX_DEPTH = 17;

  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private EnvelopeText() {
  }

  /** The JSON tree of {@code text}, or {@code null} when it is not one JSON document within the limits. */
  public static JsonNode parse(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return null;
    }
    try {
      JsonNode node = MAPPER.readTree(text);
      return node == null || node.isMissingNode() ? null : node;
    } catch (Exception | StackOverflowError e) {
      return null;
    }
  }

  /**
   * Decodes {@code json}, an envelope written as JSON text, for a receiver listening to {@code direction} on
   * {@code surface}: {@link DropReason#NOT_JSON} when it is not JSON, else the same verdict as the browser's. Never
   * throws.
   */
  public static Decoded decode(String json, int direction, int surface) {
    JsonNode root = parse(json);
    if (root == null) {
      return Decoded.dropped(DropReason.NOT_JSON);
    }
    return Envelope.decode(JsonWireObject.of(root), direction, surface);
  }

  /** The envelope {@code {source, v, type, payload}} as compact JSON, in the order {@code JSON.stringify} writes it. */
  public static String json(Message message) {
    ObjectNode envelope = MAPPER.createObjectNode();
    envelope.put("source", Envelope.SOURCE);
    envelope.put("v", Envelope.VERSION);
    envelope.put("type", message.type().wireName());
    envelope.set("payload", payload(message));
    return envelope.toString();
  }

  /** The payload object as compact JSON. */
  public static String payloadJson(Message message) {
    return payload(message).toString();
  }

  /**
   * The JVM's verdict on an envelope written as JSON text, for the receiver {@code "parent"} or {@code "frame"} of
   * {@code "chat"} or {@code "connect"}: {@code "accepted {envelope json}"} or {@code "dropped REASON"}. The browser
   * probe renders the posted object's verdict the same way.
   */
  public static String verdict(String json, String receiver, String surface) {
    Decoded decoded = decode(json, "parent".equals(receiver) ? Direction.FRAME_TO_PARENT : Direction.PARENT_TO_FRAME,
        "chat".equals(surface) ? Surface.CHAT : Surface.CONNECT);
    return decoded.isAccepted() ? "accepted " + json(decoded.message()) : "dropped " + decoded.reason();
  }

  /**
   * A verdict rendered by the browser, with its envelope's JSON re-written by Jackson: {@code JSON.stringify} and
   * Jackson escape some characters differently (control characters, lone surrogates), the values are the same.
   */
  public static String normalised(String verdict) {
    if (verdict == null || !verdict.startsWith("accepted ")) {
      return verdict;
    }
    JsonNode envelope = parse(verdict.substring("accepted ".length()));
    return envelope == null ? verdict : "accepted " + envelope;
  }

  private static ObjectNode payload(Message message) {
    return MAPPER.valueToTree(message.payload());
  }

  /** A {@link WireObject} over a Jackson object node, answering as {@code JsWireObject} answers in the browser. */
  private static final class JsonWireObject implements WireObject {

    private final JsonNode object;

    private JsonWireObject(JsonNode object) {
      this.object = object;
    }

    static WireObject of(JsonNode value) {
      return value != null && value.isObject() ? new JsonWireObject(value) : null;
    }

    @Override
    public int kind(String name) {
      JsonNode value = object.get(name);
      if (value == null || value.isNull()) {
        return ABSENT;
      }
      if (value.isTextual()) {
        return STRING;
      }
      if (value.isNumber()) {
        return isInteger(value.doubleValue()) ? INTEGER : OTHER;
      }
      return value.isObject() ? OBJECT : OTHER;
    }

    @Override
    public String string(String name) {
      JsonNode value = object.get(name);
      return value != null && value.isTextual() ? value.textValue() : null;
    }

    @Override
    public int integer(String name) {
      JsonNode value = object.get(name);
      if (value == null || !value.isNumber() || !isInteger(value.doubleValue())) {
        return 0;
      }
      return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value.doubleValue()));
    }

    @Override
    public WireObject object(String name) {
      return of(object.get(name));
    }

    /** {@code Number.isInteger}: finite, no fraction. */
    private static boolean isInteger(double d) {
      return !Double.isInfinite(d) && !Double.isNaN(d) && d == Math.rint(d);
    }
  }
}
