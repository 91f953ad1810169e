package com.pilotstatus.embed.chat.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Surgery on compact JWTs, for tests of what chat-app refuses. */
public final class Tokens {

  private Tokens() {
  }

  public static String header(String jwt) {
    return decode(jwt.split("\\.")[0]);
  }

  public static String payload(String jwt) {
    return decode(jwt.split("\\.")[1]);
  }

  /** The same token with {@code from} replaced by {@code to} in its payload, signature unchanged. */
  public static String tamperPayload(String jwt, String from, String to) {
    String[] parts = jwt.split("\\.");
    String payload = decode(parts[1]);
    if (!payload.contains(from)) {
      throw new IllegalArgumentException("payload has no " + from + ": " + payload);
    }
    return parts[0] + "." + encode(payload.replace(from, to)) + "." + parts[2];
  }

  /** The payload under an {@code alg: none} header and no signature. */
  public static String unsigned(String jwt) {
    return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + jwt.split("\\.")[1] + ".";
  }

  public static String kid(String jwt) {
    String header = header(jwt);
    int at = header.indexOf("\"kid\":\"") + 7;
    return header.substring(at, header.indexOf('"', at));
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }

  private static String encode(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
