package com.pilotstatus.embed.connect.pairing;

import static com.pilotstatus.embed.connect.testing.Html.state;
import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.connect.testing.ConnectStack;
import com.pilotstatus.embed.connect.testing.ConnectStack.Link;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A QR batch that ends without a scan (2 refs of 300 ms each), over real HTTP. */
class BatchEndTest {

  private static ConnectStack stack;

  @BeforeAll
  static void start() {
    stack = ConnectStack.start(ConnectStack.fastQr(2, 300, 200), c -> c);
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void a_batch_that_ends_without_a_scan_offers_a_new_code_which_starts_a_new_batch() {
    Link link = stack.createLink("");
    stack.post(link.page() + "/batch", "application/json", "");

    String idle = ConnectPageTest.eventually(() -> stack.get(link.page() + "/state").body(), "idle");
    String fresh = stack.post(link.page() + "/batch", "application/json", "").body();

    assertThat(idle).contains("data-action=\"new-code\"").contains("Generate a new code");
    assertThat(state(fresh)).isEqualTo("qr");
  }
}
