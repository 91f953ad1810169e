package com.pilotstatus.embed.platform.feed;

import com.pilotstatus.embed.platform.error.ApiError;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The credential front-end instances present to the internal event feed ({@code Authorization: Bearer …}). It is a
 * platform secret shared with our own servers only: never a tenant's API key, never a session token, never sent to a
 * browser. Compared in constant time.
 */
public final class ServiceCredential {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] expected;

  public ServiceCredential(String credential) {
    if (credential == null || credential.length() < 16) {
      throw new IllegalArgumentException("PS_SERVICE_CREDENTIAL must be at least 16 characters");
    }
    this.expected = credential.getBytes(StandardCharsets.UTF_8);
  }

  /** A fresh random credential ({@code pss_} + 256 bits), for a sandbox started without one. */
  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "pss_" + HexFormat.of().formatHex(bytes);
  }

  /** 401 in the documented error shape unless the request carries this credential. */
  public void authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiError.unauthorized("The internal feed needs the service credential: Authorization: Bearer <credential>");
    }
    byte[] presented = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(presented, expected)) {
      throw ApiError.unauthorized("The service credential is not valid");
    }
  }
}
