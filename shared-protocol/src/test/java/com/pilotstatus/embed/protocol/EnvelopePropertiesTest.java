package com.pilotstatus.embed.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** The decoder never throws, whatever a hostile page posts. */
class EnvelopePropertiesTest {

  @Property(tries = 3000)
  void decode_randomString_neverThrows(@ForAll String input, @ForAll("directions") int direction,
                                        @ForAll("surfaces") int surface) {
    Decoded decoded = EnvelopeText.decode(input, direction, surface);

    assertThat(decoded.isAccepted()).isEqualTo(decoded.reason() == null);
  }

  @Property(tries = 3000)
  void decode_mutatedEnvelope_neverThrows(@ForAll("mutatedEnvelopes") String input,
                                          @ForAll("directions") int direction,
                                          @ForAll("surfaces") int surface) {
    EnvelopeText.decode(input, direction, surface);
  }

  @Property(tries = 500)
  void decode_acceptedMessage_reEncodesToAnAcceptedMessage(@ForAll("mutatedEnvelopes") String input) {
    Decoded decoded = EnvelopeText.decode(input, Direction.FRAME_TO_PARENT, Surface.CHAT);
    // Most mutations are rejected (about 90 %): fail when under 5 % are accepted, as the property then checks little.
    Statistics.label("accepted").collect(decoded.isAccepted());
    Statistics.label("accepted").coverage(c -> c.check(true).percentage(p -> p >= 5.0));
    if (!decoded.isAccepted()) {
      return;
    }
    Decoded again = EnvelopeText.decode(EnvelopeText.json(decoded.message()), Direction.FRAME_TO_PARENT, Surface.CHAT);

    assertThat(again.isAccepted()).isTrue();
    assertThat(EnvelopeText.json(again.message())).isEqualTo(EnvelopeText.json(decoded.message()));
  }

  @Property(tries = 200)
  void resize_anyNonNegativeHeight_roundTrips(@ForAll @IntRange(min = 0, max = 1_000_000) int height) {
    Decoded decoded = EnvelopeText.decode(EnvelopeText.json(Envelope.resize(height)), Direction.FRAME_TO_PARENT, Surface.CONNECT);

    assertThat(decoded.message().integer("height", -1)).isEqualTo(height);
  }

  @Provide
  Arbitrary<Integer> directions() {
    return Arbitraries.of(Direction.PARENT_TO_FRAME, Direction.FRAME_TO_PARENT);
  }

  @Provide
  Arbitrary<Integer> surfaces() {
    return Arbitraries.of(Surface.CHAT, Surface.CONNECT);
  }

  @Provide
  Arbitrary<String> mutatedEnvelopes() {
    String valid = "{\"source\":\"pilot-status-embed\",\"v\":1,\"type\":\"chat:unread-count\",\"payload\":{\"count\":3}}";
    return Arbitraries.integers().between(0, valid.length() - 1).flatMap(position ->
        Arbitraries.oneOf(
            Arbitraries.just(valid.substring(0, position)),
            Arbitraries.strings().ofMaxLength(3).map(s -> valid.substring(0, position) + s + valid.substring(position)),
            Arbitraries.just(valid.substring(0, position) + valid.substring(position + 1))));
  }
}
