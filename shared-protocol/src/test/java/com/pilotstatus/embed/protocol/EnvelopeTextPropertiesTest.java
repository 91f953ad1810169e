package com.pilotstatus.embed.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The JVM's reading of envelope text never throws, whatever the text: nothing here catches, so a parser or decoder
 * that throws (or overflows its stack) fails the property.
 */
class EnvelopeTextPropertiesTest {

  private static final String DOCUMENT = "{\"s\":\"a\\\"b\\\\c\\n\\u00e9\\ud83d\\ude00\",\"n\":-42,\"x\":6.4e2,"
      + "\"t\":true,\"f\":false,\"z\":null,\"a\":[1,[2],{}],\"o\":{\"k\":\"v\"}}";

  @Property(tries = 3000)
  void decode_anyString_neverThrows(@ForAll String text) {
    EnvelopeText.decode(text, Direction.FRAME_TO_PARENT, Surface.CHAT);
  }

  @Property(tries = 3000)
  void decode_stringOfJsonCharacters_neverThrows(@ForAll("jsonCharacters") String text) {
    EnvelopeText.decode(text, Direction.PARENT_TO_FRAME, Surface.CHAT);
  }

  @Property(tries = 3000)
  void decode_mutatedJson_neverThrows(@ForAll("mutatedJson") String text) {
    EnvelopeText.decode(text, Direction.FRAME_TO_PARENT, Surface.CONNECT);
  }

  @Property(tries = 200)
  void parse_deepNesting_neverThrows_andIsRefusedPastTheDepthLimit(
      @ForAll @IntRange(min = 0, max = 40_000) int depth) {
    // Recursion without the limit would end in StackOverflowError, which is not even a RuntimeException.
    boolean parsed = EnvelopeText.parse("[".repeat(depth) + "]".repeat(depth)) != null;

    assertThat(parsed).isEqualTo(depth >= 1 && depth <= EnvelopeText.MAX_DEPTH);
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
