package com.pilotstatus.embed.platform.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.platform.testing.MutableClock;
import com.pilotstatus.embed.platform.testing.Reply;
import com.pilotstatus.embed.platform.testing.Sandbox;
import com.pilotstatus.embed.testing.HostileJwts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, "Fuzzing", the platform's verifier: forged chat JWTs ({@link HostileJwts}, seeded) sent as
 * {@code Authorization: Bearer} to an endpoint that takes the chat JWT, over real HTTP. Each must be refused with the
 * documented 401 {@code unauthorized}; none may get past the handler (a 500). Tokens larger than the server's header
 * limit are refused by Jetty before any handler (431); they are counted apart.
 */
class JwtFuzzTest {

  @TempDir
  static Path dir;

  @Test
  void forged_chat_tokens_are_all_401_and_none_throws() throws Exception {
    KeyPair key = HostileJwts.newKeyPair();
    Path pem = dir.resolve("signing.pem");
    Files.writeString(pem, pem("PRIVATE KEY", key.getPrivate().getEncoded())
        + pem("PUBLIC KEY", key.getPublic().getEncoded()));
    MutableClock clock = MutableClock.startingNow();
    try (Sandbox sandbox = Sandbox.start(clock, Sandbox.config(clock).withSigningKeyFile(pem.toString()))) {
      String kid = sandbox.api.get("/v1/.well-known/jwks.json").json().get("keys").get(0).get("kid").asText();
      HostileJwts forger = new HostileJwts(20261206L, key, kid, "pilot-status-sandbox",
          clock.instant().getEpochSecond());
      assertThat(sandbox.api.get("/v1/embed/chat/summary", Sandbox.bearer(forger.valid())).status())
          .as("positive control").isEqualTo(200);

      List<HostileJwts.Case> cases = forger.generate(2_600);
      int refused = 0;
      int tooLarge = 0;
      Map<String, Integer> other = new TreeMap<>();
      for (HostileJwts.Case c : cases) {
        String token = c.token().replace("\n", "").replace("\u0000", "");
        Reply reply;
        try {
          reply = sandbox.api.get("/v1/embed/chat/summary", Sandbox.bearer(token));
        } catch (IllegalArgumentException e) {
          refused++; // the client would not even send this header (control characters): nothing reaches the server
          continue;
        }
        if (reply.status() == 401 && "unauthorized".equals(reply.errorCode())) {
          refused++;
        } else if (reply.status() == 431) {
          tooLarge++;
        } else {
          other.merge(c.kind() + " -> " + reply.status(), 1, Integer::sum);
        }
      }
      System.out.println("[fuzz] platform JWT verifier: tried " + cases.size() + ", refused 401 " + refused
          + ", refused 431 (header too large) " + tooLarge + ", accepted or thrown " + other);
      assertThat(other).isEmpty();
    }
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + label
        + "-----\n";
  }
}
