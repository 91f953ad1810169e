package com.pilotstatus.embed.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The parser's own promise, that it never throws, whatever the text. Nothing here catches: {@code Envelope.decode}
 * catches around the parser, so its properties cannot see a parser that throws.
 */
class JsonParserPropertiesTest {

  private static final String DOCUMENT = "{\"s\":\"a\\\"b\\\\c\\n\\u00e9\\ud83d\\ude00\",\"n\":-42,\"x\":6.4e2,"
      + "\"t\":true,\"f\":false,\"z\":null,\"a\":[1,[2],{}],\"o\":{\"k\":\"v\"}}";

  @Property(tries = 3000)
  void parse_anyString_neverThrows(@ForAll String text) {
    JsonParser.parse(text);
  }

  @Property(tries = 3000)
  void parse_stringOfJsonCharacters_neverThrows(@ForAll("jsonCharacters") String text) {
    JsonParser.parse(text);
  }

  @Property(tries = 3000)
  void parse_mutatedJson_neverThrows(@ForAll("mutatedJson") String text) {
    JsonParser.parse(text);
  }

  @Property(tries = 200)
  void parse_deepNesting_neverThrows_andIsRefusedPastTheDepthLimit(
      @ForAll @IntRange(min = 0, max = 40_000) int depth) {
    // Recursion without the limit would end in StackOverflowError, which is not even a RuntimeException.
    JsonValue value = JsonParser.parse("[".repeat(depth) + "]".repeat(depth));

    assertThat(value != null).isEqualTo(depth >= 1 && depth <= JsonParser.MAX_DEPTH + 1);
  }

  /** Short strings over the characters JSON is made of, so numbers, escapes and literals are reached often. */
  @Provide
  Arbitrary<String> jsonCharacters() {
    return Arbitraries.strings().withChars("{}[]\":,\\/ -+.0123456789eEtrufalsn\u00e9\ud83d").ofMaxLength(40);
  }

  /** The document cut short, with a few JSON characters inserted, with one deleted, or with a slice repeated. */
  @Provide
  Arbitrary<String> mutatedJson() {
    return Arbitraries.integers().between(0, DOCUMENT.length() - 1).flatMap(position ->
        Arbitraries.oneOf(
            Arbitraries.just(DOCUMENT.substring(0, position)),
            Arbitraries.strings().withChars("{}[]\":,\\ -.0123456789eEu").ofMinLength(1).ofMaxLength(3)
                .map(s -> DOCUMENT.substring(0, position) + s + DOCUMENT.substring(position)),
            Arbitraries.just(DOCUMENT.substring(0, position) + DOCUMENT.substring(position + 1)),
            Arbitraries.integers().between(position, DOCUMENT.length()).map(end ->
                DOCUMENT.substring(0, end) + DOCUMENT.substring(position))));
  }
}
