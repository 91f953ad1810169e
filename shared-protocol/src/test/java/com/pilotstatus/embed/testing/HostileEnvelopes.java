package com.pilotstatus.embed.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of hostile postMessage envelopes, every one of which a receiver must drop (issue 16, "Fuzzing"):
 * wrong source or version, unknown types (prototype names among them), known types with broken payloads (missing,
 * mistyped, out of range, huge), prototype-pollution keys that hold the only copy of a required member, deep nesting,
 * non-object roots, and valid messages sent the wrong way or to the wrong surface. Each case names the receiver it
 * is for ({@code parent} or {@code frame}, {@code chat} or {@code connect}), so the same list drives the JVM decoder
 * and the compiled browser code.
 */
public final class HostileEnvelopes {

  /** One hostile message: its JSON text and the receiver it is posted to. */
  public record Case(String kind, String json, String receiver, String surface) {
  }

  private record Spec(String type, String receiver, String surface, String field, String kind, long max) {
  }

  // type, receiving side, surface, its required field, field kind, max (length or value)
  private static final List<Spec> SPECS = List.of(
      new Spec("init", "frame", "chat", "token", "string", 8192),
      new Spec("resize", "parent", "chat", "height", "integer", 1_000_000),
      new Spec("resize", "parent", "connect", "height", "integer", 1_000_000),
      new Spec("chat:unread-count", "parent", "chat", "count", "integer", 1_000_000_000),
      new Spec("chat:conversation-opened", "parent", "chat", "conversationId", "string", 128),
      new Spec("set-theme", "frame", "chat", "theme", "string", 64),
      new Spec("set-locale", "frame", "chat", "locale", "string", 64),
      new Spec("error", "parent", "chat", "code", "string", 64),
      new Spec("connect:error", "parent", "connect", "message", "string", 100_000));

  /** The types of the specs above that travel on chat and connect alike. */
  private static final List<String> BOTH_SURFACES = List.of("resize", "set-theme", "set-locale");

  private static final String[] RECEIVERS = {"parent", "frame"};
  private static final String[] SURFACES = {"chat", "connect"};
  private static final String[] PROTO_KEYS = {"__proto__", "constructor", "prototype", "toString", "hasOwnProperty",
      "valueOf", "__defineGetter__", "__lookupGetter__"};

  private final Random random;

  public HostileEnvelopes(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} cases, cycling through every kind. */
  public List<Case> generate(int count) {
    List<Case> out = new ArrayList<>(count);
    while (out.size() < count) {
      switch (out.size() % 9) {
        case 0 -> out.add(wrongSource());
        case 1 -> out.add(wrongVersion());
        case 2 -> out.add(unknownType());
        case 3 -> out.add(brokenPayload());
        case 4 -> out.add(pollutedEnvelope());
        case 5 -> out.add(deepNesting());
        case 6 -> out.add(wrongWay());
        case 7 -> out.add(notAnObject());
        default -> out.add(hugeValue());
      }
    }
    return out;
  }

  private Case wrongSource() {
    String[] sources = {"\"pilot-status-embed \"", "\"Pilot-Status-Embed\"", "\"\"", "1", "null", "true", "{}",
        "[\"pilot-status-embed\"]", "\"pilot-status-embed\\u0000\"", "\"pilot\u2010status-embed\"", quoted(word())};
    return anyRoute("wrong-source", "{\"source\":" + pick(sources) + ",\"v\":1,\"type\":\"resize\","
        + "\"payload\":{\"height\":10}}");
  }

  private Case wrongVersion() {
    String[] versions = {"0", "2", "\"1\"", "1.5", "-1", "null", "true", "[1]", "{}", "1e0x", "10", "9007199254740993"};
    String version = pick(versions);
    String json = "{\"source\":\"pilot-status-embed\",\"v\":" + version + ",\"type\":\"resize\",\"payload\":{\"height\":1}}";
    return anyRoute("wrong-version", json);
  }

  private Case unknownType() {
    String type = random.nextBoolean() ? pick(PROTO_KEYS) : pick(new String[] {"READY", "Ready", "ready ", " init",
        "chat:unread", "connect:paired:x", "chat:*", "", word(), "resize\u0000"});
    return anyRoute("unknown-type", "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":" + quoted(type)
        + ",\"payload\":{}}");
  }

  private Case brokenPayload() {
    Spec spec = SPECS.get(random.nextInt(SPECS.size()));
    String value;
    if (spec.kind().equals("integer")) {
      value = pick(new String[] {"-1", Long.toString(spec.max() + 1 + random.nextInt(1000)), "1.5", "\"3\"", "null",
          "true", "[]", "{}", "1e300", "-0.5", "\"NaN\""});
    } else {
      value = pick(new String[] {"\"\"", "1", "null", "true", "[\"x\"]", "{}", "0"});
    }
    String payload = random.nextInt(4) == 0 ? "{}" : "{" + quoted(spec.field()) + ":" + value + "}";
    return new Case("broken-payload", envelope(spec.type(), payload), spec.receiver(), spec.surface());
  }

  private Case pollutedEnvelope() {
    Spec spec = SPECS.get(random.nextInt(SPECS.size()));
    String key = pick(new String[] {"__proto__", "constructor", "prototype"});
    String good = spec.kind().equals("integer") ? "1" : "\"x\"";
    if (random.nextBoolean()) {
      // the required payload member exists only under a prototype key
      String payload = "{" + quoted(key) + ":{" + quoted(spec.field()) + ":" + good + "}}";
      return new Case("polluted-payload", envelope(spec.type(), payload), spec.receiver(), spec.surface());
    }
    // source, v and type exist only under a prototype key
    String json = "{" + quoted(key) + ":{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":" + quoted(spec.type())
        + "},\"payload\":{" + quoted(spec.field()) + ":" + good + "}}";
    return new Case("polluted-root", json, spec.receiver(), spec.surface());
  }

  private Case deepNesting() {
    int depth = 17 + random.nextInt(500);
    String payload = "[".repeat(depth) + "]".repeat(depth);
    Spec spec = SPECS.get(random.nextInt(SPECS.size()));
    return new Case("deep-nesting", envelope(spec.type(), "{" + quoted(spec.field()) + ":" + payload + "}"),
        spec.receiver(), spec.surface());
  }

  private Case wrongWay() {
    Spec spec = SPECS.get(random.nextInt(SPECS.size()));
    String value = spec.kind().equals("integer") ? "1" : "\"x\"";
    String json = envelope(spec.type(), "{" + quoted(spec.field()) + ":" + value + "}");
    // A type of both surfaces is wrong only the other way round.
    boolean flipReceiver = random.nextBoolean() || BOTH_SURFACES.contains(spec.type());
    String receiver = flipReceiver ? (spec.receiver().equals("parent") ? "frame" : "parent") : spec.receiver();
    String surface = flipReceiver ? spec.surface() : (spec.surface().equals("chat") ? "connect" : "chat");
    return new Case("wrong-way", json, receiver, surface);
  }

  private Case notAnObject() {
    String[] roots = {"[]", "[{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"ready\"}]", "\"ready\"", "1",
        "null", "true", "\"{\\\"source\\\":\\\"pilot-status-embed\\\"}\"", "{}", "{\"source\":\"pilot-status-embed\"}"};
    return anyRoute("not-an-object", pick(roots));
  }

  private Case hugeValue() {
    Spec spec = SPECS.get(random.nextInt(SPECS.size()));
    if (spec.kind().equals("integer")) {
      String digits = "9".repeat(20 + random.nextInt(400));
      return new Case("huge", envelope(spec.type(), "{" + quoted(spec.field()) + ":" + digits + "}"),
          spec.receiver(), spec.surface());
    }
    String text = "A".repeat((int) Math.min(spec.max() + 1 + random.nextInt(5_000), 300_000));
    return new Case("huge", envelope(spec.type(), "{" + quoted(spec.field()) + ":" + quoted(text) + "}"),
        spec.receiver(), spec.surface());
  }

  private Case anyRoute(String kind, String json) {
    return new Case(kind, json, pick(RECEIVERS), pick(SURFACES));
  }

  private static String envelope(String type, String payload) {
    return "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":" + quoted(type) + ",\"payload\":" + payload + "}";
  }

  private String word() {
    StringBuilder out = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      out.append((char) ('a' + random.nextInt(26)));
    }
    return out.toString();
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private static String quoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
