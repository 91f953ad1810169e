package com.pilotstatus.embed.chat.media;

import com.pilotstatus.embed.protocol.ChatPaths;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived signed URLs of media files ({@code /media/{mediaId}?exp=&sig=}). Requirements: an {@code <img>} or a
 * new tab cannot send the session's bearer, so the URL itself is the permission — issued only inside a fragment
 * rendered for a session whose scope covers the file's conversation; it names one file and an expiry, and changing
 * either breaks the signature (HMAC-SHA256); any instance verifies it, so the key derives from the service credential
 * all instances share (never from anything per instance), with a label so it is no other use of that credential.
 * Expiries are rounded up to a bucket ({@link #BUCKET}, or a sixth of a shorter lifetime), so a thread rendered twice
 * within it names the same URL and the browser's cache serves it; a URL lives its lifetime to lifetime + bucket.
 * URLs are signed when a fragment or live frame is rendered for a browser — a live event replayed on resume is
 * rendered again then, so it never carries the first delivery's (maybe expired) URLs.
 */
public final class MediaUrls {

  public static final Duration LIFETIME = Duration.ofMinutes(30);
  public static final Duration BUCKET = Duration.ofMinutes(5);
  private static final String KEY_LABEL = "pilot-status chat-app media URLs v1";

  private final SecretKeySpec key;
  private final Clock clock;
  private final long lifetime;
  private final long bucket;

  public MediaUrls(String serviceCredential, Clock clock) {
    this(serviceCredential, LIFETIME, clock);
  }

  /** {@code lifetime}: {@code PS_CHAT_MEDIA_URL_SECONDS}. */
  public MediaUrls(String serviceCredential, Duration lifetime, Clock clock) {
    this.lifetime = lifetime.toSeconds();
    this.bucket = Math.max(1, Math.min(BUCKET.toSeconds(), this.lifetime / 6));
    this.key = new SecretKeySpec(hmac(new SecretKeySpec(serviceCredential.getBytes(StandardCharsets.UTF_8),
        "HmacSHA256"), KEY_LABEL), "HmacSHA256");
    this.clock = clock;
  }

  /** The signed path of {@code mediaId}, valid from now for at least its lifetime. */
  public String url(String mediaId) {
    long expires = (clock.instant().getEpochSecond() / bucket + 1) * bucket + lifetime;
    return ChatPaths.MEDIA_FILES + "/" + URLEncoder.encode(mediaId, StandardCharsets.UTF_8) + "?exp=" + expires
        + "&sig=" + signature(mediaId, expires);
  }

  /** Whether {@code sig} signs {@code mediaId} until {@code exp}, and {@code exp} is still ahead (and not too far). */
  public boolean verifies(String mediaId, String exp, String sig) {
    if (mediaId == null || exp == null || sig == null || !exp.matches("[0-9]{1,12}")) {
      return false;
    }
    long expires = Long.parseLong(exp);
    long now = clock.instant().getEpochSecond();
    if (expires <= now || expires > now + lifetime + bucket) {
      return false;
    }
    return MessageDigest.isEqual(signature(mediaId, expires).getBytes(StandardCharsets.US_ASCII),
        sig.getBytes(StandardCharsets.US_ASCII));
  }

  /** How long a browser may keep a file privately: its URL's bucket, well within the URL's life. */
  public Duration bucket() {
    return Duration.ofSeconds(bucket);
  }

  private String signature(String mediaId, long expires) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, mediaId + "\n" + expires));
  }

  private static byte[] hmac(SecretKeySpec key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
    }
  }
}
