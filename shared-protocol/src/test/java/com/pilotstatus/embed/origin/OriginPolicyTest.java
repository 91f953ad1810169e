package com.pilotstatus.embed.origin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The origin rules, case by case. Property-based checks (never throws, idempotent) are in {@link OriginPropertiesTest};
 * the same cases are replayed against the compiled JavaScript by the browser tests.
 */
class OriginPolicyTest {

  private static final OriginPolicy STRICT = OriginPolicy.STRICT;

  // ---- accepted and normalised ------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "https://good.com                | https://good.com",
      "HTTPS://GOOD.COM:443            | https://good.com",
      "https://Good.Com                | https://good.com",
      "https://good.com/               | https://good.com",
      "https://good.com:8443           | https://good.com:8443",
      "https://app.yoursaas.com        | https://app.yoursaas.com",
      "https://xn--bcher-kva.de        | https://xn--bcher-kva.de",
      "http://localhost:8090           | http://localhost:8090",
      "http://localhost:80             | http://localhost",
      "http://127.0.0.1:8080           | http://127.0.0.1:8080",
      "http://[::1]:8080               | http://[::1]:8080",
      "http://[0:0:0:0:0:0:0:1]:8080   | http://[::1]:8080",
      "https://[2001:DB8::0:1]         | https://[2001:db8::1]",
      "https://[2001:db8:0:0:1:0:0:1]  | https://[2001:db8::1:0:0:1]",
      "https://[::ffff:127.0.0.1]      | https://[::ffff:7f00:1]",
      "https://10.0.0.1                | https://10.0.0.1",
      "https://a-b.c-d.example         | https://a-b.c-d.example",
  })
  void parse_validOrigin_normalises(String raw, String expected) {
    OriginCheck check = STRICT.parse(raw);

    assertThat(check.isValid()).as("valid: %s", raw).isTrue();
    assertThat(check.origin().serialized()).isEqualTo(expected);
  }

  // ---- refused, with the reason -------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "null                           | NULL_ORIGIN",
      "NULL                           | NULL_ORIGIN",
      "javascript:alert(1)            | BAD_SCHEME",
      "javascript://good.com          | BAD_SCHEME",
      "data:text/html,hi              | BAD_SCHEME",
      "ftp://good.com                 | BAD_SCHEME",
      "file:///etc/passwd             | BAD_SCHEME",
      "good.com                       | BAD_SCHEME",
      "//good.com                     | BAD_SCHEME",
      "https://good.com@evil.com      | HAS_USERINFO",
      "https://user:pw@good.com       | HAS_USERINFO",
      "https://good.com\\@evil.com    | HAS_PATH",
      "https://good.com/path          | HAS_PATH",
      "https://good.com/#x            | HAS_FRAGMENT",
      "https://good.com?x=1           | HAS_QUERY",
      "https://good.com/?x=1          | HAS_QUERY",
      "https://good.com#frag          | HAS_FRAGMENT",
      "https://*.good.com             | WILDCARD",
      "*                              | BAD_SCHEME",
      "https://good.com.              | TRAILING_DOT",
      "https://bücher.de              | NON_ASCII_HOST",
      "https://good.com:0             | BAD_PORT",
      "https://good.com:65536         | BAD_PORT",
      "https://good.com:80a           | BAD_PORT",
      "https://good.com:123456        | BAD_PORT",
      "https://                       | BAD_HOST",
      "https://-good.com              | BAD_HOST",
      "https://good-.com              | BAD_HOST",
      "https://go_od.com              | BAD_HOST",
      "https://good..com              | BAD_HOST",
      "https://127.1                  | BAD_HOST",
      "https://0x7f.0.0.1             | BAD_HOST",
      "https://256.0.0.1              | BAD_HOST",
      "https://1.2.3.04               | BAD_HOST",
      "https://123                    | BAD_HOST",
      "https://[::1                   | BAD_HOST",
      "https://[1::2::3]              | BAD_HOST",
      "https://[1:2:3:4:5:6:7:8:9]    | BAD_HOST",
      "https://[1:2:3:4:5:6:7::8]     | BAD_HOST",
      "https://[fe80::1%25eth0]       | BAD_HOST",
      "https://[::1]x                 | BAD_HOST",
      "https://a:1:2                  | BAD_HOST",
      "http://good.com                | INSECURE_SCHEME",
      "http://good.com.evil.com       | INSECURE_SCHEME",
  })
  void parse_invalidOrigin_isRefusedWithReason(String raw, OriginError expected) {
    OriginCheck check = STRICT.parse(raw);

    assertThat(check.isValid()).as("valid: %s", raw).isFalse();
    assertThat(check.error()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {" https://good.com", "https://good.com ", "https://go od.com", "https://good.com\n",
      "\thttps://good.com", "https://good.com\u0000"})
  void parse_whitespaceOrControlCharacters_isRefused(String raw) {
    assertThat(STRICT.parse(raw).error()).isEqualTo(OriginError.WHITESPACE);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void parse_nullOrEmpty_isRefused(String raw) {
    assertThat(STRICT.parse(raw).error()).isEqualTo(OriginError.EMPTY);
  }

  // ---- http outside loopback ----------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"http://app.acme.test:8090", "http://good.com"})
  void parse_httpForAnyHost_isAcceptedOnlyWhenConfigured(String raw) {
    assertThat(STRICT.parse(raw).isValid()).isFalse();
    assertThat(OriginPolicy.allowingHttp().parse(raw).isValid()).isTrue();
  }

  // ---- exact comparison -------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} is not https://good.com")
  @ValueSource(strings = {"https://good.com.evil.com", "https://evil.com", "https://sub.good.com",
      "https://good.com:444", "http://good.com", "https://good.co", "https://good.com.", "https://xgood.com"})
  void isSameOrigin_lookalikes_areDifferent(String raw) {
    Origin good = STRICT.parse("https://good.com").origin();

    assertThat(OriginPolicy.allowingHttp().isSameOrigin(raw, good)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://good.com", "HTTPS://GOOD.COM", "https://good.com:443", "https://good.com/"})
  void isSameOrigin_spellingsOfTheSameOrigin_areEqual(String raw) {
    Origin good = STRICT.parse("https://good.com").origin();

    assertThat(STRICT.isSameOrigin(raw, good)).isTrue();
  }
}
