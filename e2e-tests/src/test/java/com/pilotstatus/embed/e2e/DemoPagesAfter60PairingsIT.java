package com.pilotstatus.embed.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;

/**
 * The demo's pages, button by button, on a stack that has already paired 60 numbers through the demo's own backend
 * (issue 14: one full walk of the demo pairs about 19, and after the 50th the inbox stopped loading because its token
 * asked for every connected number). The inbox then covers 50 numbers, {@code wa_demo} first.
 */
class DemoPagesAfter60PairingsIT extends DemoPageJourneys {

  private static final int PAIRINGS = 60;

  @BeforeAll
  static void pair60Numbers() {
    for (int i = 0; i < PAIRINGS; i++) {
      E2eStack.Answer link = stack.demo("GET", "/api/my-saas/pairing-token", null);
      assertThat(link.status()).as(link.raw()).isEqualTo(200);
      E2eStack.Answer scan = stack.demo("POST", "/api/demo/scan",
          "{\"token\":\"" + link.body().path("token").asText() + "\"}");
      assertThat(scan.status()).as(scan.raw()).isEqualTo(200);
    }
    Browsing.await(PAIRINGS + " numbers OPEN", 30_000, () -> openNumbers() > PAIRINGS);
  }

  @Override
  int minimumNumbersInTheInbox() {
    return 50;
  }

  @Override
  String run() {
    return "after-60";
  }
}
