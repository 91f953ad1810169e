package com.pilotstatus.embed.platform.provider;

import static com.pilotstatus.embed.platform.testing.Sandbox.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.testing.Api;
import com.pilotstatus.embed.platform.testing.MutableClock;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The simulated provider's QR batch: 6 refs, the first 60 s then 20 s each, then CLOSE without a scan; one pairing
 * code per attempt, in WhatsApp's alphabet. Timings are driven by a controlled clock, then once in real milliseconds.
 */
class QrBatchTest {

  @Test
  void batch_shows_six_refs_first_60s_then_20s_each_then_closes() {
    MutableClock clock = MutableClock.startingNow();
    try (Sandbox sandbox = Sandbox.start(clock, Sandbox.config(clock))) {
      Api api = sandbox.api;
      String token = sandbox.pairingLink(Api.json("name", "x", "number", "+5511999999999"));
      Instant start = clock.instant();
      Reply first = api.post("/v1/remote-pairing/" + token + "/connect", "");
      assertThat(first.at("/refIndex")).isEqualTo("1");
      assertThat(Instant.parse(first.at("/qrExpiresAt"))).isEqualTo(start.plusSeconds(60));

      Set<String> refs = new HashSet<>();
      refs.add(first.at("/qrcode"));
      clock.advance(Duration.ofMillis(59_999));
      assertThat(status(api, token).at("/refIndex")).isEqualTo("1");
      for (int ref = 2; ref <= 6; ref++) {
        clock.advance(Duration.ofMillis(ref == 2 ? 1 : 20_000));
        Reply status = status(api, token);
        assertThat(status.at("/phase")).isEqualTo("qr");
        assertThat(status.at("/refIndex")).isEqualTo(Integer.toString(ref));
        assertThat(status.at("/pairingCode")).as("one code per attempt").isEqualTo(first.at("/pairingCode"));
        refs.add(status.at("/qrcode"));
      }
      assertThat(refs).hasSize(6);
      clock.advance(Duration.ofMillis(19_999));
      assertThat(status(api, token).at("/refIndex")).isEqualTo("6");
      clock.advance(Duration.ofMillis(1));
      Reply over = status(api, token);
      assertThat(over.at("/state")).isEqualTo("CLOSE");
      assertThat(over.at("/phase")).isEqualTo("idle");
      assertThat(Duration.between(start, clock.instant())).isEqualTo(Duration.ofSeconds(160));

      Reply again = api.post("/v1/remote-pairing/" + token + "/connect", "");
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.at("/refIndex")).isEqualTo("1");
      assertThat(again.at("/pairingCode")).as("a new attempt gets a new code").isNotEqualTo(first.at("/pairingCode"));
    }
  }

  @Test
  void connect_during_a_batch_returns_the_current_ref_instead_of_restarting() {
    MutableClock clock = MutableClock.startingNow();
    try (Sandbox sandbox = Sandbox.start(clock, Sandbox.config(clock))) {
      String token = sandbox.pairingLink(Api.json("name", "x", "number", "+5511999999999"));
      Reply first = sandbox.api.post("/v1/remote-pairing/" + token + "/connect", "");
      clock.advance(Duration.ofSeconds(61));
      Reply second = sandbox.api.post("/v1/remote-pairing/" + token + "/connect", "");
      assertThat(second.at("/refIndex")).isEqualTo("2");
      assertThat(second.at("/pairingCode")).isEqualTo(first.at("/pairingCode"));
    }
  }

  @Test
  void scan_with_nothing_to_scan_is_409() {
    try (Sandbox sandbox = Sandbox.start()) {
      Reply reply = sandbox.api.post("/v1/sandbox/numbers/" + Sandbox.DEMO_NUMBER + "/scan", "", tenant());
      assertThat(reply.status()).isEqualTo(409);
      assertThat(reply.errorCode()).isEqualTo("conflict");
    }
  }

  @Test
  void batch_ends_on_its_own_in_real_milliseconds() throws InterruptedException {
    MutableClock unused = MutableClock.startingNow();
    try (Sandbox sandbox = Sandbox.start(unused, Sandbox.config(unused)
        .withClock(java.time.Clock.systemUTC())
        .withQrTimings(3, Duration.ofMillis(150), Duration.ofMillis(50), Duration.ofMillis(50)))) {
      String id = sandbox.createNumber(Sandbox.TENANT_KEY, "5511933332222");
      Thread.sleep(400);
      Reply numbers = sandbox.api.get("/v1/numbers", tenant());
      String state = null;
      for (var n : numbers.json().get("data")) {
        if (n.get("id").asText().equals(id)) {
          state = n.get("state").asText();
        }
      }
      assertThat(state).isEqualTo("CLOSE");
    }
  }

  @Test
  void pairing_codes_use_whatsapps_alphabet_and_dash() {
    PairingCodes codes = new PairingCodes();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String code = codes.next();
      assertThat(code).hasSize(9).matches("[1-9A-HJ-NP-TV-Z]{4}-[1-9A-HJ-NP-TV-Z]{4}");
      for (char c : code.replace("-", "").toCharArray()) {
        assertThat(PairingCodes.ALPHABET).contains(String.valueOf(c));
      }
      seen.add(code);
    }
    assertThat(seen).hasSizeGreaterThan(1_990);
  }

  private static Reply status(Api api, String token) {
    return api.get("/v1/remote-pairing/" + token + "/status");
  }
}
