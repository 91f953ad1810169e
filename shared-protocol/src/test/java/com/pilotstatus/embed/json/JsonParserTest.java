package com.pilotstatus.embed.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonParserTest {

  @Test
  void parse_allKinds_roundTripsThroughTheWriter() {
    String json = "{\"s\":\"a\\\"b\\\\c\\n\\u00e9\\ud83d\\ude00\",\"n\":-42,\"t\":true,\"f\":false,\"z\":null,"
        + "\"a\":[1,[2],{}],\"o\":{\"k\":\"v\"}}";

    JsonValue value = JsonParser.parse(json);

    assertThat(value.get("s").asString()).isEqualTo("a\"b\\c\né\uD83D\uDE00");
    assertThat(value.get("n").asLong()).isEqualTo(-42);
    assertThat(JsonParser.parse(value.toJson()).toJson()).isEqualTo(value.toJson());
  }

  @Test
  void parse_nesting_isAcceptedUpToTheDepthLimit_andRefusedOneLevelPast() {
    int deepest = JsonParser.MAX_DEPTH + 1; // the top-level value is depth 0
    assertThat(JsonParser.parse("[".repeat(deepest) + "]".repeat(deepest))).isNotNull();
    assertThat(JsonParser.parse("[".repeat(deepest + 1) + "]".repeat(deepest + 1))).isNull();
    assertThat(JsonParser.parse("{\"a\":".repeat(deepest + 1) + "1" + "}".repeat(deepest + 1))).isNull();
  }

  @Test
  void parse_numbers_keepIntegersOnly() {
    assertThat(JsonParser.parse("123456789012345678").isInteger()).isTrue();
    assertThat(JsonParser.parse("1234567890123456789").isInteger()).isFalse();
    assertThat(JsonParser.parse("1.5").isInteger()).isFalse();
    assertThat(JsonParser.parse("-0").asLong()).isZero();
  }

  @ParameterizedTest(name = "{0} is the integer {1}")
  @CsvSource({"1e3, 1000", "1E+3, 1000", "1.0, 1", "6.4e2, 640", "-2.50e1, -25", "0.0, 0", "0e-5, 0", "1200e-2, 12",
      "0.000e999, 0", "0e65536, 0", "-0.0e99999, 0", "12345678901234567.8e1, 123456789012345678",
      "100000000000000000.0, 100000000000000000"})
  void parse_numberWithIntegralValue_isAnInteger_asInJavaScript(String json, long value) {
    JsonValue number = JsonParser.parse(json);

    assertThat(number.isInteger()).isTrue();
    assertThat(number.asLong()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5", "1e-1", "6.415e2", "1200e-3", "1e18", "1e999", "0.1"})
  void parse_numberWithoutAnIntegralValueThatFits_isNotAnInteger(String json) {
    JsonValue number = JsonParser.parse(json);

    assertThat(number).isNotNull();
    assertThat(number.isInteger()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "{", "}", "[1,]", "{\"a\":1,}", "{'a':1}", "01", "-", "1.", ".5", "1e", "tru",
      "nul", "\"unterminated", "\"bad \\x escape\"", "\"\\u12\"", "\"raw\ttab\"", "{\"a\" 1}", "[1 2]", "NaN",
      "Infinity", "{\"a\":1}{}", "/*c*/1", "+1", "0x10"})
  void parse_malformed_returnsNull(String json) {
    assertThat(JsonParser.parse(json)).isNull();
  }

  @Test
  void writer_escapesHtmlSensitiveCharacters() {
    assertThat(JsonValue.of("</script><b>&").toJson()).isEqualTo("\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\"");
  }
}
