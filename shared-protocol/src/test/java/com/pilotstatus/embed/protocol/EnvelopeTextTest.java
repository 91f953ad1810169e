package com.pilotstatus.embed.protocol;

import static com.pilotstatus.embed.protocol.Direction.FRAME_TO_PARENT;
import static com.pilotstatus.embed.protocol.Surface.CHAT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JVM's reading of envelope text ({@link EnvelopeText}, Jackson): JSON as {@code JSON.parse} reads it, within the
 * limits, numbers by their value as doubles. It replaced the hand-written parser, whose cases these are.
 */
class EnvelopeTextTest {

  @Test
  void parse_allKinds_readsEscapesAndSurrogates() {
    JsonNode value = EnvelopeText.parse("{\"s\":\"a\\\"b\\\\c\\n\\u00e9\\ud83d\\ude00\",\"n\":-42,\"t\":true,"
        + "\"f\":false,\"z\":null,\"a\":[1,[2],{}],\"o\":{\"k\":\"v\"}}");

    assertThat(value.get("s").textValue()).isEqualTo("a\"b\\c\né\uD83D\uDE00");
    assertThat(value.get("n").asLong()).isEqualTo(-42);
  }

  @Test
  void parse_nesting_isAcceptedUpToTheDepthLimit_andRefusedOneLevelPast() {
    int deepest = EnvelopeText.MAX_DEPTH;
    assertThat(EnvelopeText.parse("[".repeat(deepest) + "]".repeat(deepest))).isNotNull();
    assertThat(EnvelopeText.parse("[".repeat(deepest + 1) + "]".repeat(deepest + 1))).isNull();
    assertThat(EnvelopeText.parse("{\"a\":".repeat(deepest + 1) + "1" + "}".repeat(deepest + 1))).isNull();
  }

  @Test
  void parse_duplicateKeys_isRefused() {
    assertThat(EnvelopeText.parse("{\"a\":1,\"a\":2}")).isNull();
  }

  @ParameterizedTest(name = "{0} is the integer {1}")
  @CsvSource({"1e3, 1000", "1E+3, 1000", "1.0, 1", "6.4e2, 640", "2.50e1, 25", "0.0, 0", "0e-5, 0", "1200e-2, 12",
      "0.000e999, 0", "-0.0e99999, 0", "100000.0, 100000"})
  void decode_numberWithIntegralValue_isAnInteger_asInJavaScript(String json, int value) {
    Decoded decoded = EnvelopeText.decode(
        "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"resize\",\"payload\":{\"height\":" + json + "}}",
        FRAME_TO_PARENT, CHAT);

    assertThat(decoded.message().integer("height", -1)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5", "1e-1", "6.415e2", "1200e-3", "1e999", "0.1"})
  void decode_numberWithoutAnIntegralValue_isNotAnInteger(String json) {
    Decoded decoded = EnvelopeText.decode(
        "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"resize\",\"payload\":{\"height\":" + json + "}}",
        FRAME_TO_PARENT, CHAT);

    assertThat(decoded.reason()).isEqualTo(DropReason.BAD_PAYLOAD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "{", "}", "[1,]", "{\"a\":1,}", "{'a':1}", "01", "-", "1.", ".5", "1e", "tru",
      "nul", "\"unterminated", "\"bad \\x escape\"", "\"\\u12\"", "\"raw\ttab\"", "{\"a\" 1}", "[1 2]", "NaN",
      "Infinity", "{\"a\":1}{}", "/*c*/1", "+1", "0x10"})
  void decode_malformed_isNotJson(String json) {
    assertThat(EnvelopeText.decode(json, FRAME_TO_PARENT, CHAT).reason()).isEqualTo(DropReason.NOT_JSON);
  }

  @Test
  void normalised_rewritesTheBrowsersEscapes() {
    assertThat(EnvelopeText.normalised("accepted {\"a\":\"\\u001f\\ud83d\"}"))
        .isEqualTo(EnvelopeText.normalised("accepted {\"a\":\"\\u001F\\uD83D\"}"));
  }
}
