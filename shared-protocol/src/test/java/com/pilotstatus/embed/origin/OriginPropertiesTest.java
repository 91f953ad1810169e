package com.pilotstatus.embed.origin;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the origin rules over random and origin-shaped input. */
class OriginPropertiesTest {

  @Property(tries = 2000)
  void parse_anyString_neverThrows(@ForAll String raw) {
    OriginCheck check = OriginPolicy.allowingHttp().parse(raw);

    assertThat(check.isValid()).isEqualTo(check.error() == null);
  }

  @Property(tries = 2000)
  void parse_originShapedString_neverThrows(@ForAll("originLike") String raw) {
    OriginPolicy.STRICT.parse(raw);
    OriginPolicy.allowingHttp().parse(raw);
  }

  @Property(tries = 2000)
  void normalisation_isIdempotent(@ForAll("originLike") String raw) {
    OriginCheck first = OriginPolicy.allowingHttp().parse(raw);
    if (!first.isValid()) {
      return;
    }
    OriginCheck second = OriginPolicy.allowingHttp().parse(first.origin().serialized());

    assertThat(second.isValid()).isTrue();
    assertThat(second.origin().serialized()).isEqualTo(first.origin().serialized());
  }

  @Property(tries = 1000)
  void validOrigin_isAlwaysLowercaseWithoutDefaultPort(@ForAll("originLike") String raw) {
    OriginCheck check = OriginPolicy.allowingHttp().parse(raw);
    if (!check.isValid()) {
      return;
    }
    String serialized = check.origin().serialized();

    assertThat(serialized).isEqualTo(Ascii.toLowerCase(serialized));
    String defaultPort = check.origin().scheme().equals("https") ? ":443" : ":80";
    assertThat(serialized).doesNotEndWith(defaultPort).doesNotContain("@").doesNotEndWith("/");
  }

  @Provide
  Arbitrary<String> originLike() {
    Arbitrary<String> scheme = Arbitraries.of("https", "http", "HTTPS", "Http", "ftp", "javascript", "");
    Arbitrary<String> separator = Arbitraries.of("://", "://", "://", ":", "//", ":///");
    Arbitrary<String> host = Arbitraries.oneOf(
        Arbitraries.of("good.com", "GOOD.com", "localhost", "127.0.0.1", "[::1]", "[2001:DB8::1]", "a.b.c",
            "good.com.", "xn--bcher-kva.de", "bücher.de", "good.com@evil.com", "*.good.com", "1.2.3", "[::", ""),
        Arbitraries.strings().withChars("abcXYZ019.-_[]:@*%").ofMaxLength(20));
    Arbitrary<String> port = Arbitraries.oneOf(Arbitraries.of("", ":443", ":80", ":8080", ":0", ":65536", ":"),
        Arbitraries.integers().between(0, 70000).map(p -> ":" + p));
    Arbitrary<String> tail = Arbitraries.of("", "", "/", "/path", "?q=1", "#f", "/?", "\\x", " ");
    return Combinators.combine(scheme, separator, host, port, tail).as((a, b, c, d, e) -> a + b + c + d + e);
  }
}
