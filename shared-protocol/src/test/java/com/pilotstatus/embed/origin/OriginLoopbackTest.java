package com.pilotstatus.embed.origin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16, item 7: origins are parsed, not pattern-matched. Before the fix {@code Origin.isLoopback} treated every
 * host starting with {@code 127.} (and every {@code *.localhost}) as loopback, so {@code http://127.attacker.com}
 * passed as a plain-http "local" origin in a strict deployment. Loopback is exactly {@code localhost}, an IPv4
 * literal in {@code 127.0.0.0/8}, and {@code [::1]}.
 *
 * <p>Each row: the raw origin, and what the strict policy makes of it: {@code LOOPBACK} (valid, loopback),
 * {@code REMOTE} (valid, not loopback) or the {@link OriginError} it is refused with.
 */
class OriginLoopbackTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // the three loopback forms, spelled as browsers serialise them
      "http://localhost                    | LOOPBACK",
      "http://LocalHost:8090               | LOOPBACK",
      "http://127.0.0.1:8080               | LOOPBACK",
      "http://127.255.255.254              | LOOPBACK",
      "http://[::1]:3000                   | LOOPBACK",
      "http://[0:0:0:0:0:0:0:1]            | LOOPBACK",
      // look-alikes: names that start or end like loopback are remote hosts
      "http://127.attacker.com             | INSECURE_SCHEME",
      "https://127.attacker.com            | REMOTE",
      "http://127.0.0.1.attacker.com       | INSECURE_SCHEME",
      "http://localhost.attacker.com       | INSECURE_SCHEME",
      "http://app.localhost:3000           | INSECURE_SCHEME",
      "http://attacker-localhost           | INSECURE_SCHEME",
      "http://127-0-0-1.nip.io             | INSECURE_SCHEME",
      "https://[::ffff:127.0.0.1]          | REMOTE",
      "http://[::2]                        | INSECURE_SCHEME",
      "http://128.0.0.1                    | INSECURE_SCHEME",
      // spellings a browser rewrites are refused, not guessed
      "http://127.1                        | BAD_HOST",
      "http://0x7f.0.0.1                   | BAD_HOST",
      "http://2130706433                   | BAD_HOST",
      "http://127.000.000.001              | BAD_HOST",
      "http://127.0.0.256                  | BAD_HOST",
      "http://localhost.                   | TRAILING_DOT",
      "http://127.0.0.1.                   | TRAILING_DOT",
      // userinfo that would make the host something else
      "http://localhost@attacker.com       | HAS_USERINFO",
      "http://attacker.com@localhost       | HAS_USERINFO",
      "http://127.0.0.1:80@attacker.com    | HAS_USERINFO",
      // IDN and punycode
      "http://lоcalhost                    | NON_ASCII_HOST",
      "http://xn--lcalhost-9bg             | INSECURE_SCHEME",
      // ports and the null origin
      "http://localhost:0                  | BAD_PORT",
      "http://localhost:65536              | BAD_PORT",
      "http://localhost:8090:1             | BAD_HOST",
      "null                                | NULL_ORIGIN",
      "http://localhost/path               | HAS_PATH",
  })
  void strict_policy_reads_loopback_exactly(String raw, String expected) {
    OriginCheck check = OriginPolicy.STRICT.parse(raw);
    String actual = !check.isValid() ? check.error().name()
        : check.origin().isLoopback() ? "LOOPBACK" : "REMOTE";
    assertThat(actual).as(raw).isEqualTo(expected);
  }
}
