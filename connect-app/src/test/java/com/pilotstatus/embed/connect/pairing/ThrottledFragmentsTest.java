package com.pilotstatus.embed.connect.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.connect.testing.ConnectStack;
import com.pilotstatus.embed.connect.testing.ConnectStack.Link;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When the platform throttles a link (429), a background state poll keeps what is on screen (204 + Retry-After),
 * but an action the user clicked must show that it failed instead of silently doing nothing.
 */
class ThrottledFragmentsTest {

  private static ConnectStack stack;

  @BeforeAll
  static void start() {
    stack = ConnectStack.start(p -> p.withPublicLimitPerIp(1000).withPublicLimitPerToken(2), c -> c);
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void a_throttled_poll_keeps_the_screen_but_a_throttled_new_code_says_it_failed() {
    Link link = stack.createLink("");
    int last = 0;
    for (int i = 0; i < 4 && last != 429; i++) { // spend the link's budget of 2 calls a minute
      last = stack.get("/v1/remote-pairing/" + link.token() + "/status").statusCode();
    }
    assertThat(last).as("the link is throttled").isEqualTo(429);

    HttpResponse<String> poll = stack.get("/connect/" + link.token() + "/state?since=any");
    HttpResponse<String> newCode = stack.post("/connect/" + link.token() + "/batch",
        "application/x-www-form-urlencoded", "");

    assertThat(poll.statusCode()).isEqualTo(204);
    assertThat(poll.headers().firstValue("Retry-After")).isPresent();
    assertThat(newCode.statusCode()).isNotEqualTo(204);
    assertThat(newCode.body()).contains("The pairing service is unavailable. Try again in a moment.");
  }
}
