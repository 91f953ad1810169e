package com.pilotstatus.embed.platform.chat;

import java.time.Duration;
import java.time.Instant;

/**
 * WhatsApp's customer service window: a business may send free-form messages to a contact only within 24 hours of
 * the contact's last inbound message. Outside it (or before the contact ever wrote) only an approved template can be
 * sent; an inbound message opens the window again.
 */
public final class CustomerServiceWindow {

  public static final Duration LENGTH = Duration.ofHours(24);

  private CustomerServiceWindow() {
  }

  /** When the window opened by {@code lastInboundAt} closes; {@code null} when the contact never wrote. */
  public static Instant closesAt(Instant lastInboundAt) {
    return lastInboundAt == null ? null : lastInboundAt.plus(LENGTH);
  }

  public static boolean isOpen(Instant lastInboundAt, Instant now) {
    return lastInboundAt != null && now.isBefore(closesAt(lastInboundAt));
  }
}
