package com.pilotstatus.embed.platform.provider;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Opaque QR payloads in the shape WhatsApp Web uses ({@code 2@ref,noiseKey,identityKey,advSecret}): random, so a
 * screenshot of an old ref is useless, and meaningless to anyone but the simulated phone.
 */
public final class QrRefs {

  private final SecureRandom random = new SecureRandom();

  public List<String> batch(int count) {
    String noiseKey = random(32);
    String identityKey = random(32);
    String advSecret = random(32);
    List<String> refs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      refs.add("2@" + random(48) + "," + noiseKey + "," + identityKey + "," + advSecret);
    }
    return refs;
  }

  private String random(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }
}
