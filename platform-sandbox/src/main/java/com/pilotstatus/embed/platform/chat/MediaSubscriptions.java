package com.pilotstatus.embed.platform.chat;

import com.pilotstatus.embed.platform.error.ApiError;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which numbers' plans leave media out (seed 002: {@code 402 SUBSCRIPTION_REQUIRED_FOR_MEDIA}). Every number has media
 * until the sandbox control ({@code POST /v1/sandbox/numbers/{id}/media-subscription}) takes it away, so a client's
 * 402 path can be driven; a real platform reads this from the tenant's billing.
 */
public final class MediaSubscriptions {

  private final Set<String> withoutMedia = ConcurrentHashMap.newKeySet();

  public void set(String numberId, boolean active) {
    if (active) {
      withoutMedia.remove(numberId);
    } else {
      withoutMedia.add(numberId);
    }
  }

  public boolean isActive(String numberId) {
    return !withoutMedia.contains(numberId);
  }

  /** 402 {@code SUBSCRIPTION_REQUIRED_FOR_MEDIA} unless {@code numberId}'s plan includes media. */
  void require(String numberId) {
    if (!isActive(numberId)) {
      throw ApiError.subscriptionRequiredForMedia();
    }
  }
}
