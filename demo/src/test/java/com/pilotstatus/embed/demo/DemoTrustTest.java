package com.pilotstatus.embed.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, items 9 and 11, from the attacker's side against the launcher's stack: a page on another site must not
 * mint tokens through a visitor's browser, nobody may mint without limit, a token is never cached, and every HTML page
 * of the demo keeps a CSP. Before the fix the token endpoints answered any site, without limit or {@code no-store},
 * and the demo's pages had no CSP.
 */
class DemoTrustTest {

  private static DemoTestStack stack;

  @BeforeAll
  static void start() {
    stack = DemoTestStack.start();
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void token_endpoints_refuse_other_sites_and_limit_the_rest() {
    for (String endpoint : List.of("/api/my-saas/embed-token", "/api/my-saas/pairing-token")) {
      assertThat(stack.get(stack.demo + endpoint, "Sec-Fetch-Site", "cross-site").status()).as(endpoint)
          .isEqualTo(403);
      assertThat(stack.get(stack.demo + endpoint, "Sec-Fetch-Site", "same-site").status()).isEqualTo(403);
      assertThat(stack.get(stack.demo + endpoint, "Origin", "http://evil.test").status()).isEqualTo(403);
      DemoTestStack.Answer same = stack.get(stack.demo + endpoint, "Sec-Fetch-Site", "same-origin",
          "Origin", stack.demo);
      assertThat(same.status()).isEqualTo(200);
      assertThat(same.raw().headers().firstValue("Cache-Control")).hasValue("no-store");
    }
    int limited = 0;
    for (int i = 0; i < 130; i++) {
      limited += stack.get(stack.demo + "/api/my-saas/embed-token").status() == 429 ? 1 : 0;
    }
    assertThat(limited).as("answers over the per-minute limit").isGreaterThan(0);
  }

  @Test
  void every_html_page_has_a_csp_without_inline_script() {
    for (String page : List.of("/", "/connect", "/snippet/chat", "/snippet/connect")) {
      DemoTestStack.Answer answer = stack.get(stack.demo + page);
      String csp = answer.raw().headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(page).contains("default-src 'none'").contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }
    assertThat(stack.get(stack.demo + "/snippet/chat").raw().headers().firstValue("Content-Security-Policy")
        .orElse("")).contains("'sha256-");
  }
}
