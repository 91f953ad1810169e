package com.pilotstatus.embed.connect.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.connect.testing.ConnectStack;
import com.pilotstatus.embed.connect.testing.ConnectStack.Link;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform rate-limits public token calls per client address, which connect-app sends as
 * {@code X-Forwarded-For}: the browser's socket address, never an {@code X-Forwarded-For} the browser made up.
 * (Sandbox limit: 3 calls per address per minute.)
 */
class ForwardedForTest {

  private static ConnectStack stack;

  @BeforeAll
  static void start() {
    stack = ConnectStack.start(p -> p.withPublicLimitPerIp(3).withPublicLimitPerToken(1000), c -> c);
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  /** One test only: the per-address budget is shared by everything in this class for a minute. */
  @Test
  void a_browser_cannot_escape_the_per_address_limit_by_sending_its_own_forwarded_for() {
    Link link = stack.createLink("");
    int[] statuses = new int[5];
    String retryAfter = null;
    for (int i = 0; i < statuses.length; i++) {
      var response = stack.send(HttpRequest.newBuilder(
              URI.create(stack.connectBase() + "/v1/remote-pairing/" + link.token() + "/status"))
          .header("X-Forwarded-For", "203.0.113." + i).build());
      statuses[i] = response.statusCode();
      retryAfter = response.headers().firstValue("Retry-After").orElse(retryAfter);
    }

    assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
    assertThat(retryAfter).as("the platform's Retry-After, relayed").isNotNull();
  }
}
