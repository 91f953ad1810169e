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
  void normalisation_isIdempotent(@ForAll("validOrigins") String raw) {
    OriginCheck first = OriginPolicy.allowingHttp().parse(raw);
    assertThat(first.isValid()).as(raw).isTrue();
    OriginCheck second = OriginPolicy.allowingHttp().parse(first.origin().serialized());

    assertThat(second.isValid()).isTrue();
    assertThat(second.origin().serialized()).isEqualTo(first.origin().serialized());
  }

  @Property(tries = 1000)
  void validOrigin_isAlwaysLowercaseWithoutDefaultPort(@ForAll("validOrigins") String raw) {
    OriginCheck check = OriginPolicy.allowingHttp().parse(raw);
    assertThat(check.isValid()).as(raw).isTrue();
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

  /**
   * Only origins the http-allowing policy accepts, in mixed case and with or without a port, so the properties about
   * valid origins check one on every try (about 2 % of {@link #originLike} is valid).
   */
  @Provide
  Arbitrary<String> validOrigins() {
    Arbitrary<String> scheme = Arbitraries.of("https", "http", "HTTPS", "Http");
    Arbitrary<String> alphanumeric = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .withCharRange('0', '9').ofMinLength(1).ofMaxLength(10);
    // A hyphen only inside a label; the last label has a letter, or the host would be read as IPv4.
    Arbitrary<String> label = Arbitraries.oneOf(alphanumeric,
        Combinators.combine(alphanumeric, alphanumeric).as((a, b) -> a + "-" + b));
    Arbitrary<String> topLabel = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .ofMinLength(2).ofMaxLength(6);
    Arbitrary<String> domain = Combinators.combine(label.list().ofMaxSize(3), topLabel)
        .as((labels, top) -> labels.isEmpty() ? top : String.join(".", labels) + "." + top);
    Arbitrary<String> host = Arbitraries.oneOf(domain,
        Arbitraries.of("localhost", "LocalHost", "127.0.0.1", "192.168.10.255", "[::1]", "[2001:DB8::1]",
            "xn--bcher-kva.de", "A.B.C"));
    Arbitrary<String> port = Arbitraries.oneOf(Arbitraries.of("", ":443", ":80", ":"),
        Arbitraries.integers().between(1, 65535).map(p -> ":" + p));
    Arbitrary<String> tail = Arbitraries.of("", "/");
    return Combinators.combine(scheme, host, port, tail).as((s, h, p, t) -> s + "://" + h + p + t);
  }
}
