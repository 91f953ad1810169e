package com.pilotstatus.embed.protocol;

import static com.pilotstatus.embed.protocol.Direction.FRAME_TO_PARENT;
import static com.pilotstatus.embed.protocol.Direction.PARENT_TO_FRAME;
import static com.pilotstatus.embed.protocol.Surface.CHAT;
import static com.pilotstatus.embed.protocol.Surface.CONNECT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The envelope decoder and encoder. Every case here is also replayed against the compiled JavaScript by the browser
 * tests, so the JVM and the browser provably agree.
 */
class EnvelopeTest {

  // ---- decode: accepted ----------------------------------------------------------------------------------------

  @Test
  void decode_init_keepsDeclaredFieldsOnly() {
    Decoded decoded = EnvelopeText.decode(
        "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"init\","
            + "\"payload\":{\"token\":\"eyJ.x.y\",\"locale\":\"pt\",\"theme\":\"dark\",\"extra\":\"<script>\"}}",
        PARENT_TO_FRAME, CHAT);

    assertThat(decoded.isAccepted()).isTrue();
    assertThat(decoded.message().type()).isEqualTo(MessageType.INIT);
    assertThat(EnvelopeText.payloadJson(decoded.message()))
        .isEqualTo("{\"token\":\"eyJ.x.y\",\"locale\":\"pt\",\"theme\":\"dark\"}");
  }

  @Test
  void decode_ignoresUnknownEnvelopeAndPayloadFields_soMinorVersionsCanAddThem() {
    Decoded decoded = EnvelopeText.decode("{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"ready\",\"id\":7,"
        + "\"payload\":{\"protocol\":\"1.9\",\"features\":[\"x\"],\"nested\":{\"a\":1}}}", FRAME_TO_PARENT, CHAT);

    assertThat(decoded.isAccepted()).isTrue();
    assertThat(decoded.message().string(ProtocolVersion.FIELD)).isEqualTo("1.9");
    assertThat(EnvelopeText.payloadJson(decoded.message())).isEqualTo("{\"protocol\":\"1.9\"}");
  }

  @Test
  void readyAndInit_announceTheCurrentProtocolVersion() {
    assertThat(ProtocolVersion.CURRENT).isEqualTo(ProtocolVersion.MAJOR + "." + ProtocolVersion.MINOR);
    assertThat(Envelope.ready().string(ProtocolVersion.FIELD)).isEqualTo(ProtocolVersion.CURRENT);
    assertThat(Envelope.init("t", null, null).string(ProtocolVersion.FIELD)).isEqualTo(ProtocolVersion.CURRENT);
  }

  @Test
  void decode_readyWithoutPayload_isAccepted() {
    Decoded decoded = EnvelopeText.decode("{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"ready\"}",
        FRAME_TO_PARENT, CHAT);

    assertThat(decoded.isAccepted()).isTrue();
  }

  @Test
  void decode_resizeOnBothSurfaces_isAccepted() {
    String json = EnvelopeText.json(Envelope.resize(640));

    assertThat(EnvelopeText.decode(json, FRAME_TO_PARENT, CHAT).message().integer("height", -1)).isEqualTo(640);
    assertThat(EnvelopeText.decode(json, FRAME_TO_PARENT, CONNECT).isAccepted()).isTrue();
  }

  @Test
  void encodeThenDecode_everyMessageType_roundTrips() {
    Message[] messages = {
        Envelope.ready(), Envelope.init("t", "en", "light"), Envelope.resize(0), Envelope.unreadCount(3),
        Envelope.conversationOpened("cv_1"), Envelope.sessionExpired(), Envelope.setTheme("dark"),
        Envelope.setLocale("es"), Envelope.init("t", null, null, "&colorPrimary=%230a7&fontSizeBase=15px"),
        Envelope.setAppearance("&colorBackground=%23ffffff&borderRadius=4px"), Envelope.setAppearance(null),
        Envelope.error("TOKEN_INVALID", "expired"), Envelope.connectPaired("wa_1", null),
        Envelope.connectError("boom"), Envelope.connectExpired(), Envelope.connectEscape()};
    for (Message message : messages) {
      MessageType type = message.type();
      int surface = type.belongsTo(CHAT) ? CHAT : CONNECT;

      Decoded decoded = EnvelopeText.decode(EnvelopeText.json(message), type.direction(), surface);

      assertThat(decoded.isAccepted()).as(EnvelopeText.json(message)).isTrue();
      assertThat(EnvelopeText.json(decoded.message())).isEqualTo(EnvelopeText.json(message));
    }
  }

  @Test
  void encode_isTheDocumentedEnvelope() {
    assertThat(EnvelopeText.json(Envelope.unreadCount(2)))
        .isEqualTo("{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"chat:unread-count\",\"payload\":{\"count\":2}}");
  }

  @Test
  void encode_valuesBreakingTheRules_buildNoMessage() {
    // A sender bug, never input: the factory refuses to build it (and Browser.post sends nothing for null).
    assertThat(Envelope.resize(-1)).isNull();
    assertThat(Envelope.resize(1_000_001)).isNull();
    assertThat(Envelope.init(null, "en", "light")).as("required token missing").isNull();
    assertThat(Envelope.init("", "en", "light")).as("token shorter than 1").isNull();
    assertThat(Envelope.init("t".repeat(8193), "en", "light")).as("token longer than 8192").isNull();
    assertThat(Envelope.setTheme("x".repeat(17))).isNull();
    assertThat(Envelope.connectError("")).isNull();
  }

  @Test
  void encode_longMessageText_isCutToWhatTheTypeCarries_notLost() {
    assertThat(Envelope.connectError("x".repeat(600)).string("message")).hasSize(500);
    assertThat(Envelope.error("NETWORK", "y".repeat(501)).string("message")).isEqualTo("y".repeat(500));
    assertThat(Envelope.error("NETWORK", null).string("message")).as("optional, left out").isNull();
  }

  @Test
  void encode_pairedFieldTheTypeCannotCarry_isLeftOut_andTheOtherKept() {
    Message badId = Envelope.connectPaired("n".repeat(129), "https://app.example.com/done");
    assertThat(badId).as("onPaired must still fire").isNotNull();
    assertThat(badId.string("numberId")).isNull();
    assertThat(badId.string("redirectUrl")).isEqualTo("https://app.example.com/done");
    Message badUrl = Envelope.connectPaired("wa_1", "u".repeat(2049));
    assertThat(badUrl.string("numberId")).isEqualTo("wa_1");
    assertThat(badUrl.string("redirectUrl")).isNull();
    assertThat(EnvelopeText.json(Envelope.connectPaired("", ""))).endsWith("\"payload\":{}}");
  }

  @Test
  void encode_valuesAtTheBounds_buildTheMessage() {
    assertThat(Envelope.resize(0)).isNotNull();
    assertThat(Envelope.resize(1_000_000)).isNotNull();
    assertThat(Envelope.init("t".repeat(8192), null, null)).as("optional fields left out").isNotNull();
    assertThat(Envelope.setTheme("x".repeat(16))).isNotNull();
    assertThat(Envelope.error("NETWORK", "")).as("optional message may be empty").isNotNull();
  }

  // ---- decode: dropped, table of cases -------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "not json                    | `hello`                                                                              | FRAME_TO_PARENT | CHAT    | NOT_JSON",
      "empty                       | ``                                                                                   | FRAME_TO_PARENT | CHAT    | NOT_JSON",
      "trailing garbage            | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"ready\"}x`                    | FRAME_TO_PARENT | CHAT    | NOT_JSON",
      "duplicate key               | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"ready\",\"type\":\"init\"}`   | FRAME_TO_PARENT | CHAT    | NOT_JSON",
      "array                       | `[1,2]`                                                                              | FRAME_TO_PARENT | CHAT    | NOT_AN_OBJECT",
      "string                      | `\"ready\"`                                                                          | FRAME_TO_PARENT | CHAT    | NOT_AN_OBJECT",
      "no source                   | `{\"v\":1,\"type\":\"ready\"}`                                                       | FRAME_TO_PARENT | CHAT    | WRONG_SOURCE",
      "foreign source              | `{\"source\":\"react-devtools\",\"v\":1,\"type\":\"ready\"}`                         | FRAME_TO_PARENT | CHAT    | WRONG_SOURCE",
      "source not a string         | `{\"source\":1,\"v\":1,\"type\":\"ready\"}`                                          | FRAME_TO_PARENT | CHAT    | WRONG_SOURCE",
      "version 2                   | `{\"source\":\"pilot-status-embed\",\"v\":2,\"type\":\"ready\"}`                     | FRAME_TO_PARENT | CHAT    | WRONG_VERSION",
      "version as string           | `{\"source\":\"pilot-status-embed\",\"v\":\"1\",\"type\":\"ready\"}`                 | FRAME_TO_PARENT | CHAT    | WRONG_VERSION",
      "unknown type                | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"steal-token\"}`               | FRAME_TO_PARENT | CHAT    | UNKNOWN_TYPE",
      "type missing                | `{\"source\":\"pilot-status-embed\",\"v\":1}`                                        | FRAME_TO_PARENT | CHAT    | UNKNOWN_TYPE",
      "init sent to the parent     | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"init\",\"payload\":{\"token\":\"t\"}}` | FRAME_TO_PARENT | CHAT | WRONG_DIRECTION",
      "ready sent to the frame     | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"ready\"}`                     | PARENT_TO_FRAME | CHAT    | WRONG_DIRECTION",
      "chat type on connect        | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"chat:unread-count\",\"payload\":{\"count\":1}}` | FRAME_TO_PARENT | CONNECT | WRONG_SURFACE",
      "connect type on chat        | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"connect:expired\"}`           | FRAME_TO_PARENT | CHAT    | WRONG_SURFACE",
      "payload is an array         | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"ready\",\"payload\":[]}`       | FRAME_TO_PARENT | CHAT    | BAD_PAYLOAD",
      "init without token          | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"init\",\"payload\":{}}`        | PARENT_TO_FRAME | CHAT    | BAD_PAYLOAD",
      "init with empty token       | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"init\",\"payload\":{\"token\":\"\"}}` | PARENT_TO_FRAME | CHAT | BAD_PAYLOAD",
      "init with numeric token     | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"init\",\"payload\":{\"token\":42}}` | PARENT_TO_FRAME | CHAT | BAD_PAYLOAD",
      "negative height             | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"resize\",\"payload\":{\"height\":-5}}` | FRAME_TO_PARENT | CHAT | BAD_PAYLOAD",
      "fractional height           | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"resize\",\"payload\":{\"height\":10.5}}` | FRAME_TO_PARENT | CHAT | BAD_PAYLOAD",
      "height as string            | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"resize\",\"payload\":{\"height\":\"10\"}}` | FRAME_TO_PARENT | CHAT | BAD_PAYLOAD",
      "huge height                 | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"resize\",\"payload\":{\"height\":99999999999999999999}}` | FRAME_TO_PARENT | CHAT | BAD_PAYLOAD",
      "count missing               | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"chat:unread-count\",\"payload\":{}}` | FRAME_TO_PARENT | CHAT | BAD_PAYLOAD",
      "error message missing code  | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"connect:error\",\"payload\":{}}` | FRAME_TO_PARENT | CONNECT | BAD_PAYLOAD",
      "theme null                  | `{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"set-theme\",\"payload\":{\"theme\":null}}` | PARENT_TO_FRAME | CHAT | BAD_PAYLOAD",
  })
  void decode_invalidMessage_isDroppedWithReason(String name, String json, String direction, String surface,
                                                  String expected) {
    Decoded decoded = EnvelopeText.decode(json, direction(direction), surface(surface));

    assertThat(decoded.isAccepted()).as(name).isFalse();
    assertThat(decoded.reason()).as(name).isEqualTo(expected);
  }

  @Test
  void decode_null_isDropped() {
    assertThat(EnvelopeText.decode((String) null, FRAME_TO_PARENT, CHAT).reason()).isEqualTo(DropReason.NOT_JSON);
  }

  @Test
  void decode_tooLongString_isDropped() {
    String token = "x".repeat(8193);

    assertThat(EnvelopeText.decode(
        "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"init\",\"payload\":{\"token\":\"" + token + "\"}}",
        PARENT_TO_FRAME, CHAT).reason()).isEqualTo(DropReason.BAD_PAYLOAD);
  }

  @Test
  void decode_oversizedDocument_isDroppedBeforeParsing() {
    String json = "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"ready\",\"pad\":\"" + "x".repeat(70_000) + "\"}";

    assertThat(EnvelopeText.decode(json, FRAME_TO_PARENT, CHAT).reason()).isEqualTo(DropReason.NOT_JSON);
  }

  @Test
  void decode_deeplyNestedPayload_isDroppedWithoutStackOverflow() {
    String json = "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"ready\",\"payload\":{\"a\":"
        + "[".repeat(10_000) + "]".repeat(10_000) + "}}";

    assertThat(EnvelopeText.decode(json, FRAME_TO_PARENT, CHAT).reason()).isEqualTo(DropReason.NOT_JSON);
  }

  // ---- numbers and details -------------------------------------------------------------------------------------

  @ParameterizedTest(name = "v = {0}")
  @CsvSource({"1, true", "1.0, true", "1e0, true", "10e-1, true", "0.1e1, true", "1.5, false", "2, false", "-1, false",
      "1e999, false", "100000000000000000001, false"})
  void decode_version_isJudgedByValueAsInJavaScript(String v, boolean accepted) {
    Decoded decoded = EnvelopeText.decode("{\"source\":\"pilot-status-embed\",\"v\":" + v + ",\"type\":\"ready\"}",
        FRAME_TO_PARENT, CHAT);

    assertThat(decoded.isAccepted()).isEqualTo(accepted);
  }

  @ParameterizedTest(name = "height = {0}")
  @CsvSource({"640, 640", "6.4e2, 640", "640.0, 640", "0, 0", "-0, 0", "1000000, 1000000"})
  void decode_integralHeight_isAccepted(String height, int expected) {
    Decoded decoded = EnvelopeText.decode(
        "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"resize\",\"payload\":{\"height\":" + height + "}}",
        FRAME_TO_PARENT, CONNECT);

    assertThat(decoded.message().integer("height", -1)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "height = {0}")
  @ValueSource(strings = {"1000001", "2147483648", "-2147483649", "1e10", "640.5", "true", "[640]", "{}"})
  void decode_heightOutOfRangeOrNotAnInteger_isDropped(String height) {
    Decoded decoded = EnvelopeText.decode(
        "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"resize\",\"payload\":{\"height\":" + height + "}}",
        FRAME_TO_PARENT, CHAT);

    assertThat(decoded.reason()).isEqualTo(DropReason.BAD_PAYLOAD);
    assertThat(decoded.detail()).isEqualTo("height: required integer in 0..1000000");
  }

  @Test
  void decode_droppedForAnotherReason_hasNoFieldDetail() {
    Decoded decoded = EnvelopeText.decode("{\"source\":\"x\",\"v\":1,\"type\":\"ready\"}", FRAME_TO_PARENT, CHAT);

    assertThat(decoded.detail()).isNull();
    assertThat(decoded).hasToString("dropped WRONG_SOURCE");
  }

  @Test
  void decode_badStringField_namesTheRule() {
    Decoded decoded = EnvelopeText.decode(
        "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"init\",\"payload\":{\"token\":\"t\",\"theme\":\"\"}}",
        PARENT_TO_FRAME, CHAT);

    assertThat(decoded.detail()).isEqualTo("theme: optional string of 1..16 characters");
  }

  @Test
  void decode_acceptedMessage_answersOnlyItsOwnFields() {
    Message message = EnvelopeText.decode(
        "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"resize\",\"payload\":{\"height\":5,\"count\":7}}",
        FRAME_TO_PARENT, CHAT).message();

    assertThat(message.integer("count", -1)).isEqualTo(-1);
    assertThat(message.string("height")).isNull();
    assertThat(EnvelopeText.payloadJson(message)).isEqualTo("{\"height\":5}");
  }

  static int direction(String name) {
    return name.equals("FRAME_TO_PARENT") ? FRAME_TO_PARENT : PARENT_TO_FRAME;
  }

  static int surface(String name) {
    return name.equals("CHAT") ? CHAT : CONNECT;
  }
}
