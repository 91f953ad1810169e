package com.pilotstatus.embed.platform.chat;

import java.util.concurrent.atomic.AtomicInteger;

/** Injected provider failures for chat sends ({@code POST /v1/sandbox/faults}): the next n sends answer 503. */
public final class SendFaults {

  private final AtomicInteger pending = new AtomicInteger();

  public void failNext(int sends) {
    pending.set(Math.max(0, sends));
  }

  /** True (and counts down) when this send must fail. */
  public boolean takeFailure() {
    return pending.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }
}
