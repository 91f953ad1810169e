package com.pilotstatus.embed.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FreePortsTest {

  @Test
  void aPickedPort_canBeBound() throws Exception {
    try (ServerSocket socket = new ServerSocket(FreePorts.pick())) {
      assertThat(socket.isBound()).isTrue();
    }
  }

  @Test
  void aPortTakenInBetween_isTriedAgain_upToThreeTimes() {
    AtomicInteger tries = new AtomicInteger();

    String started = FreePorts.retrying(() -> {
      if (tries.incrementAndGet() < 3) {
        throw new IllegalStateException("Port already in use", new UncheckedIOException(new BindException("taken")));
      }
      return "up";
    });

    assertThat(started).isEqualTo("up");
    assertThat(tries).hasValue(3);
  }

  @Test
  void aPortTakenEveryTime_failsAfterThreeTries() {
    AtomicInteger tries = new AtomicInteger();

    assertThatThrownBy(() -> FreePorts.retrying(() -> {
      tries.incrementAndGet();
      throw new UncheckedIOException(new BindException("taken"));
    })).hasRootCauseInstanceOf(BindException.class);
    assertThat(tries).hasValue(3);
  }

  @Test
  void anyOtherFailure_isThrownAtOnce() {
    AtomicInteger tries = new AtomicInteger();

    assertThatThrownBy(() -> FreePorts.retrying(() -> {
      tries.incrementAndGet();
      throw new IllegalArgumentException("bad config");
    })).hasMessage("bad config");
    assertThat(tries).hasValue(1);
  }
}
